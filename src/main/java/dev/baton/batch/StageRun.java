package dev.baton.batch;

import dev.baton.template.TemplateException;
import dev.baton.template.TaskRenderer;
import dev.baton.advisor.Advisor;
import dev.baton.advisor.AdvisorFactory;
import dev.baton.advisor.Council;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentFactory;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;
import dev.baton.json.Json;
import dev.baton.message.Msg;
import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.OnReject;
import dev.baton.plan.StageSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * One stage's story: snapshot, render, produce, review, gate, and again with the reviewers'
 * feedback while attempts remain; then the result to checkpoint.
 */
final class StageRun {

    private final StageSpec spec;
    private final StageContext context;
    private final AgentFactory agents;
    private final AdvisorFactory advisors;
    private final TaskRenderer renderer;
    private final StageEventLog events;
    private final Attempt attempt = new Attempt();

    StageRun(StageSpec spec, StageContext context, AgentFactory agents, AdvisorFactory advisors,
             TaskRenderer renderer, RunEvents runEvents) {
        this.spec = spec;
        this.context = context;
        this.agents = agents;
        this.advisors = advisors;
        this.renderer = renderer;
        this.events = new StageEventLog(runEvents, context, spec);
    }

    /** Stops the run of this stage: the attempt under way is interrupted and no other starts. */
    void stop() {
        attempt.stop();
    }

    /** Runs the stage to its result; never throws for the stage's own failures. */
    StageResult run() {
        Instant started = Instant.now();
        events.record("stage.started", 0, Map.of());
        String blocked = blockingUpstream();
        if (blocked != null) {
            return finish(started, new Outcome(StageStatus.SKIPPED, 0, null, null, "upstream stage '" + blocked + "' was rejected", true), 0.0);
        }
        String changed = changedInput();
        if (changed != null) {
            return finish(started, failure(0, changed), 0.0);
        }
        Agent agent;
        try {
            agent = agents.get(spec.agent());
        } catch (RuntimeException e) {
            return finish(started, failure(0, e.getMessage()), 0.0);
        }
        double threshold = spec.threshold() != null ? spec.threshold() : agent.defaultThreshold();
        Map<String, Object> memory = Memory.snapshot(context.initialMemory(), context.upstream(), context.results());

        Object lastOutput = null;
        Review lastReview = null;
        Outcome outcome;
        RetryBudget budget = new RetryBudget(spec.maxAttempts(), spec.with());
        for (int n = 1; ; n++) {
            Map<String, Object> seen = Memory.copy(memory);
            if (lastReview != null) {
                seen.put(spec.name() + ".last_output", lastOutput);
                seen.put(spec.name() + ".last_review", Json.MAPPER.convertValue(lastReview, Object.class));
            }
            String task;
            try {
                task = renderer.render(spec.name(), spec.task(), seen);
            } catch (TemplateException e) {
                return finish(started, failure(n, e.getMessage()), threshold);
            }
            Double timeout = context.timeLimit(spec.timeoutSeconds());
            if (timeout != null && timeout <= 0) {
                return finish(started, failure(n - 1, Msg.BUDGET_RUNTIME.format(spec.name(), context.maxRuntimeSeconds())), threshold);
            }
            AgentRequest request = new AgentRequest(spec.name(), task, seen, spec.with(), n,
                    context.runFolder().root(), spec.inputs(), spec.outputs(), environment(n));
            Produced produced;
            String error;
            try {
                produced = attempt.run(() -> produceAndReview(agent, request, threshold), timeout);
                error = null;
            } catch (Attempt.Interrupted e) {
                if (!e.timedOut) {
                    return finish(started, failure(n, Msg.STAGE_STOPPED.format(spec.name())).stopped(), threshold);
                }
                produced = null;
                error = timeout != null && !timeout.equals(spec.timeoutSeconds())
                        ? Msg.BUDGET_RUNTIME.format(spec.name(), context.maxRuntimeSeconds())
                        : Msg.STAGE_TIMED_OUT.format(spec.name(), n, seconds(spec.timeoutSeconds()));
            } catch (ExecutionException e) {
                produced = null;
                error = e.getCause() == null || e.getCause().getMessage() == null ? String.valueOf(e.getCause()) : e.getCause().getMessage();
            }
            if (produced == null) {
                long pause = budget.failedBackoff();
                events.record("attempt.failed", n, Map.of("error", error, "retry", pause >= 0, "backoffMs", Math.max(pause, 0)));
                outcome = failure(n, error);
                if (pause < 0 || !attempt.pause(pause)) {
                    break;
                }
                continue;
            }
            Review review = produced.review();
            boolean passed = Gate.passes(review, threshold);
            events.record("review", n, reviewData(review, threshold, passed));
            if (passed) {
                outcome = new Outcome(StageStatus.PASSED, n, produced, review, null, false);
                break;
            }
            lastOutput = produced.output().content();
            lastReview = review;
            boolean rejectionFails = spec.onReject() == OnReject.FAIL;
            String why = Msg.STAGE_REJECTED.format(spec.name(), n, review.score(), threshold, issues(review));
            outcome = new Outcome(rejectionFails ? StageStatus.FAILED : StageStatus.REJECTED, n, produced, review,
                    why, spec.onReject() == OnReject.SKIP_DOWNSTREAM);
            if (!budget.rejectedMayRetry()) {
                break;
            }
            events.record("retry", n, Map.of("score", review.score(), "threshold", threshold));
        }
        return finish(started, outcome, threshold);
    }

    private Produced produceAndReview(Agent agent, AgentRequest request, double threshold) throws Exception {
        AgentOutput output;
        try {
            output = agent.produce(request);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new AgentException(Msg.AGENT_FAILED.format(spec.name(), request.attempt(), spec.agent(), message(e)));
        }
        if (spec.advisors().isEmpty()) {
            return new Produced(output, null);
        }
        Map<AdvisorRef, Review> reviews = new LinkedHashMap<>();
        for (AdvisorRef ref : spec.advisors()) {
            Advisor advisor = advisors.get(ref.name());
            try {
                reviews.put(ref, advisor.review(new ReviewRequest(request, output.content(), output.artifacts(), threshold)));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new AgentException(Msg.ADVISOR_FAILED.format(spec.name(), request.attempt(), ref.name(), message(e)));
            }
        }
        return new Produced(output, withAgentDetails(Council.combine(reviews, spec.decision(), threshold), output));
    }

    /** The review, with what the agent asked to record (e.g. its token usage) under {@code details.agent}. */
    private static Review withAgentDetails(Review review, AgentOutput output) {
        if (output.details().isEmpty()) {
            return review;
        }
        Map<String, Object> details = new LinkedHashMap<>(review.details());
        details.put("agent", output.details());
        return new Review(review.score(), review.approved(), review.criticalIssues(), review.suggestions(), review.summary(), details);
    }

    private StageResult finish(Instant started, Outcome outcome, double threshold) {
        List<ArtifactRecord> written = new ArrayList<>();
        StageStatus status = outcome.status();
        String error = outcome.error();
        if ((status == StageStatus.PASSED || status == StageStatus.REJECTED) && outcome.produced() != null) {
            try {
                written = writeArtifacts(outcome.produced().output());
            } catch (BudgetExceeded e) {
                status = StageStatus.FAILED;
                error = e.getMessage();
            } catch (IOException | IllegalArgumentException e) {
                status = StageStatus.FAILED;
                error = "stage '" + spec.name() + "': cannot write its artifacts: " + e.getMessage();
            }
        }
        Instant ended = Instant.now();
        Review review = outcome.review();
        StageResult result = new StageResult(spec.name(), status, spec.wave(), outcome.attempts(),
                review == null ? null : review.score(), review == null ? null : review.approved(), threshold,
                outcome.produced() == null ? null : outcome.produced().output().content(), written, review, error,
                outcome.skipDownstream() || status == StageStatus.SKIPPED, context.executionId(),
                Times.iso(started), Times.iso(ended),
                outcome.produced() == null ? Map.of() : outcome.produced().output().details());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status.name());
        data.put("attempts", outcome.attempts());
        data.put("durationMs", Duration.between(started, ended).toMillis());
        if (review != null) {
            data.put("score", review.score());
            data.put("threshold", threshold);
        }
        if (error != null) {
            data.put("error", error);
        }
        events.record("stage." + status.name().toLowerCase(java.util.Locale.ROOT), outcome.attempts(), data);
        return result;
    }

    /** Writes the agent's artifacts, and the content to each declared output that nothing else produced. */
    private List<ArtifactRecord> writeArtifacts(AgentOutput output) throws IOException, BudgetExceeded {
        checkArtifactBudget(output);
        List<ArtifactRecord> written = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (Artifact artifact : output.artifacts()) {
            written.add(context.runFolder().write(artifact));
            covered.add(context.runFolder().resolve(artifact.path()).toString());
        }
        for (String declared : spec.outputs()) {
            var path = context.runFolder().resolve(declared);
            if (covered.contains(path.toString())) {
                continue;
            }
            if (Files.isRegularFile(path)) {
                written.add(context.runFolder().describe(declared));
            } else {
                String text = output.content() instanceof String s ? s : Json.writePretty(output.content());
                written.add(context.runFolder().write(new Artifact(declared, text.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return written;
    }

    /** Refuses artifacts that would take the run past its {@code budget.max_artifacts_bytes}. */
    private void checkArtifactBudget(AgentOutput output) throws BudgetExceeded {
        if (context.maxArtifactBytes() == null) {
            return;
        }
        long mine = output.artifacts().stream().mapToLong(a -> a.bytes().length).sum();
        long used = context.results().values().stream().flatMap(r -> r.artifacts().stream()).mapToLong(ArtifactRecord::bytes).sum();
        used += ArtifactLedger.reserved(context.runFolder().root());
        if (used + mine > context.maxArtifactBytes()) {
            throw new BudgetExceeded(Msg.BUDGET_BYTES.format(spec.name(), mine, context.maxArtifactBytes(), used));
        }
        ArtifactLedger.reserve(context.runFolder().root(), mine);
    }

    /** A budget of the run is spent. */
    private static final class BudgetExceeded extends Exception {
        BudgetExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Checks that the artifacts this stage reads are those its upstream stages wrote: after a
     * restart they come from an earlier execution, and may have been changed or removed since.
     */
    private String changedInput() {
        for (String dependency : context.upstream()) {
            StageResult upstream = context.results().get(dependency);
            if (upstream == null) {
                continue;
            }
            for (ArtifactRecord artifact : upstream.artifacts()) {
                if (!spec.inputs().contains(artifact.path())) {
                    continue;
                }
                try {
                    ArtifactRecord now = context.runFolder().describe(artifact.path());
                    if (!now.sha256().equals(artifact.sha256())) {
                        return Msg.ARTIFACT_CHANGED.format(spec.name(), artifact.path(), dependency, "has changed");
                    }
                } catch (IOException | IllegalArgumentException gone) {
                    return Msg.ARTIFACT_CHANGED.format(spec.name(), artifact.path(), dependency, "is gone");
                }
            }
        }
        return null;
    }

    private String blockingUpstream() {
        for (String dependency : context.upstream()) {
            StageResult upstream = context.results().get(dependency);
            if (upstream != null && upstream.skipDownstream()) {
                return dependency;
            }
        }
        return null;
    }

    private Map<String, String> environment(int n) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BATON_STAGE", spec.name());
        env.put("BATON_ATTEMPT", Integer.toString(n));
        env.put("BATON_RUN_DIR", context.runFolder().root().toString());
        env.put("BATON_EXECUTION_ID", Long.toString(context.executionId()));
        env.put("BATON_INSTANCE_ID", Long.toString(context.instanceId()));
        env.put("BATON_JOB_NAME", context.jobName());
        return env;
    }

    private static Map<String, Object> reviewData(Review review, double threshold, boolean passed) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (review != null) {
            data.put("score", review.score());
            data.put("approved", review.approved());
            data.put("criticalIssues", review.criticalIssues());
            data.put("suggestions", review.suggestions());
        }
        data.put("threshold", threshold);
        data.put("passed", passed);
        return data;
    }

    private static String issues(Review review) {
        if (!review.approved() && !review.criticalIssues().isEmpty()) {
            return "; critical issues: " + String.join("; ", review.criticalIssues());
        }
        return review.approved() ? "" : "; not approved";
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seconds(Double s) {
        return s == null ? "?" : (s == Math.rint(s) ? Long.toString(s.longValue()) : s.toString());
    }

    private Outcome failure(int attempts, String error) {
        return new Outcome(StageStatus.FAILED, attempts, null, null, error, false);
    }

    /** What the agent produced and what its reviewers said. */
    private record Produced(AgentOutput output, Review review) {
    }

    /** How the stage ended, before its artifacts are written. */
    private record Outcome(StageStatus status, int attempts, Produced produced, Review review, String error,
                           boolean skipDownstream) {

        /** The outcome of a stage that was stopped: not final, nothing to keep. */
        Outcome stopped() {
            return new Outcome(StageStatus.STOPPED, attempts, null, null, error, false);
        }
    }
}
