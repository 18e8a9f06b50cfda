package dev.baton.stage;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.json.Json;
import dev.baton.message.Msg;
import dev.baton.pipeline.AdvisorRef;
import dev.baton.plan.StageSpec;
import dev.baton.template.Names;
import dev.baton.template.TaskRenderer;
import dev.baton.template.TemplateException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * One attempt of a stage: render its task against what the stage may see, have its agent produce
 * and its reviewers review within the attempt's time limit, and judge the verdict at the gate.
 */
final class StageAttempt {

    private final StageWork work;
    private final Agent agent;
    private final AgentDirectory directory;
    private final Path runFolder;
    private final AttemptGuard guard;
    private final StageEvents events;
    private final double threshold;
    private final MemoryView memory;
    private final TaskRenderer renderer = new TaskRenderer();

    /**
     * @param memory    the memory the stage sees
     * @param threshold the score the stage must reach
     */
    StageAttempt(StageWork work, Agent agent, AgentDirectory directory, Path runFolder, AttemptGuard guard,
                 StageEvents events, MemoryView memory, double threshold) {
        this.work = work;
        this.agent = agent;
        this.directory = directory;
        this.runFolder = runFolder;
        this.guard = guard;
        this.events = events;
        this.memory = memory;
        this.threshold = threshold;
    }

    /**
     * Runs attempt {@code n}.
     *
     * @param feedback the previous attempt's rejection, whose output and review this one sees, or null
     */
    AttemptOutcome run(int n, AttemptOutcome.Rejected feedback) {
        StageSpec spec = work.spec();
        MemoryView seen = feedback == null ? memory
                : memory.withLastAttempt(feedback.output().content(), Json.MAPPER.convertValue(feedback.review(), Object.class));
        Double timeLimit = work.timeLimit();
        if (timeLimit != null && timeLimit <= 0) {
            return new AttemptOutcome.Failed(n - 1, Msg.BUDGET_RUNTIME.format(spec.name(), work.maxRuntimeSeconds()), false);
        }
        Verdict verdict;
        try {
            // the task is rendered within the attempt's time: a template that takes too long is cut too
            verdict = guard.run(() -> produceAndReview(request(n, renderer.render(spec.name(), spec.task(), (Names) seen), seen)), timeLimit);
        } catch (AttemptGuard.Interrupted e) {
            if (!e.timedOut) {
                return new AttemptOutcome.Stopped(n);
            }
            boolean budgetCut = !timeLimit.equals(spec.timeoutSeconds());
            return new AttemptOutcome.Failed(n, budgetCut
                    ? Msg.BUDGET_RUNTIME.format(spec.name(), work.maxRuntimeSeconds())
                    : Msg.STAGE_TIMED_OUT.format(spec.name(), n, seconds(spec.timeoutSeconds())), true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TemplateException) {
                return new AttemptOutcome.Failed(n, cause.getMessage(), false);
            }
            return new AttemptOutcome.Failed(n, cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage(), true);
        }
        boolean passed = Gate.passes(verdict.review(), threshold);
        events.record("review", n, reviewData(verdict.review(), passed));
        return passed ? new AttemptOutcome.Passed(n, verdict.output(), verdict.review())
                : new AttemptOutcome.Rejected(n, verdict.output(), verdict.review());
    }

    private AgentRequest request(int n, String task, MemoryView seen) {
        StageSpec spec = work.spec();
        return new AgentRequest(spec.name(), task, seen, spec.with(), n, runFolder, spec.inputs(), spec.outputs(), environment(n),
                work.secrets());
    }

    private Verdict produceAndReview(AgentRequest request) throws Exception {
        StageSpec spec = work.spec();
        AgentOutput output;
        try {
            output = agent.produce(request);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new AgentException(Msg.AGENT_FAILED.format(spec.name(), request.attempt(), spec.agent(), message(e)));
        }
        if (spec.advisors().isEmpty()) {
            return new Verdict(output, null);
        }
        Map<AdvisorRef, Review> reviews = new LinkedHashMap<>();
        for (AdvisorRef ref : spec.advisors()) {
            Advisor advisor = directory.advisor(ref.name());
            try {
                reviews.put(ref, advisor.review(new ReviewRequest(request, output.content(), output.artifacts(), threshold)));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new AgentException(Msg.ADVISOR_FAILED.format(spec.name(), request.attempt(), ref.name(), message(e)));
            }
        }
        return new Verdict(output, withAgentDetails(Council.combine(reviews, spec.decision(), threshold), output));
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

    /** What a process the agent starts is told about the run, beside the runner's own environment. */
    private Map<String, String> environment(int n) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BATON_STAGE", work.spec().name());
        env.put("BATON_ATTEMPT", Integer.toString(n));
        env.put("BATON_RUN_DIR", runFolder.toString());
        env.put("BATON_EXECUTION_ID", Long.toString(work.run().executionId()));
        env.put("BATON_INSTANCE_ID", Long.toString(work.run().instanceId()));
        env.put("BATON_JOB_NAME", work.run().jobName());
        return env;
    }

    private Map<String, Object> reviewData(Review review, boolean passed) {
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

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seconds(Double s) {
        return s == null ? "?" : (s == Math.rint(s) ? Long.toString(s.longValue()) : s.toString());
    }

    /** What the agent produced and what its reviewers said (null when it has none). */
    private record Verdict(AgentOutput output, Review review) {
    }
}
