package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stage's process outlives a runner killed with -9; the restart that takes the run over ends it before running the stage again. */
class KilledRunnerIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    private static boolean sleeping() {
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("").contains("sleep 41.5"));
    }

    @Test
    void theRestartEndsWhatTheDeadRunnerLeftRunning() throws Exception {
        Process run = BatonProcess.start(PROJECT, home, Map.of(), home.resolve("run.log"),
                "--pipeline", PROJECT.resolve("src/test/resources/interrupt/outliving.yaml").toString());
        Path marker = home.resolve("runs/1/slow.started");
        BatonProcess.awaitFile(marker, home.resolve("run.log"), "the stage started");
        run.destroyForcibly();
        run.waitFor(30, TimeUnit.SECONDS);
        // the stage's shell writes its marker a moment before it starts the sleep
        long started = System.currentTimeMillis() + 30_000;
        while (!sleeping() && System.currentTimeMillis() < started) {
            Thread.sleep(50);
        }
        assertTrue(sleeping(), "the stage's process outlived its runner");

        BatonProcess.Result restart = BatonProcess.run(PROJECT, home, Map.of("SLEEP", "0"), "restart", "1", "--output", "json");
        assertEquals(0, restart.exitCode(), restart.toString());
        assertTrue(!sleeping(), "the restart ended it");
        JsonNode report = Json.tree(restart.stdout());
        assertEquals("done", report.get("memory").get("slow.content").asText().strip());
        List<String> starts = Files.readAllLines(marker);
        assertEquals(2, starts.size(), "started once by the dead runner, once by the restart: " + starts);
    }
}
