package dev.baton.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code baton clean} as a user tries it: a dry run first, then for real, restartable runs kept until asked. */
class CleanIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void oldRunsGoWithTheirFoldersRowsAndTranslationsButNotARestartableOneUntilAsked() throws Exception {
        Path home = tmp.resolve("home");
        JsonNode first = run(home, "telemetry/plain.yaml", 0);
        JsonNode second = run(home, "telemetry/plain.yaml", 0);
        JsonNode broken = run(home, "clean/breaks.yaml", 1);
        Path translations = home.resolve("jobs");

        BatonProcess.Result usage = BatonProcess.run(PROJECT, home, "clean");
        assertEquals(2, usage.exitCode(), usage.toString());
        assertTrue(usage.stderr().contains("--older-than AGE, --keep N"), usage.stderr());

        BatonProcess.Result dry = BatonProcess.run(PROJECT, home, "clean", "--keep", "1", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertTrue(dry.stdout().contains("would remove run " + first.get("instanceId").asInt() + " (plain"), dry.stdout());
        assertTrue(dry.stdout().contains("restartable (baton restart " + broken.get("executionId").asInt()), dry.stdout());
        assertTrue(dry.stdout().contains("would remove run " + second.get("instanceId").asInt() + " (plain"),
                "the broken run is the newest one kept, so the second plain run goes too: " + dry.stdout());
        assertTrue(dry.stdout().contains("would remove the stored translation of " + first.get("jobName").asText()), dry.stdout());
        assertEquals(3, listed(home).size(), "a dry run removes nothing");
        assertTrue(Files.isDirectory(Path.of(first.get("runFolder").asText())));

        BatonProcess.Result clean = BatonProcess.run(PROJECT, home, "clean", "--keep", "0");
        assertEquals(0, clean.exitCode(), clean.toString());
        assertTrue(clean.stdout().contains("baton: removed 2 run(s), kept 1"), clean.stdout());
        assertEquals(List.of(broken.get("executionId").asLong()), listed(home), "only the restartable run is left");
        assertFalse(Files.exists(Path.of(first.get("runFolder").asText())));
        assertFalse(Files.exists(Path.of(second.get("runFolder").asText())));
        assertTrue(Files.exists(Path.of(broken.get("runFolder").asText())));
        assertFalse(Files.exists(translations.resolve(first.get("jobName").asText() + ".xml")), "no run uses that translation any more");
        assertTrue(Files.exists(translations.resolve(broken.get("jobName").asText() + ".xml")), "the restartable run needs its own");

        BatonProcess.Result restartable = BatonProcess.run(PROJECT, home, "clean", "--older-than", "0s", "--include-restartable");
        assertEquals(0, restartable.exitCode(), restartable.toString());
        assertTrue(listed(home).isEmpty());
        assertFalse(Files.exists(Path.of(broken.get("runFolder").asText())));
    }

    private static JsonNode run(Path home, String pipeline, int exitCode) throws Exception {
        BatonProcess.Result r = BatonProcess.run(PROJECT, home, "--pipeline", PROJECT.resolve("src/test/resources").resolve(pipeline).toString(),
                "--output", "json");
        assertEquals(exitCode, r.exitCode(), r.toString());
        return Json.tree(r.stdout());
    }

    private static List<Long> listed(Path home) throws Exception {
        BatonProcess.Result list = BatonProcess.run(PROJECT, home, "list", "--output", "json");
        assertEquals(0, list.exitCode(), list.toString());
        List<Long> ids = new ArrayList<>();
        JsonNode tree = Json.tree(list.stdout());
        (tree.isArray() ? tree : tree.path("executions")).forEach(e -> ids.add(e.get("executionId").asLong()));
        return ids;
    }
}
