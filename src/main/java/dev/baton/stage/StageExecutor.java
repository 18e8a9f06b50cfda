package dev.baton.stage;

import dev.baton.advisor.Review;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.message.Msg;
import dev.baton.pipeline.OnReject;
import dev.baton.plan.StageSpec;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.record.Times;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one stage to its result by the stage rules, without the batch runtime: skip it when an
 * upstream rejection says so; otherwise attempt it ({@link StageAttempt}) and attempt it again
 * while its {@link RetryBudget} allows, a rejection at once with the reviewers' feedback, an
 * infrastructure error after a pause; then write its files and return the result that becomes
 * its checkpoint. The batch runtime's stage batchlet runs it, and so does a remote worker.
 *
 * <p>One executor runs its stage once. {@link #stop()} may be called from any thread: the
 * attempt under way is interrupted and none follows.
 */
public final class StageExecutor implements StageRunner {

    private final StageWork work;
    private final AgentDirectory directory;
    private final RunFolder folder;
    private final ArtifactBudget budget;
    private final StageEvents events;
    private final AttemptGuard guard = new AttemptGuard();

    /**
     * @param work      the stage and what it may see
     * @param directory where its agent and advisors are found
     * @param folder    the run's folder
     * @param budget    the run's artifact budget
     * @param events    where its events go
     */
    public StageExecutor(StageWork work, AgentDirectory directory, RunFolder folder, ArtifactBudget budget, StageEvents events) {
        this.work = work;
        this.directory = directory;
        this.folder = folder;
        this.budget = budget;
        this.events = events;
    }

    /** Stops the stage: the attempt under way is interrupted and no other starts. */
    @Override
    public void stop() {
        guard.stop();
    }

    /** Runs the stage to its result; never throws for the stage's own failures. */
    @Override
    public StageResult run() {
        Instant started = Instant.now();
        events.record("stage.started", 0, Map.of());
        StageSpec spec = work.spec();
        String blocker = UpstreamCheck.blockedBy(work);
        if (blocker != null) {
            return finish(started, new Ending(StageStatus.SKIPPED, 0, null, null, "upstream stage '" + blocker + "' was rejected", true), 0.0);
        }
        String changed = UpstreamCheck.changedInput(work, folder);
        if (changed != null) {
            return finish(started, Ending.failed(0, changed), 0.0);
        }
        Agent agent;
        try {
            agent = directory.agent(spec.agent());
        } catch (RuntimeException e) {
            return finish(started, Ending.failed(0, e.getMessage()), 0.0);
        }
        double threshold = spec.threshold() != null ? spec.threshold() : agent.defaultThreshold();
        MemoryView memory = new MemoryView(work.initialMemory(), spec.name(), work.upstream());
        StageAttempt attempt = new StageAttempt(work, agent, directory, folder.root(), guard, events, memory, threshold);
        return finish(started, attempts(attempt, threshold), threshold);
    }

    /** The retry loop: attempts until one passes, the budget is spent, or the stage is stopped. */
    private Ending attempts(StageAttempt attempt, double threshold) {
        RetryBudget retries = new RetryBudget(work.spec().maxAttempts(), work.spec().with());
        AttemptOutcome.Rejected feedback = null;
        for (int n = 1; ; n++) {
            AttemptOutcome outcome = attempt.run(n, feedback);
            if (outcome instanceof AttemptOutcome.Passed p) {
                return new Ending(StageStatus.PASSED, n, p.output(), p.review(), null, false);
            }
            if (outcome instanceof AttemptOutcome.Stopped) {
                return new Ending(StageStatus.STOPPED, n, null, null, Msg.STAGE_STOPPED.format(work.spec().name()), false);
            }
            if (outcome instanceof AttemptOutcome.Rejected r) {
                if (!retries.rejectedMayRetry()) {
                    return rejected(r, threshold);
                }
                events.record("retry", n, Map.of("score", r.review().score(), "threshold", threshold));
                feedback = r;
                continue;
            }
            AttemptOutcome.Failed f = (AttemptOutcome.Failed) outcome;
            if (!f.retryable()) {
                return Ending.failed(f.attempt(), f.error());
            }
            long pause = retries.failedBackoff();
            events.record("attempt.failed", n, Map.of("error", f.error(), "retry", pause >= 0, "backoffMs", Math.max(pause, 0)));
            if (pause < 0 || !guard.pause(pause)) {
                return Ending.failed(n, f.error());
            }
        }
    }

    /** A final rejection: the stage fails, or is recorded rejected and the run goes on, as its {@code on_reject} says. */
    private Ending rejected(AttemptOutcome.Rejected r, double threshold) {
        StageSpec spec = work.spec();
        Review review = r.review();
        String issues = review.approved() ? "" : review.criticalIssues().isEmpty() ? "; not approved"
                : "; critical issues: " + String.join("; ", review.criticalIssues());
        String why = Msg.STAGE_REJECTED.format(spec.name(), r.attempt(), review.score(), threshold, issues);
        StageStatus status = spec.onReject() == OnReject.FAIL ? StageStatus.FAILED : StageStatus.REJECTED;
        return new Ending(status, r.attempt(), r.output(), review, why, spec.onReject() == OnReject.SKIP_DOWNSTREAM);
    }

    private StageResult finish(Instant started, Ending ending, double threshold) {
        List<ArtifactRecord> written = List.of();
        StageStatus status = ending.status();
        String error = ending.error();
        if ((status == StageStatus.PASSED || status == StageStatus.REJECTED) && ending.output() != null) {
            try {
                written = new ArtifactWriter(folder, budget).write(work.spec(), ending.output());
            } catch (ArtifactWriter.OverBudget e) {
                status = StageStatus.FAILED;
                error = e.getMessage();
            } catch (IOException | IllegalArgumentException e) {
                status = StageStatus.FAILED;
                error = "stage '" + work.spec().name() + "': cannot write its artifacts: " + e.getMessage();
            }
        }
        Instant ended = Instant.now();
        Review review = ending.review();
        AgentOutput output = ending.output();
        StageResult result = new StageResult(work.spec().name(), status, work.spec().wave(), ending.attempts(),
                review == null ? null : review.score(), review == null ? null : review.approved(), threshold,
                output == null ? null : output.content(), written, review, error,
                ending.skipDownstream() || status == StageStatus.SKIPPED, work.run().executionId(),
                Times.iso(started), Times.iso(ended), output == null ? Map.of() : output.details(), null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status.name());
        data.put("attempts", ending.attempts());
        data.put("durationMs", Duration.between(started, ended).toMillis());
        if (review != null) {
            data.put("score", review.score());
            data.put("threshold", threshold);
        }
        if (error != null) {
            data.put("error", error);
        }
        events.record("stage." + status.name().toLowerCase(Locale.ROOT), ending.attempts(), data);
        return result;
    }

    /** How the stage ended, before its files are written. */
    private record Ending(StageStatus status, int attempts, AgentOutput output, Review review, String error,
                          boolean skipDownstream) {

        static Ending failed(int attempts, String error) {
            return new Ending(StageStatus.FAILED, attempts, null, null, error, false);
        }
    }
}
