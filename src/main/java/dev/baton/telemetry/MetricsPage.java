package dev.baton.telemetry;

import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * This process's metrics as a page in the Prometheus text format, for a server's {@code /metrics}:
 * the instruments of {@link BatonMetrics}, the very ones exported over OTLP, read by
 * OpenTelemetry's Prometheus reader on the process's meter provider. Names follow Prometheus'
 * rules ({@code baton.stage.attempts} becomes {@code baton_stage_attempts_total}, the duration
 * histogram {@code baton_stage_duration_seconds}); attributes become labels ({@code baton_pipeline},
 * {@code baton_category}, {@code baton_agent}, ...).
 *
 * <p>Off until a server turns it on with {@link #enable()}, which it must do before the process
 * first uses {@link Telemetry}: the meter provider is built once.
 */
public final class MetricsPage {

    /** The page's media type (the Prometheus text format, version 0.0.4). */
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private static volatile PrometheusMetricReader reader;

    private MetricsPage() {
    }

    /**
     * Turns the page on for this process.
     *
     * @throws IllegalStateException if the process's OpenTelemetry was already built without it
     */
    public static synchronized void enable() {
        if (reader != null) {
            return;
        }
        if (Telemetry.built()) {
            throw new IllegalStateException("the metrics page must be enabled before OpenTelemetry is first used");
        }
        reader = PrometheusMetricReader.builder().setOtelScopeLabelsEnabled(false).build();
    }

    /** Whether a server asked for the page. */
    public static boolean enabled() {
        return reader != null;
    }

    /** The reader to register on the meter provider, or null when the page is off. */
    static PrometheusMetricReader reader() {
        return reader;
    }

    /**
     * Writes the current values of every metric.
     *
     * @throws IllegalStateException if the page is off
     */
    public static void write(OutputStream out) throws IOException {
        PrometheusMetricReader r = reader;
        if (r == null) {
            throw new IllegalStateException("the metrics page is off");
        }
        Telemetry.get();
        PrometheusTextFormatWriter.create().write(out, r.collect(), EscapingScheme.UNDERSCORE_ESCAPING);
    }
}
