package dev.baton.code;

import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.document.DocumentKind;
import dev.baton.document.MarkdownOutline;
import dev.baton.document.SectionSpec;
import dev.baton.findings.Finding;
import dev.baton.findings.FindingsBlock;
import dev.baton.role.Fixtures;
import dev.baton.role.Requests;
import dev.baton.skeleton.CodeSkeletonAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class StaticLinterAgentTests {

    @TempDir
    Path run;

    @Test
    void theReportOfAGeneratedPageIsCleanAndCarriesItsFindingsBlock() throws Exception {
        writeGeneratedPage(run);
        AgentOutput out = new StaticLinterAgent().produce(Requests.stage("Static Lint").runFolder(run)
                .inputs("src/index.html").outputs("reports/lint_report.md").build());
        String report = (String) out.content();
        FindingsBlock block = FindingsBlock.read(report).orElseThrow();
        assertEquals(List.of("src/index.html", "src/styles.css"), block.files());
        assertTrue(block.findings().isEmpty(), report);
        assertTrue(report.contains("**pass**"), report);
        for (SectionSpec spec : DocumentKind.REPORT.sections()) {
            assertTrue(spec.in(MarkdownOutline.parse(report)), spec.title());
        }
        assertEquals("reports/lint_report.md", out.artifacts().get(0).path());
    }

    @Test
    void aBrokenPageGivesItsFindingsInTheReportAndTheBlock() {
        Fixtures.copy("lint", run, "src", "index.html", "extra.css");
        String report = (String) new StaticLinterAgent().produce(Requests.stage("lint").runFolder(run)
                .inputs("src/index.html").build()).content();
        FindingsBlock block = FindingsBlock.read(report).orElseThrow();
        assertEquals(18, block.findings().size());
        assertTrue(report.contains("| error | `duplicate-id` | src/index.html:9 |"), report);
        assertTrue(report.contains("**fail**"), report);
        assertTrue(report.contains("1. `meta-charset` (error)"), report);
        assertTrue(report.contains("Rules: `doctype`") && !report.contains("`indentation`"), "only the rules that applied");
    }

    @Test
    void withoutInputsItLintsTheUpstreamArtifactsIncludingSourceFiles() throws Exception {
        Files.createDirectories(run.resolve("src"));
        Files.writeString(run.resolve("src/code.py"), "def f(:\n    return 1\n");
        String report = (String) new StaticLinterAgent().produce(Requests.stage("lint").runFolder(run)
                .memory("code.content", "").memory("code.artifacts", List.of("src/code.py")).build()).content();
        List<String> rules = FindingsBlock.read(report).orElseThrow().findings().stream().map(Finding::rule).toList();
        assertEquals(List.of("brackets", "docstring", "docstring"), rules, report);
    }

    @Test
    void withNothingToLintItFailsSayingWhy() {
        AgentException e = assertThrows(AgentException.class, () -> new StaticLinterAgent().produce(
                Requests.stage("lint").runFolder(run).build()));
        assertTrue(e.getMessage().contains("no HTML page, stylesheet or source file"), e.getMessage());
    }

    /** Writes the CodeSkeletonAgent's page for a coffee shop to src/index.html and src/styles.css. */
    public static void writeGeneratedPage(Path run) throws Exception {
        AgentOutput page = new CodeSkeletonAgent().produce(Requests.stage("Code Skeleton").runFolder(run)
                .task("Generate HTML/CSS for: Coffee shop").memory("product_idea", "Coffee shop").memory("brand", "BlueBean")
                .memory("primary_color", "#0ea5e9").outputs("src/index.html").build());
        for (var artifact : page.artifacts()) {
            Path file = run.resolve(artifact.path());
            Files.createDirectories(file.getParent());
            Files.write(file, artifact.bytes());
        }
    }
}
