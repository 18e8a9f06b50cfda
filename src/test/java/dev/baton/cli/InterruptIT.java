package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C in the running terminal: the stage under way is interrupted, the run is recorded STOPPED, restart continues it. */
class InterruptIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void ctrlCStopsTheRunSoThatItRestarts() throws Exception {
        Path log = home.resolve("run.log");
        Process run = BatonProcess.start(PROJECT, home, Map.of(), log,
                "--pipeline", PROJECT.resolve("src/test/resources/interrupt/sleepy.yaml").toString());
        Path marker = home.resolve("runs/1/b.started");
        BatonProcess.awaitFile(marker, log, "stage b started");
        new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start().waitFor();
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the command ends long before the stage's sleep");
        String output = Files.readString(log);
        assertEquals(130, run.exitValue(), output);
        assertTrue(output.contains("baton: stopping execution 1"), output);
        assertTrue(output.contains("execution 1 STOPPED"), output);
        assertFalse(output.contains("retry") || output.contains("failed"), "no attempt failed on the way: " + output);
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("").contains("sleep 37.5")),
                "the stage's process is gone");

        JsonNode status = Json.tree(BatonProcess.run(PROJECT, home, "status", "1", "--output", "json").stdout());
        assertEquals("STOPPED", status.get("status").asText());
        assertEquals("PASSED", status.get("stages").get(0).get("status").asText());

        Files.delete(marker);
        BatonProcess.Result restart = BatonProcess.run(PROJECT, home, Map.of("SLEEP", "0"), "restart", "1", "--output", "json");
        assertEquals(0, restart.exitCode(), restart.toString());
        JsonNode report = Json.tree(restart.stdout());
        assertEquals(1, report.get("stages").get(0).get("executionId").asLong(), "'a' is not run again");
        assertEquals(2, report.get("stages").get(1).get("executionId").asLong(), "'b' runs in the restart");
    }
}
