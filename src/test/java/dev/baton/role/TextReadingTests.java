package dev.baton.role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading tasks, workspaces and words. */
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
    void ideasReadAsNounPhrases() {
        assertEquals("a coffee shop", Words.nounPhrase("Coffee shop"));
        assertEquals("an ETL pipeline", Words.nounPhrase("an ETL pipeline"));
        assertEquals("a REST API service using FastAPI", Words.nounPhrase("REST API service using FastAPI"));
        assertEquals("Static Site Generator", Words.nameOf("a static site generator that converts markdown to HTML"));
    }
}
