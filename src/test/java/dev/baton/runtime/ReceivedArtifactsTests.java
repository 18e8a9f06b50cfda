package dev.baton.runtime;

import dev.baton.json.Json;
import dev.baton.record.ArtifactRecord;
import dev.baton.stage.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Artifacts downloaded from a server ({@code run --server --save-artifacts}): kept only when they are what the server listed, inside the folder. */
class ReceivedArtifactsTests {

    @TempDir
    Path target;

    @Test
    void anArtifactAsListedIsSavedAtItsPathAndTheManifestNamesIt() throws Exception {
        byte[] page = "<h1>hi</h1>".getBytes(StandardCharsets.UTF_8);
        ReceivedArtifacts received = new ReceivedArtifacts(target);
        received.save("page", new ArtifactRecord("site/index.html", page.length, RunFolder.sha256(page)), new ByteArrayInputStream(page));
        assertFalse(Files.exists(target.resolve(ArtifactExport.MANIFEST)), "no manifest before the last artifact");
        received.finish();
        assertEquals("<h1>hi</h1>", Files.readString(target.resolve("site/index.html")));
        var manifest = Json.tree(Files.readString(target.resolve(ArtifactExport.MANIFEST)));
        assertEquals("page", manifest.get(0).path("stage").asText());
        assertEquals("site/index.html", manifest.get(0).path("name").asText());
        assertEquals(RunFolder.sha256(page), manifest.get(0).path("sha256").asText());
    }

    @Test
    void anArtifactThatArrivesOtherwiseThanListedIsNotKept() throws Exception {
        byte[] page = "<h1>hi</h1>".getBytes(StandardCharsets.UTF_8);
        ReceivedArtifacts received = new ReceivedArtifacts(target);
        ArtifactRecord listed = new ArtifactRecord("index.html", page.length, RunFolder.sha256("<h1>ho</h1>".getBytes(StandardCharsets.UTF_8)));
        IOException e = assertThrows(IOException.class, () -> received.save("page", listed, new ByteArrayInputStream(page)));
        assertTrue(e.getMessage().contains("index.html") && e.getMessage().contains("'page'"), e.getMessage());
        assertFalse(Files.exists(target.resolve("index.html")));
        assertThrows(IOException.class, () -> received.save("page", new ArtifactRecord("cut.html", page.length + 5, RunFolder.sha256(page)),
                new ByteArrayInputStream(page)), "a short download");
        assertFalse(Files.exists(target.resolve("cut.html")));
    }

    @Test
    void aPathThatWouldLeaveTheFolderIsRefusedAndAnOldManifestGoes() throws Exception {
        Files.writeString(target.resolve(ArtifactExport.MANIFEST), "[]");
        ReceivedArtifacts received = new ReceivedArtifacts(target);
        assertFalse(Files.exists(target.resolve(ArtifactExport.MANIFEST)), "an earlier save's manifest does not describe this one");
        byte[] x = {1};
        for (String path : new String[] {"../escape.txt", "/tmp/escape.txt"}) {
            assertThrows(IllegalArgumentException.class, () -> received.save("s", new ArtifactRecord(path, 1, RunFolder.sha256(x)),
                    new ByteArrayInputStream(x)), path);
        }
        assertFalse(Files.exists(target.getParent().resolve("escape.txt")));
    }
}
