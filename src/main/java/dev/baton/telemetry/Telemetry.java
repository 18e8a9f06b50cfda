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
 * no-op: nothing is recorded, sent or allocated beyond the no-op objects. A server that shows the
 * metrics on a page ({@link MetricsPage}) has its meters recorded even when nothing is exported;
 * its tracer stays the no-op one unless an endpoint is named.
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
    /** Whether spans are exported (an endpoint is named); the SDK may also exist for the metrics page alone. */
    private static volatile boolean tracing;

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

    /** Whether spans are recorded and exported. */
    public static boolean enabled() {
        get();
        return tracing;
    }

    /** Whether the process's OpenTelemetry was built (it is built once, on first use). */
    static boolean built() {
        return openTelemetry != null;
    }

    public static Tracer tracer() {
        OpenTelemetry o = get();
        return tracing ? o.getTracer(SCOPE, version()) : OpenTelemetry.noop().getTracer(SCOPE);
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
        boolean export = configured(System.getenv(), System::getProperty);
        var page = MetricsPage.reader();
        if (!export && page == null) {
            return OpenTelemetry.noop();
        }
        if (export) {
            refuseGrpc(System.getenv(), System::getProperty);
        }
        try {
            var builder = AutoConfiguredOpenTelemetrySdk.builder()
                    .addPropertiesSupplier(() -> Map.of(
                            "otel.service.name", "baton",
                            "otel.exporter.otlp.protocol", "http/protobuf",
                            "otel.logs.exporter", "none"))
                    .disableShutdownHook();
            if (!export) { // the metrics page alone: nothing is sent anywhere, whatever the user's OTEL_* exporters say
                builder.addPropertiesCustomizer(config -> Map.of("otel.traces.exporter", "none", "otel.metrics.exporter", "none"));
            }
            if (page != null) {
                builder.addMeterProviderCustomizer((meters, config) -> meters.registerMetricReader(page));
            }
            OpenTelemetrySdk built = builder.build().getOpenTelemetrySdk();
            sdk = built;
            tracing = export;
            Runtime.getRuntime().addShutdownHook(new Thread(built::close, "baton-telemetry-shutdown"));
            return built;
        } catch (RuntimeException e) {
            throw new TelemetryException("the OpenTelemetry settings are not usable: " + e.getMessage());
        }
    }

    /**
     * Refuses OTLP over gRPC with what to do instead: the SDK's gRPC sender needs OkHttp or grpc-java,
     * which Baton does not ship (its exporter sends HTTP/protobuf with the JDK's client), and would
     * otherwise fail with a message that does not say why.
     */
    static void refuseGrpc(Map<String, String> env, Function<String, String> properties) {
        for (String property : new String[] {"otel.exporter.otlp.protocol", "otel.exporter.otlp.traces.protocol",
                "otel.exporter.otlp.metrics.protocol"}) {
            String value = setting(env, properties, property);
            if (value != null && value.strip().equalsIgnoreCase("grpc")) {
                String variable = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
                throw new TelemetryException(variable + "=grpc: Baton sends OTLP over HTTP only (http/protobuf);"
                        + " set " + variable + "=http/protobuf (or leave it unset) and point the endpoint at the receiver's"
                        + " OTLP/HTTP port (4318 for a collector, Jaeger or Tempo)");
            }
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
