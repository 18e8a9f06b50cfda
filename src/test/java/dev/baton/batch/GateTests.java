package dev.baton.batch;

import dev.baton.record.RunReport;
import dev.baton.record.StageResult;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.testing.Jobs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality gate, rule by rule, in sequential and in parallel mode alike (JBeret in this JVM). */
class GateTests {

    private static RunReport run(Mode mode, String name, String yaml) throws Exception {
        return Jobs.run(Jobs.load("name: " + name + "-" + mode.name().toLowerCase() + "\n" + yaml), new PlanOptions(mode, 4), Map.of());
    }

    private static String status(RunReport report, String stage) {
        return report.stages().stream().filter(s -> s.name().equals(stage)).findFirst().orElseThrow().status();
    }

    /** A stage reviewed once at 0.75, approved. */
    private static String scored(String name, String extra) {
        return "  - {name: " + name + ", agent: template, task: x, advisor: scripted, on_reject: continue, "
                + "with: {scripted: [{score: 0.75, approved: true}]}" + extra + "}\n";
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theMostSpecificThresholdWins(Mode mode) throws Exception {
        RunReport r = run(mode, "thresholds", """
                policy:
                  thresholds: {codegen: 0.7, overall: 0.9}
                  score_thresholds: {requirements: 0.8}
                stages:
                """ + scored("own", ", category: codegen, min_score: 0.8")
                + scored("category", ", category: codegen")
                + scored("aliasCategory", ", category: requirements")
                + scored("fallback", ", category: docs")
                + scored("noCategory", ""));
        assertEquals("REJECTED", status(r, "own"), "min_score 0.8 beats the category's 0.7");
        assertEquals("PASSED", status(r, "category"), "the category's 0.7 beats overall 0.9");
        assertEquals("REJECTED", status(r, "aliasCategory"), "score_thresholds and thresholds are one map");
        assertEquals("REJECTED", status(r, "fallback"), "overall 0.9 for a category without an entry");
        assertEquals("REJECTED", status(r, "noCategory"), "overall 0.9 without a category");
        assertEquals(0.9, Jobs.result(r, "fallback").threshold());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void withoutAnyThresholdTheAgentsOwnDefaultApplies(Mode mode) throws Exception {
        RunReport r = run(mode, "agent-default", "stages:\n" + scored("s", ""));
        assertEquals("PASSED", status(r, "s"));
        assertEquals(0.0, Jobs.result(r, "s").threshold(), "the template agent's default");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aMajorityCouncilCountsApprovingWeight(Mode mode) throws Exception {
        RunReport r = run(mode, "majority", """
                policy:
                  advisors:
                    writing: {decision: majority, list: [scripted, scripted-b, scripted-c], weights: {scripted-c: 3}}
                stages:
                  - name: outvoted
                    agent: template
                    category: writing
                    task: x
                    on_reject: continue
                    with:
                      scripted: [{score: 0.9, approved: true}]
                      scripted_b: [{score: 0.9, approved: true}]
                      scripted_c: [{score: 0.6, approved: false, issue: too vague}]
                """);
        StageResult s = Jobs.result(r, "outvoted");
        assertEquals("REJECTED", s.status().name(), "weight 3 against 2: not approved");
        assertEquals(0.72, s.score(), 1e-9, "weighted mean (0.9 + 0.9 + 3 × 0.6) / 5");
        assertTrue(s.review().criticalIssues().contains("scripted-c: too vague"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAverageCouncilDecidesOnTheWeightedMean(Mode mode) throws Exception {
        RunReport r = run(mode, "average", """
                policy:
                  thresholds: {default: 0.7}
                  advisors:
                    council: [{name: scripted, weight: 1}, {name: scripted-b, weight: 3}]
                stages:
                  - name: carried
                    agent: template
                    task: x
                    with:
                      scripted: [{score: 0.4, approved: false}]
                      scripted_b: [{score: 0.9, approved: true}]
                """);
        assertEquals("PASSED", status(r, "carried"), "(0.4 + 3 × 0.9) / 4 = 0.775 ≥ 0.7");
        assertEquals(0.775, Jobs.result(r, "carried").score(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retriesComeFromTheCategoryAndCarryTheFeedback(Mode mode) throws Exception {
        RunReport r = run(mode, "retries", """
                policy:
                  retries: {default: 0, writing: 2}
                stages:
                  - name: third-time
                    agent: template
                    category: writing
                    advisor: scripted
                    task: "{{ third_time.last_review.critical_issues[0] if third_time.last_review is defined else 'first' }}"
                    with:
                      scripted: [{score: 0.2, approved: false, issue: one}, {score: 0.2, approved: false, issue: two}, {score: 1, approved: true}]
                  - name: once
                    agent: template
                    advisor: scripted
                    on_reject: continue
                    task: x
                    with:
                      scripted: [{score: 0.2, approved: false}, {score: 1, approved: true}]
                """);
        assertEquals("PASSED", status(r, "third-time"));
        assertEquals(3, Jobs.result(r, "third-time").attempts());
        assertEquals("two", r.memory().get("third-time.content"), "the third attempt saw the second review");
        assertEquals("REJECTED", status(r, "once"), "the default: no retry");
        assertEquals(1, Jobs.result(r, "once").attempts());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void infrastructureErrorsHaveTheirOwnBudgetWithBackoff(Mode mode) throws Exception {
        long t0 = System.nanoTime();
        RunReport r = run(mode, "infra", """
                stages:
                  - {name: recovers, agent: flaky, max_retries: 0, with: {fail_first: 2, backoff_seconds: 0.2}}
                  - {name: gives-up, agent: flaky, max_retries: 3, with: {fail_first: 5, infra_retries: 1, backoff_seconds: 0.1}}
                """);
        assertEquals("PASSED", status(r, "recovers"), "two errors fit the default budget of 2, though max_retries is 0");
        assertEquals(3, Jobs.result(r, "recovers").attempts());
        assertEquals("attempt 3", r.memory().get("recovers.content"));
        assertEquals("FAILED", status(r, "gives-up"), "rejection retries do not pay for errors");
        assertEquals(2, Jobs.result(r, "gives-up").attempts());
        assertTrue(Jobs.result(r, "gives-up").error().contains("flaky failure 2"));
        assertTrue((System.nanoTime() - t0) / 1e9 >= 0.6, "backoff 0.2 s then 0.4 s");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theArtifactBudgetStopsAStageThatWouldExceedIt(Mode mode) throws Exception {
        RunReport r = run(mode, "bytes", """
                policy:
                  budget: {max_artifacts_bytes: 1500}
                stages:
                  - {name: small, agent: flaky, output: a.txt, with: {bytes: 1000}}
                  - {name: big, agent: flaky, output: b.txt, depends_on: [small], with: {bytes: 1000}}
                """);
        assertEquals("PASSED", status(r, "small"));
        assertEquals("FAILED", status(r, "big"));
        assertTrue(Jobs.result(r, "big").error().contains("past its budget of 1500 bytes"), Jobs.result(r, "big").error());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theRuntimeBudgetCutsTheStageThatRunsPastIt(Mode mode) throws Exception {
        long t0 = System.nanoTime();
        RunReport r = run(mode, "runtime", """
                policy:
                  budget: {max_runtime_sec: 2}
                stages:
                  - {name: sleepy, agent: command, timeout: 60, with: {command: [sleep, "20"], infra_retries: 0}}
                """);
        assertEquals("FAILED", status(r, "sleepy"));
        assertTrue(Jobs.result(r, "sleepy").error().contains("budget of 2 s"), Jobs.result(r, "sleepy").error());
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "cut at the budget, not at the 60 s timeout");
    }
}
