package dev.baton.stage.trace;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.plan.StageSpec;
import dev.baton.stage.AgentDirectory;
import dev.baton.stage.StageEvents;
import dev.baton.telemetry.BatonMetrics;
import dev.baton.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

import java.util.List;
import java.util.Map;

/**
 * The spans and metrics of one stage, made from what the stage executor already reports: its
 * events ({@link #events}) open and close the stage span {@code stage NAME} and one span
 * {@code attempt N} per attempt (opened by the attempt's first call or event), with the status,
 * score, threshold and attempt as attributes; its
 * agent directory ({@link #directory}) wraps each agent call in {@code agent NAME} and each advisor
 * call in {@code advisor NAME}, children of the attempt, current on the calling thread so that the
 * spans the agent makes (a model call, a command's exit status) are their children. The stage's
 * {@code with:} settings, task and outputs are never recorded: they may hold private text.
 */
public final class StageTrace {

    static final AttributeKey<String> STAGE = AttributeKey.stringKey("baton.stage");
    static final AttributeKey<String> STAGE_STATUS = AttributeKey.stringKey("baton.stage.status");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("baton.attempt");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("baton.attempts");
    static final AttributeKey<Double> SCORE = AttributeKey.doubleKey("baton.score");
    static final AttributeKey<Double> THRESHOLD = AttributeKey.doubleKey("baton.threshold");
    static final AttributeKey<Boolean> APPROVED = AttributeKey.booleanKey("baton.approved");
    static final AttributeKey<Boolean> PASSED = AttributeKey.booleanKey("baton.passed");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("baton.attempt.outcome");
    static final AttributeKey<String> ADVISOR = AttributeKey.stringKey("baton.advisor");
    static final AttributeKey<Long> WAVE = AttributeKey.longKey("baton.wave");
    static final AttributeKey<Boolean> REUSED = AttributeKey.booleanKey("baton.reused");

    private final Context run;
    private final StageSpec spec;
    private final Attributes metricAttributes;
    private volatile Span stage;
    private volatile Span attempt;
    private volatile int attemptNumber;

    StageTrace(Context run, String pipeline, StageSpec spec) {
        this.run = run;
        this.spec = spec;
        this.metricAttributes = BatonMetrics.of(pipeline, spec.category(), spec.agent());
    }

    /** The stage's events, passed on to {@code next} after they shaped the spans and metrics. */
    public StageEvents events(StageEvents next) {
        return (type, n, data) -> {
            observe(type, n, data);
            next.record(type, n, data);
        };
    }

    /** The directory whose agents and advisors are traced. */
    public AgentDirectory directory(AgentDirectory next) {
        return new AgentDirectory() {
            @Override
            public Agent agent(String name) {
                Agent agent = next.agent(name);
                return agent.producingWith(request -> {
                    openAttempt(request.attempt());
                    AgentOutput output = traced("agent " + name, BatonMetrics.AGENT, name, () -> agent.produce(request));
                    tokens(output.details().get("usage"));
                    return output;
                });
            }

            @Override
            public Advisor advisor(String name) {
                Advisor advisor = next.advisor(name);
                return request -> {
                    openAttempt(request.attempt().attempt());
                    Review review = traced("advisor " + name, ADVISOR, name, () -> advisor.review(request));
                    tokens(review.details().get("usage"));
                    return review;
                };
            }
        };
    }

    private <T> T traced(String spanName, AttributeKey<String> key, String name, Call<T> call) throws Exception {
        Span current = attempt;
        Context parent = current != null ? run.with(current) : stage != null ? run.with(stage) : run;
        Span span = Telemetry.tracer().spanBuilder(spanName).setParent(parent).setAttribute(key, name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return call.run();
        } catch (Exception e) {
            span.setStatus(StatusCode.ERROR, e instanceof InterruptedException ? "interrupted" : String.valueOf(e.getMessage()));
            throw e;
        } finally {
            span.end();
        }
    }

    /** Token usage as the llm agent and judge record it: one map, or a list of them. */
    private void tokens(Object usage) {
        if (usage instanceof Map<?, ?> one) {
            if (one.get("input_tokens") instanceof Number || one.get("output_tokens") instanceof Number) {
                BatonMetrics.get().tokens(metricAttributes, (Number) one.get("input_tokens"), (Number) one.get("output_tokens"));
            }
        } else if (usage instanceof List<?> many) {
            many.forEach(this::tokens);
        }
    }

    private void observe(String type, int n, Map<String, Object> data) {
        switch (type) {
            case "stage.started" -> stage = Telemetry.tracer().spanBuilder("stage " + spec.name()).setParent(run)
                    .setAttribute(STAGE, spec.name())
                    .setAttribute(BatonMetrics.CATEGORY, spec.category() == null ? "" : spec.category())
                    .setAttribute(BatonMetrics.AGENT, spec.agent())
                    .setAttribute(WAVE, (long) spec.wave())
                    .startSpan();
            case "review" -> {
                openAttempt(n);
                Span a = attempt;
                if (a != null) {
                    number(data.get("score"), v -> a.setAttribute(SCORE, v));
                    number(data.get("threshold"), v -> a.setAttribute(THRESHOLD, v));
                    if (data.get("approved") instanceof Boolean approved) {
                        a.setAttribute(APPROVED, approved);
                    }
                    if (data.get("passed") instanceof Boolean passed) {
                        a.setAttribute(PASSED, passed);
                        if (!passed) {
                            BatonMetrics.get().rejected(metricAttributes);
                        }
                    }
                }
            }
            case "retry" -> endAttempt("rejected");
            case "attempt.failed" -> {
                openAttempt(n);
                BatonMetrics.get().infrastructureError(metricAttributes);
                Span a = attempt;
                if (a != null) {
                    a.setStatus(StatusCode.ERROR, String.valueOf(data.get("error")));
                }
                endAttempt("failed");
            }
            case "stage.reused" -> {
                Span s = stage;
                if (s != null) {
                    s.setAttribute(REUSED, true);
                }
            }
            default -> {
                if (type.startsWith("stage.")) {
                    stageEnded(type.substring("stage.".length()).toUpperCase(java.util.Locale.ROOT), n, data);
                }
            }
        }
    }

    private void stageEnded(String status, int attempts, Map<String, Object> data) {
        if (attempt == null && attempts > 0 && attemptNumber < attempts) {
            openAttempt(attempts); // an attempt that ended before any call (a template error, a timeout)
        }
        Span a = attempt;
        if (a != null) {
            if ("FAILED".equals(status)) {
                a.setStatus(StatusCode.ERROR, String.valueOf(data.get("error")));
            }
            endAttempt(status.toLowerCase(java.util.Locale.ROOT));
        }
        Double score = data.get("score") instanceof Number s ? s.doubleValue() : null;
        long millis = data.get("durationMs") instanceof Number d ? d.longValue() : 0;
        BatonMetrics.get().stageEnded(metricAttributes, status, millis / 1000.0, attempts, score);
        Span s = stage;
        if (s == null) {
            return;
        }
        s.setAttribute(STAGE_STATUS, status).setAttribute(ATTEMPTS, (long) attempts);
        number(data.get("score"), v -> s.setAttribute(SCORE, v));
        number(data.get("threshold"), v -> s.setAttribute(THRESHOLD, v));
        if ("FAILED".equals(status)) {
            s.setStatus(StatusCode.ERROR, String.valueOf(data.get("error")));
        }
        s.end();
        stage = null;
    }

    /** Opens the span of attempt {@code n} unless it is open, ending the one before. */
    private synchronized void openAttempt(int n) {
        if (n <= 0 || attempt != null && attemptNumber == n) {
            return;
        }
        endAttempt(null);
        Span parent = stage;
        attemptNumber = n;
        attempt = Telemetry.tracer().spanBuilder("attempt " + n).setParent(parent == null ? run : run.with(parent))
                .setAttribute(STAGE, spec.name()).setAttribute(ATTEMPT, (long) n).startSpan();
    }

    private synchronized void endAttempt(String outcome) {
        Span a = attempt;
        if (a != null) {
            if (outcome != null) {
                a.setAttribute(OUTCOME, outcome);
            }
            a.end();
            attempt = null;
        }
    }

    private static void number(Object value, java.util.function.DoubleConsumer into) {
        if (value instanceof Number n) {
            into.accept(n.doubleValue());
        }
    }

    /** A traced call. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws Exception;
    }
}
