package dev.baton.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

/**
 * Baton's metrics, each with the attributes {@code baton.pipeline}, {@code baton.category} and
 * {@code baton.agent}: {@code baton.stage.duration} (seconds), {@code baton.stage.attempts},
 * {@code baton.stage.score}, {@code baton.stage.rejections} (reviews under the threshold),
 * {@code baton.stage.infrastructure_errors} (failed attempts: an agent or advisor that threw, a
 * timeout) and {@code gen_ai.client.token.usage} (tokens, by {@code gen_ai.token.type} input or
 * output, as the GenAI conventions name it). No-op when {@link Telemetry} is off.
 */
public final class BatonMetrics {

    public static final AttributeKey<String> PIPELINE = AttributeKey.stringKey("baton.pipeline");
    public static final AttributeKey<String> CATEGORY = AttributeKey.stringKey("baton.category");
    public static final AttributeKey<String> AGENT = AttributeKey.stringKey("baton.agent");
    public static final AttributeKey<String> STATUS = AttributeKey.stringKey("baton.stage.status");
    public static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");

    private static volatile BatonMetrics instance;

    /**
     * Seconds, doubling from 10 ms to about 22 minutes (those of the GenAI conventions' operation
     * duration, continued): the SDK's default boundaries (0, 5, 10, 25 … 10,000) are made for
     * milliseconds, and would put every stage of a few seconds into one bucket.
     */
    static final java.util.List<Double> DURATION_BUCKETS = java.util.List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28,
            2.56, 5.12, 10.24, 20.48, 40.96, 81.92, 163.84, 327.68, 655.36, 1310.72);
    /** Scores lie between 0 and 1: a bucket every 0.05, so that each category's threshold falls on or near an edge. */
    static final java.util.List<Double> SCORE_BUCKETS = java.util.stream.IntStream.rangeClosed(1, 20)
            .mapToObj(i -> Math.round(i * 5.0) / 100.0).toList();

    private final DoubleHistogram duration;
    private final LongCounter attempts;
    private final DoubleHistogram score;
    private final LongCounter rejections;
    private final LongCounter infrastructureErrors;
    private final LongCounter tokens;

    private BatonMetrics(Meter meter) {
        duration = meter.histogramBuilder("baton.stage.duration").setUnit("s").setDescription("How long stages took")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
        attempts = meter.counterBuilder("baton.stage.attempts").setUnit("{attempt}").setDescription("Attempts made by stages").build();
        score = meter.histogramBuilder("baton.stage.score").setUnit("1").setDescription("Final review scores of stages")
                .setExplicitBucketBoundariesAdvice(SCORE_BUCKETS).build();
        rejections = meter.counterBuilder("baton.stage.rejections").setUnit("{review}")
                .setDescription("Reviews whose score or approval did not pass the gate").build();
        infrastructureErrors = meter.counterBuilder("baton.stage.infrastructure_errors").setUnit("{attempt}")
                .setDescription("Attempts that failed: an agent or advisor error, a timeout").build();
        tokens = meter.counterBuilder("gen_ai.client.token.usage").setUnit("{token}")
                .setDescription("Tokens used by model calls").build();
    }

    /** The process's instruments, made on first use. */
    public static BatonMetrics get() {
        BatonMetrics m = instance;
        if (m == null) {
            synchronized (BatonMetrics.class) {
                m = instance;
                if (m == null) {
                    m = new BatonMetrics(Telemetry.meter());
                    instance = m;
                }
            }
        }
        return m;
    }

    /** The attributes of one stage. */
    public static Attributes of(String pipeline, String category, String agent) {
        return Attributes.of(PIPELINE, pipeline, CATEGORY, category == null ? "" : category, AGENT, agent);
    }

    /** A stage ended. */
    public void stageEnded(Attributes stage, String status, double seconds, int attemptCount, Double finalScore) {
        Attributes withStatus = stage.toBuilder().put(STATUS, status).build();
        duration.record(seconds, withStatus);
        attempts.add(attemptCount, withStatus);
        if (finalScore != null) {
            score.record(finalScore, stage);
        }
    }

    public void rejected(Attributes stage) {
        rejections.add(1, stage);
    }

    public void infrastructureError(Attributes stage) {
        infrastructureErrors.add(1, stage);
    }

    public void tokens(Attributes stage, Number input, Number output) {
        if (input != null) {
            tokens.add(input.longValue(), stage.toBuilder().put(TOKEN_TYPE, "input").build());
        }
        if (output != null) {
            tokens.add(output.longValue(), stage.toBuilder().put(TOKEN_TYPE, "output").build());
        }
    }
}
