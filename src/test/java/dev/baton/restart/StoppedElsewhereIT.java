package dev.baton.restart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.RepositoryProbe;
import org.jberet.repository.JdbcRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run stopped by a plain JBeret program in another process, through the repository alone (what its
 * {@code JobOperator.stop} writes for an execution it does not run: the execution and its started steps
 * {@code STOPPING}), ends once the running stage returns, and the stage after it does not run.
 */
class StoppedElsewhereIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void aStopWrittenToTheRepositoryByAnotherProcessEndsTheRunAfterItsRunningStage() throws Exception {
        Path log = home.resolve("run.log");
        Process run = BatonProcess.start(PROJECT, home, Map.of(), log,
                "--pipeline", PROJECT.resolve("src/test/resources/interrupt/stopped-elsewhere.yaml").toString(), "--output", "json");
        try {
            Path marker = home.resolve("runs/1/slow.started");
            BatonProcess.awaitFile(marker, log, "the stage started");

            JdbcRepository elsewhere = new JdbcRepository(RepositoryProbe.of(home, Map.of()).dataSource(), new Properties());
            elsewhere.stopJobExecution((JobExecutionImpl) elsewhere.getJobExecution(1));

            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ended: " + Files.readString(log));
            String output = Files.readString(log);
            JsonNode report = Json.tree(output.substring(output.indexOf('{')));
            assertEquals("STOPPED", report.get("batchStatus").asText(), output);
            assertEquals("PASSED", stage(report, "slow").get("status").asText(), "the running stage finished: " + output);
            assertEquals("NOT_RUN", stage(report, "after").get("status").asText(), output);
            assertTrue(run.exitValue() != 0, "a stopped run is not a success");
        } finally {
            run.destroyForcibly();
            run.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static JsonNode stage(JsonNode report, String name) {
        for (JsonNode s : report.get("stages")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name + " in " + report);
    }
}
