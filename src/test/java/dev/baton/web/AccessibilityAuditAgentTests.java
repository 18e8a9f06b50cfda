package dev.baton.web;

import dev.baton.code.StaticLinterAgentTests;
import dev.baton.findings.Finding;
import dev.baton.findings.FindingsBlock;
import dev.baton.role.Fixtures;
import dev.baton.role.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessibilityAuditAgentTests {

    @TempDir
    Path run;

    @Test
    void theGeneratedPagePassesTheAudit() throws Exception {
        StaticLinterAgentTests.writeGeneratedPage(run);
        String report = (String) new AccessibilityAuditAgent().produce(Requests.stage("a11y").runFolder(run)
                .inputs("src/index.html").outputs("reports/a11y_report.md").build()).content();
        FindingsBlock block = FindingsBlock.read(report).orElseThrow();
        assertEquals("accessibility-audit", block.tool());
        assertTrue(block.findings().isEmpty(), report);
        assertTrue(report.startsWith("# Accessibility audit report (WCAG 2.1 AA)"), report);
    }

    @Test
    void theFixturePageGivesItsKnownFindings() {
        Fixtures.copy("a11y", run, "site", "index.html", "styles.css", "logo.png");
        String report = (String) new AccessibilityAuditAgent().produce(Requests.stage("a11y").runFolder(run)
                .inputs("site/index.html").build()).content();
        List<String> rules = FindingsBlock.read(report).orElseThrow().findings().stream().map(Finding::rule).toList();
        assertEquals(List.of("page-lang", "img-alt", "heading-order", "form-label", "contrast"), rules);
        assertTrue(report.contains("4 errors, 1 warning, 0 notes"), report);
    }

    @Test
    void filesWithoutAPageAreSaidSoAndNothingIsAudited() throws Exception {
        Files.createDirectories(run.resolve("src"));
        Files.writeString(run.resolve("src/app.py"), "\"\"\"App.\"\"\"\n");
        String report = (String) new AccessibilityAuditAgent().produce(Requests.stage("a11y").runFolder(run)
                .memory("code.content", "").memory("code.artifacts", List.of("src/app.py")).build()).content();
        FindingsBlock block = FindingsBlock.read(report).orElseThrow();
        assertEquals(List.of("no-page"), block.findings().stream().map(Finding::rule).toList());
        assertTrue(block.files().isEmpty());
        assertTrue(report.contains("No HTML page was among src/app.py."), report);
    }
}
