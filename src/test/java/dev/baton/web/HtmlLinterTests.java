package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.role.Fixtures;
import dev.baton.role.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlLinterTests {

    @TempDir
    Path run;

    @Test
    void aPageWithKnownProblemsYieldsExactlyThoseFindings() throws Exception {
        Fixtures.copy("lint", run, "src", "index.html", "extra.css");
        HtmlPage page = HtmlPage.parse("src/index.html", Files.readString(run.resolve("src/index.html")));
        List<String> got = HtmlLinter.lint(page, Workspace.of(run)).stream()
                .map(f -> f.rule() + " " + f.severity().label() + " " + f.line()).toList();
        assertEquals(List.of(
                "meta-charset error 0",
                "meta-viewport warning 0",
                "title error 0",
                "unlinked-css warning 0",
                "doctype error 1",
                "css-syntax error 4",
                "duplicate-id error 9",
                "inline-style warning 9",
                "deprecated-element error 10",
                "empty-link warning 11",
                "broken-fragment warning 12",
                "inline-handler warning 13",
                "missing-file error 14",
                "parse-error error 15",
                "parse-error error 15",
                "unclosed-element error 15",
                "unclosed-element error 16",
                "parse-error error 17"), got);
    }

    @Test
    void aCleanPageHasNoFindings() {
        Workspace ws = Workspace.of(run, List.of(new dev.baton.agent.Artifact("site/s.css", "body { color: #111; }".getBytes())));
        HtmlPage page = HtmlPage.parse("site/i.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Clean</title><link rel="stylesheet" href="s.css"></head>
                <body><a href="#main">Skip</a><main id="main"><h1>Clean</h1><p>Text <a href="s.css">sheet</a></p></main></body>
                </html>""");
        List<Finding> findings = HtmlLinter.lint(page, ws);
        assertTrue(findings.isEmpty(), findings.toString());
    }
}
