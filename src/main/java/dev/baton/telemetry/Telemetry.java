package dev.baton.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The process's OpenTelemetry. It is configured the standard way, by the SDK's autoconfiguration
 * from the {@code OTEL_*} environment variables and the {@code otel.*} system properties (which
 * {@code --otel-endpoint} and {@code --otel-service} set), and it is on only when an OTLP endpoint
 * is named ({@code OTEL_EXPORTER_OTLP_ENDPOINT} or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) and
 * {@code OTEL_SDK_DISABLED} is not {@code true}. Off, every tracer and meter is OpenTelemetry's
 * no-op: nothing is recorded, sent or allocated beyond the no-op objects.
 *
 * <p>Baton's defaults under the user's settings: service name {@code baton}, OTLP over
 * HTTP/protobuf, no log export. The SDK is built on first use and flushed and shut down when the
 * process exits.
 */
public final class Telemetry {

    /** The instrumentation scope of Baton's spans and metrics. */
    public static final String SCOPE = "dev.baton";

    private static volatile OpenTelemetry openTelemetry;
    private static volatile OpenTelemetrySdk sdk;

    private Telemetry() {
    }

    /** Whether the settings of this environment and these properties turn export on. */
    public static boolean configured(Map<String, String> env, Function<String, String> properties) {
        if ("true".equalsIgnoreCase(setting(env, properties, "otel.sdk.disabled"))) {
            return false;
        }
        return notBlank(setting(env, properties, "otel.exporter.otlp.endpoint"))
                || notBlank(setting(env, properties, "otel.exporter.otlp.traces.endpoint"));
    }

    /** The process's OpenTelemetry: the configured SDK, or the no-op one. */
    public static OpenTelemetry get() {
        OpenTelemetry o = openTelemetry;
        if (o == null) {
            synchronized (Telemetry.class) {
                o = openTelemetry;
                if (o == null) {
                    o = build();
                    openTelemetry = o;
                }
            }
        }
        return o;
    }

    /** Whether spans and metrics are exported. */
    public static boolean enabled() {
        get();
        return sdk != null;
    }

    public static Tracer tracer() {
        return get().getTracer(SCOPE, version());
    }

    public static Meter meter() {
        return get().getMeter(SCOPE);
    }

    /** Sends what is waiting to be sent, waiting a few seconds at most (at the end of a run). */
    public static void flush() {
        OpenTelemetrySdk s = sdk;
        if (s != null) {
            s.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
            s.getSdkMeterProvider().forceFlush().join(5, TimeUnit.SECONDS);
        }
    }

    private static OpenTelemetry build() {
        if (!configured(System.getenv(), System::getProperty)) {
            return OpenTelemetry.noop();
        }
        try {
            OpenTelemetrySdk built = AutoConfiguredOpenTelemetrySdk.builder()
                    .addPropertiesSupplier(() -> Map.of(
                            "otel.service.name", "baton",
                            "otel.exporter.otlp.protocol", "http/protobuf",
                            "otel.logs.exporter", "none"))
                    .disableShutdownHook()
                    .build()
                    .getOpenTelemetrySdk();
            sdk = built;
            Runtime.getRuntime().addShutdownHook(new Thread(built::close, "baton-telemetry-shutdown"));
            return built;
        } catch (RuntimeException e) {
            throw new TelemetryException("the OpenTelemetry settings are not usable: " + e.getMessage());
        }
    }

    /** The version of Baton, for the instrumentation scope. */
    public static String version() {
        String v = Telemetry.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** A setting as the SDK reads it: the system property {@code otel.x.y}, else the variable {@code OTEL_X_Y}. */
    private static String setting(Map<String, String> env, Function<String, String> properties, String property) {
        String value = properties.apply(property);
        return value != null ? value : env.get(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
