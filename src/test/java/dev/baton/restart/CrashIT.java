package dev.baton.restart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.Repositories;
import dev.baton.testing.Repositories.Repository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs killed with SIGKILL, runs stopped from another process, and the rule that one execution
 * is never run by two processes at once; on H2 and on PostgreSQL, each command its own process.
 */
class CrashIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final int CRASH_RUNS = 10;

    @TempDir
    Path tmp;

    static Stream<Repository> repositories() {
        return Repositories.all().stream();
    }

    private static Path resource(String name) {
        return PROJECT.resolve("src/test/resources/restart").resolve(name);
    }

    private BatonProcess.Result baton(Map<String, String> env, String... args) throws Exception {
        return BatonProcess.run(PROJECT, tmp.resolve("home"), env, args);
    }

    /** The newest execution of a job, or null. */
    private JsonNode newest(Map<String, String> env, String jobPrefix) throws Exception {
        BatonProcess.Result list = baton(env, "list", "--limit", "50", "--output", "json");
        for (JsonNode row : Json.tree(list.stdout())) {
            if (row.get("jobName").asText().startsWith(jobPrefix + "-")) {
                return row;
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void runsKilledAtRandomMomentsRestartToTheSameEndAndNoCompletedStageRunsAgain(Repository repository) throws Exception {
        Map<String, String> env = new HashMap<>(repository.env());
        env.put("COUNTER", tmp.resolve("reference").toString());
        BatonProcess.Result reference = baton(env, "--pipeline", resource("chain.yaml").toString(), "--parallel", "--output", "json");
        assertEquals(0, reference.exitCode(), reference.toString());
        JsonNode expectedMemory = Json.tree(reference.stdout()).get("memory");

        Random random = new Random(20261128L);
        int crashed = 0;
        for (int run = 0; run < CRASH_RUNS; run++) {
            Path counter = tmp.resolve("counter-" + run);
            env.put("COUNTER", counter.toString());
            Long lastSeen = executionIdOrNull(newest(env, "chain"));
            long killAfter = 1_800 + random.nextInt(2_400);
            Process p = BatonProcess.start(PROJECT, tmp.resolve("home"), env, tmp.resolve("run-" + run + ".log"),
                    "--pipeline", resource("chain.yaml").toString(), "--parallel");
            if (!p.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                crashed++;
            }
            JsonNode execution = newest(env, "chain");
            if (execution == null || execution.get("executionId").asLong() == (lastSeen == null ? -1 : lastSeen)) {
                continue; // killed before its job started: nothing to restart
            }
            long id = execution.get("executionId").asLong();
            JsonNode report = null;
            for (int attempt = 0; attempt < 5 && report == null; attempt++) {
                if ("COMPLETED".equals(execution.get("status").asText())) {
                    report = Json.tree(baton(env, "status", Long.toString(id), "--output", "json").stdout());
                    break;
                }
                assertTrue(List.of("CRASHED", "FAILED", "STOPPED").contains(execution.get("status").asText()),
                        "a killed run shows as crashed: " + execution);
                BatonProcess.Result restart = baton(env, "restart", Long.toString(id), "--output", "json");
                JsonNode r = Json.tree(restart.stdout());
                if (restart.exitCode() == 0) {
                    report = r;
                } else {
                    id = r.get("executionId").asLong();
                    execution = newest(env, "chain");
                }
            }
            assertTrue(report != null, "run " + run + " completed after restarts");
            assertEquals(expectedMemory, report.get("memory"), "run " + run + ": the same memory as an uninterrupted run");
            assertEachStageCompletedOnce(report, Files.exists(counter) ? Files.readAllLines(counter) : List.of(), run);
        }
        assertTrue(crashed >= CRASH_RUNS / 2, "most runs were really killed: " + crashed);
    }

    /** Each command stage started in the execution that completed it exactly once, and never in a later one. */
    private static void assertEachStageCompletedOnce(JsonNode report, List<String> starts, int run) {
        for (JsonNode stage : report.get("stages")) {
            String name = stage.get("name").asText();
            if (name.equals("f")) {
                continue; // a template stage: no command, no counter
            }
            long completedBy = stage.get("executionId").asLong();
            long inCompletingExecution = starts.stream().filter(l -> l.equals(name + " " + completedBy)).count();
            long later = starts.stream().filter(l -> l.startsWith(name + " ") && Long.parseLong(l.split(" ")[1]) > completedBy).count();
            assertEquals(1, inCompletingExecution, "run " + run + ": stage " + name + " ran once in execution " + completedBy + ": " + starts);
            assertEquals(0, later, "run " + run + ": stage " + name + " never ran after it completed: " + starts);
        }
    }

    private static Long executionIdOrNull(JsonNode row) {
        return row == null ? null : row.get("executionId").asLong();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aRunInProgressCanBeStoppedFromAnotherProcessButNotRestarted(Repository repository) throws Exception {
        Map<String, String> env = new HashMap<>(repository.env());
        env.put("COUNTER", tmp.resolve("counter").toString());
        Process run = BatonProcess.start(PROJECT, tmp.resolve("home"), env, tmp.resolve("run.log"),
                "--pipeline", resource("long.yaml").toString());
        JsonNode execution = waitForStage(env, "wait");
        long id = execution.get("executionId").asLong();

        BatonProcess.Result status = baton(env, "status", Long.toString(id), "--output", "json");
        JsonNode waiting = Json.tree(status.stdout()).get("stages").get(1);
        assertEquals("RUNNING", waiting.get("status").asText(), status.stdout());

        BatonProcess.Result restart = baton(env, "restart", Long.toString(id));
        assertEquals(1, restart.exitCode(), restart.toString());
        assertTrue(restart.stderr().contains("is still running by process " + run.pid()), restart.stderr());

        long t0 = System.nanoTime();
        BatonProcess.Result stop = baton(env, "stop", Long.toString(id));
        assertEquals(0, stop.exitCode(), stop.toString());
        assertTrue(stop.stdout().contains("STOPPED"), stop.stdout());
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the running process ends");
        assertEquals(1, run.exitValue(), Files.readString(tmp.resolve("run.log")));
        assertTrue((System.nanoTime() - t0) / 1e9 < 25, "stopped long before the 30 s sleep ended");

        env.put("SLEEP", "0");
        BatonProcess.Result again = baton(env, "restart", Long.toString(id), "--output", "json");
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(2, Files.readAllLines(tmp.resolve("counter")).size(), "the stopped stage ran again, once");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aKilledRunShowsAsCrashedUntilRestarted(Repository repository) throws Exception {
        Map<String, String> env = new HashMap<>(repository.env());
        env.put("COUNTER", tmp.resolve("counter").toString());
        Process run = BatonProcess.start(PROJECT, tmp.resolve("home"), env, tmp.resolve("run.log"),
                "--pipeline", resource("long.yaml").toString());
        long id = waitForStage(env, "wait").get("executionId").asLong();
        run.destroyForcibly();
        run.waitFor();

        JsonNode row = newest(env, "long");
        assertEquals("CRASHED", row.get("status").asText(), row.toString());
        assertEquals("STARTED", row.get("batchStatus").asText(), "the repository still says STARTED");
        BatonProcess.Result status = baton(env, "status", Long.toString(id));
        assertTrue(status.stdout().contains("CRASHED") && status.stdout().contains("baton restart " + id), status.stdout());

        env.put("SLEEP", "0");
        BatonProcess.Result restart = baton(env, "restart", Long.toString(id), "--output", "json");
        assertEquals(0, restart.exitCode(), restart.toString());
        JsonNode stages = Json.tree(restart.stdout()).get("stages");
        assertEquals(id, stages.get(0).get("executionId").asLong(), "'before' is not run again");
    }

    private JsonNode waitForStage(Map<String, String> env, String stage) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Path counter = Path.of(env.get("COUNTER"));
            if (Files.exists(counter) && Files.readAllLines(counter).stream().anyMatch(l -> l.startsWith(stage + " "))) {
                JsonNode row = newest(env, "long");
                if (row != null) {
                    return row;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("stage " + stage + " never started");
    }
}
