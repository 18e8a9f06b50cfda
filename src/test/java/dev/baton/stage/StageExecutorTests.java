package dev.baton.stage;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.Artifact;
import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Decision;
import dev.baton.pipeline.OnReject;
import dev.baton.plan.StageSpec;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stage's whole story, run by its executor alone: no batch runtime, no CDI, plain agents and advisors. */
class StageExecutorTests {

    @TempDir
    Path folder;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();

    @Test
    void aPassingStageWritesItsOutputAndSaysSo() throws Exception {
        StageResult r = run(spec("s").task("Idea: {{ idea }}").outputs("out/s.txt").build(),
                Map.of("idea", "a coffee shop"), Map.of(), echo());
        assertEquals(StageStatus.PASSED, r.status());
        assertEquals(1, r.attempts());
        assertEquals("Idea: a coffee shop", r.content());
        assertEquals("Idea: a coffee shop", Files.readString(folder.resolve("out/s.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of(new ArtifactRecord("out/s.txt", 19, r.artifacts().get(0).sha256())), r.artifacts());
        assertEquals(List.of("stage.started", "review", "stage.passed"), events, "an unreviewed stage's verdict is recorded too");
    }

    @Test
    void aRejectionIsRetriedWithTheReviewersFeedback() {
        Advisor secondTime = request -> request.attempt().attempt() == 1
                ? new Review(0.2, false, List.of("too short"), List.of("say more"), "", Map.of())
                : new Review(0.9, true, List.of(), List.of(), "", Map.of());
        StageResult r = run(spec("s").advisor("judge").maxAttempts(3).threshold(0.8).build(), Map.of(), Map.of(), echo(), secondTime);
        assertEquals(StageStatus.PASSED, r.status());
        assertEquals(2, r.attempts());
        assertEquals(0.9, r.score());
        assertFalse(seen.get(0).containsKey("s.last_review"), "the first attempt has no feedback");
        @SuppressWarnings("unchecked")
        Map<String, Object> feedback = (Map<String, Object>) seen.get(1).get("s.last_review");
        assertEquals(List.of("too short"), feedback.get("critical_issues"));
        assertEquals("attempt 1", seen.get(1).get("s.last_output"));
        assertEquals(List.of("stage.started", "review", "retry", "review", "stage.passed"), events);
    }

    @ParameterizedTest(name = "on_reject {0}: {1}, skip downstream {2}")
    @CsvSource({"FAIL, FAILED, false", "CONTINUE, REJECTED, false", "SKIP_DOWNSTREAM, REJECTED, true"})
    void aFinalRejectionEndsAsOnRejectSays(OnReject onReject, StageStatus status, boolean skipDownstream) {
        Advisor never = request -> new Review(0.3, false, List.of("wrong"), List.of(), "", Map.of());
        StageResult r = run(spec("s").advisor("judge").maxAttempts(2).threshold(0.5).onReject(onReject).build(),
                Map.of(), Map.of(), echo(), never);
        assertEquals(status, r.status());
        assertEquals(2, r.attempts());
        assertEquals(skipDownstream, r.skipDownstream());
        assertTrue(r.error().contains("rejected after 2 attempt(s): score 0.3 against threshold 0.5; critical issues: wrong"), r.error());
    }

    @Test
    void anInfrastructureErrorIsRetriedOnItsOwnBudget() {
        Agent flaky = request -> {
            if (request.attempt() < 3) {
                throw new IllegalStateException("connection reset");
            }
            return AgentOutput.of("fine");
        };
        StageResult r = run(spec("s").with(Map.of("infra_retries", 2, "backoff_seconds", 0)).build(), Map.of(), Map.of(), flaky);
        assertEquals(StageStatus.PASSED, r.status());
        assertEquals(3, r.attempts());
        assertEquals(List.of("stage.started", "attempt.failed", "attempt.failed", "review", "stage.passed"), events);
    }

    @Test
    void whenErrorsOutlastTheBudgetTheStageFailsWithTheAgentsWords() {
        Agent broken = request -> {
            throw new IllegalStateException("connection reset");
        };
        StageResult r = run(spec("s").with(Map.of("infra_retries", 1, "backoff_seconds", 0)).build(), Map.of(), Map.of(), broken);
        assertEquals(StageStatus.FAILED, r.status());
        assertEquals(2, r.attempts());
        assertEquals("stage 's', attempt 2: agent 'echo' failed: connection reset", r.error());
    }

    @Test
    void anUndefinedNameFailsAtOnceNamingTheStageAndTheName() {
        StageResult r = run(spec("s").task("{{ missing }}").with(Map.of("infra_retries", 5)).build(), Map.of(), Map.of(), echo());
        assertEquals(StageStatus.FAILED, r.status());
        assertEquals(1, r.attempts(), "a template error is not retried");
        assertTrue(r.error().startsWith("stage 's': the task uses 'missing', which is not defined"), r.error());
    }

    @Test
    void aStageSeesTheInitialMemoryAndItsUpstreamOnly() {
        StageResult upstream = finished("up", "from up", false);
        StageResult r = run(spec("s").task("{{ up.content }} / {{ idea }}").build(), Map.of("idea", "x"), Map.of("up", upstream), echo());
        assertEquals("from up / x", r.content());
        assertEquals(Map.of("idea", "x", "up.content", "from up", "up.artifacts", List.of()), seen.get(0));
    }

    @Test
    void aRejectionUpstreamWithSkipDownstreamSkipsTheStage() {
        StageResult r = run(spec("s").build(), Map.of(), Map.of("up", finished("up", "no", true)), echo());
        assertEquals(StageStatus.SKIPPED, r.status());
        assertEquals(0, r.attempts());
        assertTrue(r.skipDownstream(), "and everything after it");
        assertEquals("upstream stage 'up' was rejected", r.error());
    }

    @Test
    void aTimeoutInterruptsTheAttempt() {
        Agent sleeper = request -> {
            Thread.sleep(30_000);
            return AgentOutput.of("late");
        };
        long t0 = System.nanoTime();
        StageResult r = run(spec("s").timeout(0.2).with(Map.of("infra_retries", 0)).build(), Map.of(), Map.of(), sleeper);
        assertEquals(StageStatus.FAILED, r.status());
        assertEquals("stage 's', attempt 1: timed out after 0.2 s", r.error());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "cut at the timeout");
    }

    @Test
    void aStoppedStageEndsStoppedAndKeepsNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Agent sleeper = request -> {
            started.countDown();
            Thread.sleep(30_000);
            return AgentOutput.of("late");
        };
        StageExecutor executor = executor(spec("s").outputs("s.txt").build(), Map.of(), Map.of(), sleeper, null);
        CompletableFuture<StageResult> result = CompletableFuture.supplyAsync(executor::run);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        executor.stop();
        StageResult r = result.get(10, TimeUnit.SECONDS);
        assertEquals(StageStatus.STOPPED, r.status());
        assertNull(r.content());
        assertFalse(Files.exists(folder.resolve("s.txt")));
    }

    @Test
    void artifactsPastTheRunsBudgetFailTheStage() {
        Agent big = request -> new AgentOutput("x", List.of(new Artifact("big.bin", new byte[600])));
        StageExecutor executor = new StageExecutor(work(spec("s").build(), Map.of(), Map.of()), directory(big, null),
                new RunFolder(folder), new ArtifactBudget(1000L, 500), (type, attempt, data) -> events.add(type));
        StageResult r = executor.run();
        assertEquals(StageStatus.FAILED, r.status());
        assertTrue(r.error().contains("(600 bytes) would take the run past its budget of 1000 bytes"), r.error());
        assertFalse(Files.exists(folder.resolve("big.bin")), "nothing written");
    }

    @Test
    void anOutputThatIsALinkOutOfTheRunFolderIsRefused() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("baton-outside", ".txt"), "secret");
        Agent linker = request -> {
            Files.createSymbolicLink(request.runFolder().resolve("leak.txt"), outside);
            return AgentOutput.of("done");
        };
        StageResult r = run(spec("s").outputs("leak.txt").build(), Map.of(), Map.of(), linker);
        assertEquals(StageStatus.FAILED, r.status());
        assertTrue(r.error().contains("'leak.txt' leads out of the run folder through a symbolic link"), r.error());
        assertEquals(List.of(), r.artifacts());
        assertEquals("secret", Files.readString(outside), "and what it points at is untouched");
    }

    @Test
    void anArtifactIsNotWrittenThroughALinkedFolder() throws Exception {
        Path outside = Files.createTempDirectory("baton-outside");
        Agent writer = request -> {
            Files.createSymbolicLink(request.runFolder().resolve("sub"), outside);
            return new AgentOutput("x", List.of(new Artifact("sub/planted.txt", "x".getBytes(StandardCharsets.UTF_8))));
        };
        StageResult r = run(spec("s").build(), Map.of(), Map.of(), writer);
        assertEquals(StageStatus.FAILED, r.status());
        assertFalse(Files.exists(outside.resolve("planted.txt")), "nothing written outside the run folder");
    }

    // --- helpers ---

    private StageResult run(StageSpec spec, Map<String, Object> memory, Map<String, StageResult> upstream, Agent agent) {
        return run(spec, memory, upstream, agent, null);
    }

    private StageResult run(StageSpec spec, Map<String, Object> memory, Map<String, StageResult> upstream, Agent agent, Advisor advisor) {
        return executor(spec, memory, upstream, agent, advisor).run();
    }

    private StageExecutor executor(StageSpec spec, Map<String, Object> memory, Map<String, StageResult> upstream, Agent agent,
                                   Advisor advisor) {
        return new StageExecutor(work(spec, memory, upstream), directory(agent, advisor), new RunFolder(folder),
                ArtifactBudget.unlimited(), (type, attempt, data) -> events.add(type));
    }

    private static StageWork work(StageSpec spec, Map<String, Object> memory, Map<String, StageResult> upstream) {
        return new StageWork(spec, new RunIdentity("job", 1, 1), memory, Upstream.of(upstream), null, null, java.util.Set.of());
    }

    /** An agent that answers with its rendered task (or "attempt N" without one), noting the memory it saw. */
    private Agent echo() {
        return request -> {
            seen.add(request.memory());
            return AgentOutput.of(request.task().isEmpty() ? "attempt " + request.attempt() : request.task());
        };
    }

    private AgentDirectory directory(Agent agent, Advisor advisor) {
        return new AgentDirectory() {
            @Override
            public Agent agent(String name) {
                return agent;
            }

            @Override
            public Advisor advisor(String name) {
                return advisor;
            }
        };
    }

    private static StageResult finished(String name, String content, boolean skipDownstream) {
        return new StageResult(name, skipDownstream ? StageStatus.REJECTED : StageStatus.PASSED, 1, 1, null, null, 0.0, content,
                List.of(), null, null, skipDownstream, 1, null, null, Map.of(), null);
    }

    private static Spec spec(String name) {
        return new Spec(name);
    }

    /** A stage spec with defaults, changed field by field. */
    private static final class Spec {
        private final String name;
        private String task;
        private final List<AdvisorRef> advisors = new ArrayList<>();
        private Double threshold;
        private int maxAttempts = 1;
        private Double timeout;
        private final List<String> outputs = new ArrayList<>();
        private OnReject onReject = OnReject.FAIL;
        private Map<String, Object> with = Map.of();

        Spec(String name) {
            this.name = name;
        }

        Spec task(String t) { task = t; return this; }
        Spec advisor(String a) { advisors.add(new AdvisorRef(a, 1.0)); return this; }
        Spec threshold(double t) { threshold = t; return this; }
        Spec maxAttempts(int n) { maxAttempts = n; return this; }
        Spec timeout(double s) { timeout = s; return this; }
        Spec outputs(String... paths) { outputs.addAll(List.of(paths)); return this; }
        Spec onReject(OnReject r) { onReject = r; return this; }
        Spec with(Map<String, Object> w) { with = w; return this; }

        StageSpec build() {
            return new StageSpec(name, "echo", advisors, Decision.MAJORITY, task, null, threshold, maxAttempts, timeout,
                    List.of(), outputs, onReject, with, List.of(), 1);
        }
    }
}
