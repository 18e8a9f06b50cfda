package dev.baton.batch;

import dev.baton.record.StageResult;
import dev.baton.pipeline.OnReject;
import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import dev.baton.testing.Jobs;
import jakarta.batch.runtime.BatchRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static dev.baton.testing.Pipelines.pipeline;
import static dev.baton.testing.Pipelines.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage batchlet, run by JBeret in this JVM on the test home's H2 repository. */
class StageBatchletTests {

    /** An advisor that rejects the first attempt and approves the next ones. */
    private static final Map<String, Object> APPROVES_SECOND_ATTEMPT = Map.of("review_command", List.of("sh", "-c",
            "if [ \"$BATON_ATTEMPT\" -ge 2 ]; then echo '{\"score\":0.9,\"approved\":true,\"summary\":\"good\"}'; "
                    + "else echo '{\"score\":0.3,\"approved\":false,\"critical_issues\":[\"too short\"],\"suggestions\":[\"say more\"]}'; fi"));

    private static StageReport report(RunReport report, String name) {
        return report.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aStageSeesItsDependenciesOutputsAndNeverASiblings(Mode mode) throws Exception {
        Pipeline p = pipeline("isolation-" + mode, Map.of("idea", "tea"),
                stage("root", "idea is {{ idea }}"),
                stage("fast", "fast saw {{ root.content }}", "root"),
                stage("slow", "slow saw {{ fast.content | default('no fast') }} and {{ root.content }}", "root"),
                stage("join", "{{ fast.content }} + {{ slow.content }}", "fast", "slow"));
        RunReport report = Jobs.run(p, new PlanOptions(mode, 1), Map.of());
        assertEquals("COMPLETED", report.status());
        assertEquals("slow saw no fast and idea is tea", report.memory().get("slow.content"));
        assertEquals("fast saw idea is tea + slow saw no fast and idea is tea", report.memory().get("join.content"));
        assertTrue(report.succeeded());
    }

    @Test
    void memoryFromJobParametersOverridesThePipelinesAndIsReadAsJson() throws Exception {
        Pipeline p = pipeline("params", Map.of("idea", "tea", "n", 1),
                stage("s", "{{ idea }} {{ n + 1 }} {{ tags | join('/') }}"));
        RunReport report = Jobs.run(p, PlanOptions.DEFAULT_PARALLEL, Map.of("idea", "coffee", "n", "41", "tags", "[\"a\",\"b\"]"));
        assertEquals("coffee 42 a/b", report.memory().get("s.content"));
    }

    @Test
    void aRejectedAttemptIsRetriedWithTheReviewersFeedback() throws Exception {
        Pipeline p = pipeline("retry", Map.of(),
                stage("draft", "template", List.of("command"),
                        "{{ draft.last_review.critical_issues[0] if draft.last_review is defined else 'first try' }}",
                        APPROVES_SECOND_ATTEMPT, 2, 0.8, OnReject.FAIL));
        RunReport report = Jobs.run(p, PlanOptions.DEFAULT_PARALLEL, Map.of());
        StageReport draft = report(report, "draft");
        assertEquals("PASSED", draft.status());
        assertEquals(2, draft.attempts());
        assertEquals(0.9, draft.score());
        assertEquals("too short", report.memory().get("draft.content"), "attempt 2 saw attempt 1's review");
    }

    @Test
    void aFinalRejectionFailsTheRunByDefault() throws Exception {
        Pipeline p = pipeline("reject-fail", Map.of(),
                stage("draft", "template", List.of("command"), "x", APPROVES_SECOND_ATTEMPT, 0, 0.8, OnReject.FAIL),
                stage("after", "y", "draft"));
        RunReport report = Jobs.run(p, PlanOptions.DEFAULT_PARALLEL, Map.of());
        assertEquals("FAILED", report.status());
        StageReport draft = report(report, "draft");
        assertEquals("FAILED", draft.status());
        assertEquals(0.3, draft.score());
        assertTrue(draft.error().contains("too short"), draft.error());
        assertEquals("NOT_RUN", report(report, "after").status());
        assertFalse(report.memory().containsKey("draft.content"), "a failed stage leaves nothing in memory");
    }

    @Test
    void onRejectContinueKeepsGoingAndSkipDownstreamSkips() throws Exception {
        Pipeline p = pipeline("reject-modes", Map.of(),
                stage("soft", "template", List.of("command"), "x", APPROVES_SECOND_ATTEMPT, 0, 0.8, OnReject.CONTINUE),
                stage("hard", "template", List.of("command"), "x", APPROVES_SECOND_ATTEMPT, 0, 0.8, OnReject.SKIP_DOWNSTREAM),
                stage("afterSoft", "saw {{ soft.content }}", "soft"),
                stage("afterHard", "y", "hard"),
                stage("afterAfterHard", "z", "afterHard"));
        RunReport report = Jobs.run(p, PlanOptions.DEFAULT_PARALLEL, Map.of());
        assertEquals("COMPLETED", report.status());
        assertFalse(report.succeeded(), "a rejected stage makes the run unsuccessful");
        assertEquals("REJECTED", report(report, "soft").status());
        assertEquals("PASSED", report(report, "afterSoft").status());
        assertEquals("saw x", report.memory().get("afterSoft.content"));
        assertEquals("REJECTED", report(report, "hard").status());
        assertEquals("SKIPPED", report(report, "afterHard").status());
        assertEquals("SKIPPED", report(report, "afterAfterHard").status());
    }

    @Test
    void aTimeoutCancelsTheCommandAndItsProcess() throws Exception {
        String sleep = "sleep 30." + (System.nanoTime() % 1_000_000); // a command line no other process has
        Pipeline p = pipeline("timeout", Map.of(),
                new dev.baton.pipeline.Stage("sleepy", "command", List.of(), "", null, List.of(), List.of(), 0, null, 1.0,
                        List.of(), List.of(), null, OnReject.FAIL,
                        Map.of("command", List.of("sh", "-c", "exec " + sleep)), dev.baton.pipeline.Position.NONE, Map.of()));
        long t0 = System.nanoTime();
        RunReport report = Jobs.run(p, PlanOptions.DEFAULT_PARALLEL, Map.of());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals("FAILED", report(report, "sleepy").status());
        assertTrue(report(report, "sleepy").error().contains("timed out after 1 s"), report(report, "sleepy").error());
        assertTrue(seconds < 10, "ended long before the command would have: " + seconds);
        long deadline = System.currentTimeMillis() + 5_000; // the killed process is reaped asynchronously
        while (ProcessHandle.allProcesses().anyMatch(h -> h.isAlive() && h.info().commandLine().orElse("").contains(sleep))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(ProcessHandle.allProcesses().noneMatch(h -> h.isAlive() && h.info().commandLine().orElse("").contains(sleep)),
                "the sleep process is gone");
    }

    @Test
    void anUndefinedNameFailsTheStageWithAMessageNamingIt() throws Exception {
        RunReport report = Jobs.run(pipeline("undefined", Map.of(), stage("s", "for {{ product_idea }}")),
                PlanOptions.DEFAULT_PARALLEL, Map.of());
        assertEquals("FAILED", report.status());
        assertTrue(report(report, "s").error().startsWith("stage 's': the task uses 'product_idea', which is not defined"));
    }

    @Test
    void theCheckpointHoldsTheStagesOwnResultOnly() throws Exception {
        String big = "x".repeat(5_000);
        Pipeline p = pipeline("checkpoint", Map.of("big", big),
                stage("a", "{{ big }}"), stage("b", "short {{ a.content | length }}", "a"));
        RunReport report = Jobs.run(p, PlanOptions.DEFAULT_PARALLEL, Map.of());
        var op = BatchRuntime.getJobOperator();
        var steps = op.getStepExecutions(report.executionId());
        String bData = (String) steps.stream().filter(s -> s.getStepName().equals("stage-b")).findFirst().orElseThrow().getPersistentUserData();
        assertTrue(bData.length() < 1_000, "b's checkpoint does not copy a's output: " + bData.length());
        assertEquals("short 5000", StageResult.fromJson(bData).content());
        assertNull(StageResult.fromJson(bData).error());
    }

    @Test
    void aCommandAgentRunsWithoutAShellInTheRunFolder() throws Exception {
        Pipeline p = pipeline("command", Map.of("idea", "$(touch pwned); `id`"),
                new dev.baton.pipeline.Stage("echo", "command", List.of(), "{{ idea }}", null, List.of(), List.of(), 0, null, null,
                        List.of(), List.of(), null, OnReject.FAIL,
                        Map.of("command", List.of("sh", "-c", "cat; echo; echo \"$BATON_STAGE $BATON_ATTEMPT $(pwd)\"")),
                        dev.baton.pipeline.Position.NONE, Map.of()));
        RunReport report = Jobs.run(p, PlanOptions.DEFAULT_PARALLEL, Map.of());
        assertEquals("$(touch pwned); `id`\necho 1 " + report.runFolder(), report.memory().get("echo.content"));
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of(report.runFolder(), "pwned")));
    }

    @Test
    void whenTheBatchRuntimeFailsTheRunItsReasonIsInTheReport() throws Exception {
        RunReport report = Jobs.run(Jobs.load("""
                name: collapse
                stages:
                  - {name: fine, agent: template, task: x}
                  - {name: broken, agent: collapsing, depends_on: [fine]}
                """), PlanOptions.DEFAULT_PARALLEL, Map.of());
        assertEquals("FAILED", report.status());
        assertTrue(report.error() != null && report.error().startsWith("the batch runtime failed the run: step stage-broken: StackOverflowError: deliberately"),

                String.valueOf(report.error()));
        assertEquals(report.error(), report.exitStatus(), "kept in the repository as the exit status");
    }
}
