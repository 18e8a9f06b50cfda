package dev.baton.document;

import dev.baton.findings.Finding;
import dev.baton.findings.FindingsBlock;
import dev.baton.findings.FindingsReport;
import dev.baton.findings.Severity;
import dev.baton.role.TaskBrief;
import dev.baton.role.Words;
import dev.baton.role.Workspace;
import dev.baton.web.Rgb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading tasks, Markdown, findings blocks, workspaces and design variables. */
class TextReadingTests {

    @TempDir
    Path run;

    @Test
    void aTaskGivesItsAskFieldsAndRequestedItems() {
        TaskBrief brief = TaskBrief.of("Create PRD for: Coffee shop\nBrand: BlueBean\nDimensions: 1920x1080\n"
                + "Include: goals, personas (primary and secondary, with needs), and CTA strategy\n- Footer with branding\n");
        assertEquals("Create PRD for: Coffee shop", brief.ask());
        assertEquals("Coffee shop", brief.subject());
        assertEquals("BlueBean", brief.field("brand"));
        assertEquals(List.of("goals", "personas (primary and secondary, with needs)", "CTA strategy", "Footer with branding"),
                brief.requested());
        assertNull(TaskBrief.of("Generate HTML/CSS skeleton").subject());
    }

    @Test
    void markdownSectionsIgnoreHeadingsInCodeFences() {
        MarkdownOutline outline = MarkdownOutline.parse("# T\n\n## User Stories\n\n- [ ] one\n- two\n\n```\n# not a heading\n```\n## 2. Scope\n");
        assertEquals("T", outline.title());
        assertEquals(List.of("T", "User Stories", "2. Scope"), outline.sections().stream().map(MarkdownOutline.Section::title).toList());
        assertEquals(List.of("one", "two"), outline.find("user stories").orElseThrow().bullets());
        assertTrue(outline.find("scope").isPresent(), "numbering is ignored");
        assertTrue(outline.fencesBalanced());
    }

    @Test
    void aFindingsBlockReadsBackWhatWasWritten() {
        FindingsBlock block = new FindingsBlock("static-lint", List.of("a.html"),
                List.of(new Finding("img-alt", Severity.ERROR, "a.html", 3, "img \"x\" | has no alt")));
        String report = FindingsReport.write("Report", block, List.of("img-alt"), List.of());
        assertEquals(block, FindingsBlock.read(report).orElseThrow());
        assertTrue(report.contains("img \"x\" \\| has no alt"), "pipes are escaped in the table");
    }

    @Test
    void workspacePathsStayInsideTheRunFolderAndPendingFilesComeFirst() throws Exception {
        Files.writeString(run.resolve("a.txt"), "disk");
        Workspace ws = Workspace.of(run, List.of(new dev.baton.agent.Artifact("./a.txt", "pending".getBytes())));
        assertEquals("pending", ws.text("a.txt").orElseThrow());
        assertEquals("src/styles.css", Workspace.resolveFrom("src/index.html", "./styles.css?v=1#x"));
        assertEquals("styles.css", Workspace.resolveFrom("src/index.html", "../styles.css"));
        assertNull(Workspace.resolveFrom("index.html", "../outside.css"));
        assertNull(Workspace.resolveFrom("index.html", "https://cdn.example.com/x.css"));
        assertNull(Workspace.resolveFrom("index.html", "mailto:a@b.c"));
        assertTrue(ws.read("../etc/passwd").isEmpty());
    }

    @Test
    void designVariablesComeFromMemoryThenTheTaskAndAreMadeSafe() {
        TaskBrief task = TaskBrief.of("Generate\nBrand: Default\nPrimary color: #ff0000\nTone: playful\nFont: Lato");
        DesignVariables fromTask = DesignVariables.of(Map.of(), task, "a coffee shop");
        assertEquals("Coffee Shop", fromTask.brand(), "the template default 'Default' is no brand");
        assertEquals(new Rgb(255, 0, 0), fromTask.primaryColor());
        assertEquals(Tone.PLAYFUL, fromTask.tone());
        DesignVariables fromMemory = DesignVariables.of(Map.of("brand", "B", "primary_color", "nope", "font_family", "x\";}"), task, "i");
        assertEquals(DesignVariables.DEFAULT_COLOR, fromMemory.primaryColor());
        assertEquals("x", fromMemory.fontFamily());
    }

    @Test
    void ideasReadAsNounPhrases() {
        assertEquals("a coffee shop", Words.nounPhrase("Coffee shop"));
        assertEquals("an ETL pipeline", Words.nounPhrase("an ETL pipeline"));
        assertEquals("a REST API service using FastAPI", Words.nounPhrase("REST API service using FastAPI"));
        assertEquals("Static Site Generator", Words.nameOf("a static site generator that converts markdown to HTML"));
    }
}
