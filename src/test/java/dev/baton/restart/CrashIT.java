package dev.baton.restart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.Repositories;
import dev.baton.testing.Repositories.Repository;
import dev.baton.testing.RepositoryProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs killed with SIGKILL at fixed points, runs stopped from another process, and the rule that
 * one execution is never run by two processes at once; on H2 and on PostgreSQL, each command its
 * own process, as users run them. The pipeline ({@code chain.yaml}: a, then b and c in a split,
 * then d, e, f) holds the stages a kill point names until the test has killed the process, so
 * every kill lands where it says; the job repository, read in this JVM, shows what really ran.
 */
class CrashIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path CHAIN = PROJECT.resolve("src/test/resources/restart/chain.yaml");
    private static final List<String> STAGES = List.of("a", "b", "c", "d", "e", "f");
    /** The stages that run a command, and so write to $COUNTER when they start ('f' is a template). */
    private static final List<String> COMMAND_STAGES = List.of("a", "b", "c", "d", "e");
    private static final long EVENT_TIMEOUT_MS = 90_000;
    /** How long after a checkpoint shows as COMPLETED its process is killed: far longer than writing a commit takes. */
    private static final long CHECKPOINT_WRITTEN_MS = 1_000;

    /** The memory of an uninterrupted run (the same on every repository, so made once). */
    private static JsonNode uninterrupted;

    @TempDir
    Path tmp;

    /** Where a process is killed: the stages held there (they wait to be killed), and the moment. */
    enum KillPoint {
        D_RUNNING("stage d running", List.of("d"), null),
        B_AND_C_RUNNING_IN_THE_SPLIT("b and c both running in the split", List.of("b", "c"), null),
        AFTER_D_CHECKPOINT("right after d's step COMPLETED, before e ends", List.of("e"), "d"),
        AFTER_B_CHECKPOINT_IN_THE_SPLIT("right after b's step COMPLETED, before c ends", List.of("c"), "b");

        final String description;
        final List<String> held;
        /** The stage whose COMPLETED step is the moment; null: the moment every held stage has started. */
        final String checkpointed;

        KillPoint(String description, List<String> held, String checkpointed) {
            this.description = description;
            this.held = held;
            this.checkpointed = checkpointed;
        }
    }

    /**
     * Kills, each in the process that runs the previous kill's restart, and which execution is then
     * expected to complete each stage (0 the original, 1 its first restart...).
     */
    record Scenario(String name, List<KillPoint> kills, Map<String, Integer> completedBy) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Repository> repositories() {
        return Repositories.all().stream();
    }

    static Stream<Arguments> scenarios() {
        List<Scenario> scenarios = List.of(
                new Scenario("killed inside the split", List.of(KillPoint.B_AND_C_RUNNING_IN_THE_SPLIT),
                        Map.of("a", 0, "b", 1, "c", 1, "d", 1, "e", 1, "f", 1)),
                new Scenario("killed right after a checkpoint", List.of(KillPoint.AFTER_D_CHECKPOINT),
                        Map.of("a", 0, "b", 0, "c", 0, "d", 0, "e", 1, "f", 1)),
                new Scenario("killed after a checkpoint in the split, its restart killed after the next checkpoint",
                        List.of(KillPoint.AFTER_B_CHECKPOINT_IN_THE_SPLIT, KillPoint.AFTER_D_CHECKPOINT),
                        Map.of("a", 0, "b", 0, "c", 1, "d", 1, "e", 2, "f", 2)));
        return Repositories.all().stream().flatMap(r -> scenarios.stream().map(s -> Arguments.of(r, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenarios")
    void aRunKilledAtAFixedPointRestartsToTheSameEndAndNoCompletedStageRunsAgain(Repository repository, Scenario scenario) throws Exception {
        Crash crash = new Crash(repository);
        crash.kill(scenario.kills().get(0), "--pipeline", CHAIN.toString(), "--parallel");
        for (KillPoint next : scenario.kills().subList(1, scenario.kills().size())) {
            crash.kill(next, "restart", Long.toString(crash.lastKilled()));
        }
        crash.restartUntilCompleted().assertOutcome(scenario);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aRunKilledWhileAStageRunsShowsAsCrashedUntilRestartedAndRestartsToTheSameEnd(Repository repository) throws Exception {
        Crash crash = new Crash(repository);
        long id = crash.kill(KillPoint.D_RUNNING, "--pipeline", CHAIN.toString(), "--parallel");

        // --limit: other test runs may share a PostgreSQL repository
        BatonProcess.Result list = baton(crash.env, "list", "--limit", "200", "--output", "json");
        JsonNode row = null;
        for (JsonNode r : Json.tree(list.stdout())) {
            row = r.get("executionId").asLong() == id ? r : row;
        }
        assertTrue(row != null, "baton list shows execution " + id + ": " + list);
        assertEquals("CRASHED", row.get("status").asText(), row.toString());
        assertEquals("STARTED", row.get("batchStatus").asText(), "the repository still says STARTED");
        BatonProcess.Result status = baton(crash.env, "status", Long.toString(id));
        assertTrue(status.stdout().contains("CRASHED") && status.stdout().contains("baton restart " + id), status.stdout());

        crash.restartUntilCompleted().assertOutcome(new Scenario("killed while d runs", List.of(KillPoint.D_RUNNING),
                Map.of("a", 0, "b", 0, "c", 0, "d", 1, "e", 1, "f", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aRunInProgressCanBeStoppedFromAnotherProcessButNotRestarted(Repository repository) throws Exception {
        Map<String, String> env = env(repository, "counter");
        env.put("HOLD", "d");
        Process run = BatonProcess.start(PROJECT, home(), env, tmp.resolve("run.log"), "--pipeline", CHAIN.toString(), "--parallel");
        Path counter = Path.of(env.get("COUNTER"));
        awaitOrFail(() -> lines(counter).stream().anyMatch(l -> l.startsWith("d ")), "stage d started", run, tmp.resolve("run.log"));
        long id = executionOf(lines(counter).get(0));

        BatonProcess.Result status = baton(env, "status", Long.toString(id), "--output", "json");
        assertEquals("RUNNING", stage(Json.tree(status.stdout()), "d").get("status").asText(), status.stdout());

        BatonProcess.Result restart = baton(env, "restart", Long.toString(id));
        assertEquals(1, restart.exitCode(), restart.toString());
        assertTrue(restart.stderr().contains("is still running by process " + run.pid()), restart.stderr());

        long t0 = System.nanoTime();
        BatonProcess.Result stop = baton(env, "stop", Long.toString(id));
        assertEquals(0, stop.exitCode(), stop.toString());
        assertTrue(stop.stdout().contains("STOPPED"), stop.stdout());
        assertTrue(run.waitFor(90, TimeUnit.SECONDS), "the running process ends");
        assertEquals(1, run.exitValue(), Files.readString(tmp.resolve("run.log")));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 60, "stopped long before the held stage's 300 s ended: " + seconds + " s");

        env.remove("HOLD");
        BatonProcess.Result again = baton(env, "restart", Long.toString(id), "--output", "json");
        assertEquals(0, again.exitCode(), again.toString());
        long restarted = Json.tree(again.stdout()).get("executionId").asLong();
        assertEquals(Stream.of("a " + id, "b " + id, "c " + id, "d " + id, "d " + restarted, "e " + restarted).sorted().toList(),
                lines(counter).stream().sorted().toList(), "the stopped stage ran again, once; the completed ones did not");
    }

    /** One run of chain.yaml in its own home: the processes killed, then restarted, and what they left. */
    private final class Crash {
        final Map<String, String> env;
        final Path counter;
        final RepositoryProbe probe;
        final Repository repository;
        final List<Long> killed = new ArrayList<>();
        int restarts;
        JsonNode report;

        Crash(Repository repository) {
            this.repository = repository;
            this.env = env(repository, "counter");
            this.counter = Path.of(env.get("COUNTER"));
            this.probe = RepositoryProbe.of(home(), env);
        }

        long lastKilled() {
            return killed.get(killed.size() - 1);
        }

        /**
         * Starts baton with the arguments (a run, or a restart of the last killed execution),
         * holding the point's stages, and kills it with SIGKILL at that point.
         *
         * @return the execution killed
         */
        long kill(KillPoint point, String... args) throws Exception {
            if (!killed.isEmpty()) {
                restarts++;
            }
            Map<String, String> holding = new HashMap<>(env);
            holding.put("HOLD", String.join(" ", point.held));
            Path log = tmp.resolve("process-" + killed.size() + ".log");
            Process process = BatonProcess.start(PROJECT, home(), holding, log, args);
            long[] execution = {-1};
            awaitOrFail(() -> {
                execution[0] = newExecution();
                return execution[0] >= 0 && reached(point, execution[0]);
            }, point.description, process, log);
            if (point.checkpointed != null) {
                // H2 shows a commit to other sessions a moment before its chunk is written to the file, so a kill the
                // instant the step reads COMPLETED can undo the very checkpoint the point names; the process has
                // nothing else to do meanwhile (its held stages wait), so a second lets the write end
                Thread.sleep(CHECKPOINT_WRITTEN_MS);
            }
            List<ProcessHandle> commands = process.descendants().toList();
            process.destroyForcibly();
            process.waitFor();
            // then the commands it ran (a crash of the machine would end them too), which outlive it
            commands.forEach(ProcessHandle::destroyForcibly);
            assertEquals(137, process.exitValue(), "killed by SIGKILL at " + point.description + ": " + Files.readString(log));
            killed.add(execution[0]);
            return execution[0];
        }

        /** The execution that started a stage after the ones already killed, or -1. */
        private long newExecution() throws Exception {
            return lines(counter).stream().map(CrashIT::executionOf).filter(e -> !killed.contains(e)).findFirst().orElse(-1L);
        }

        private boolean reached(KillPoint point, long execution) throws Exception {
            if (point.checkpointed == null) {
                List<String> started = lines(counter);
                return point.held.stream().allMatch(s -> started.contains(s + " " + execution));
            }
            return probe.stepsOfExecution(execution).stream()
                    .anyMatch(s -> s.name().equals(step(point.checkpointed)) && s.batchStatus().equals("COMPLETED"));
        }

        /** Restarts the last killed execution with {@code baton restart} until the run completes. */
        Crash restartUntilCompleted() throws Exception {
            long id = lastKilled();
            for (int attempt = 0; attempt < 3; attempt++) {
                BatonProcess.Result restart = baton(env, "restart", Long.toString(id), "--output", "json");
                restarts++;
                if (restart.exitCode() == 0) {
                    report = Json.tree(restart.stdout());
                    return this;
                }
                if (restart.stdout().isBlank()) {
                    throw new AssertionError("baton restart " + id + " started nothing: " + restart);
                }
                id = Json.tree(restart.stdout()).get("executionId").asLong();
            }
            throw new AssertionError("the run did not complete after 3 restarts");
        }

        /**
         * What the repository, the commands and the report say: one execution per process (the
         * original and each restart), each stage completed exactly once, by the expected
         * execution, and never started again after; the memory of an uninterrupted run.
         */
        void assertOutcome(Scenario scenario) throws Exception {
            assertEquals(scenario.kills().size(), killed.size(), "every kill happened");
            assertTrue(restarts > 0, "the run was restarted");
            assertEquals(scenario.kills().size(), restarts, "one restart per kill: the restart after a kill completes what the kill left");
            long instance = probe.instanceOf(killed.get(0));
            List<Long> executions = probe.executions(instance);
            assertEquals(1 + restarts, executions.size(), "the run has the original execution and one per restart: " + executions);
            assertEquals(killed, executions.subList(0, killed.size()), "the killed executions, in order");
            assertEquals(executions.get(executions.size() - 1), report.get("executionId").asLong(), "the last restart completed the run");
            assertEquals("COMPLETED", report.get("status").asText(), report.toString());

            List<RepositoryProbe.Step> steps = probe.steps(instance);
            for (int k = 0; k < killed.size(); k++) {
                long execution = killed.get(k);
                assertNotEquals("COMPLETED", probe.batchStatus(execution), "execution " + execution + " was killed before it ended");
                KillPoint point = scenario.kills().get(k);
                if (point.checkpointed == null) {
                    for (String held : point.held) {
                        assertTrue(steps.contains(new RepositoryProbe.Step(execution, step(held), "STARTED")),
                                "stage " + held + " was running in execution " + execution + " when it was killed: " + steps);
                    }
                }
            }
            List<String> started = lines(counter);
            for (String stage : STAGES) {
                int by = scenario.completedBy().get(stage);
                long completing = executions.get(by);
                List<Long> completedIn = steps.stream().filter(s -> s.name().equals(step(stage)) && s.batchStatus().equals("COMPLETED"))
                        .map(RepositoryProbe.Step::executionId).toList();
                assertEquals(List.of(completing), completedIn, "stage " + stage + " completed once, in execution " + completing + ": " + steps);
                assertTrue(steps.stream().noneMatch(s -> s.name().equals(step(stage)) && s.executionId() > completing),
                        "stage " + stage + " has no step in an execution after " + completing + ": " + steps);
                assertEquals(completing, stage(report, stage).get("executionId").asLong(), "the report says who ran " + stage);
                if (COMMAND_STAGES.contains(stage)) {
                    assertEquals(1, started.stream().filter(l -> l.equals(stage + " " + completing)).count(),
                            "stage " + stage + " started once in execution " + completing + ": " + started);
                    for (long later : executions.subList(by + 1, executions.size())) {
                        assertFalse(started.contains(stage + " " + later), "stage " + stage + " never started after it completed: " + started);
                    }
                }
            }
            assertEquals(uninterruptedMemory(repository), report.get("memory"), "the same memory as an uninterrupted run");
        }
    }

    /** The memory of chain.yaml run once without a kill, in its own home (the first time, on the repository at hand). */
    private JsonNode uninterruptedMemory(Repository repository) throws Exception {
        synchronized (CrashIT.class) {
            if (uninterrupted == null) {
                BatonProcess.Result run = BatonProcess.run(PROJECT, tmp.resolve("uninterrupted"), env(repository, "uninterrupted-counter"),
                        "--pipeline", CHAIN.toString(), "--parallel", "--output", "json");
                assertEquals(0, run.exitCode(), run.toString());
                uninterrupted = Json.tree(run.stdout()).get("memory");
            }
            return uninterrupted;
        }
    }

    private Map<String, String> env(Repository repository, String counter) {
        Map<String, String> env = new HashMap<>(repository.env());
        env.put("COUNTER", tmp.resolve(counter).toString());
        return env;
    }

    private Path home() {
        return tmp.resolve("home");
    }

    private BatonProcess.Result baton(Map<String, String> env, String... args) throws Exception {
        return BatonProcess.run(PROJECT, home(), env, args);
    }

    private static String step(String stage) {
        return "stage-" + stage;
    }

    private static JsonNode stage(JsonNode report, String name) {
        for (JsonNode s : report.get("stages")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name + " in " + report);
    }

    private static long executionOf(String counterLine) {
        return Long.parseLong(counterLine.substring(counterLine.indexOf(' ') + 1).strip());
    }

    /** The complete lines of a counter file (a line being written is left for the next look). */
    private static List<String> lines(Path counter) throws Exception {
        if (!Files.exists(counter)) {
            return List.of();
        }
        String text = Files.readString(counter);
        return text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds; fails if the process ends first or it takes {@value #EVENT_TIMEOUT_MS} ms. */
    private static void awaitOrFail(Check check, String what, Process process, Path log) throws Exception {
        long deadline = System.currentTimeMillis() + EVENT_TIMEOUT_MS;
        while (!check.holds()) {
            if (!process.isAlive()) {
                throw new AssertionError("the process ended (exit " + process.exitValue() + ") before " + what + ":\n" + Files.readString(log));
            }
            if (System.currentTimeMillis() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("not reached within " + EVENT_TIMEOUT_MS + " ms: " + what + "\n" + Files.readString(log));
            }
            Thread.sleep(10);
        }
    }
}
