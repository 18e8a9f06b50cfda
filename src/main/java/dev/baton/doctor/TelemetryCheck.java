package dev.baton.doctor;

import dev.baton.telemetry.Telemetry;
import dev.baton.telemetry.TelemetryException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** The OTLP endpoint, when one is configured: the settings are usable and its port answers. */
final class TelemetryCheck {

    private TelemetryCheck() {
    }

    static Check run() {
        String subject = "OpenTelemetry";
        if (!Telemetry.configured(System.getenv(), System::getProperty)) {
            return Check.skip(subject, "off (set OTEL_EXPORTER_OTLP_ENDPOINT or --otel-endpoint to export traces and metrics)");
        }
        try {
            Telemetry.get();
        } catch (TelemetryException e) {
            return Check.missing(subject, true, e.getMessage(), "correct the OTEL_* settings");
        }
        String endpoint = System.getProperty("otel.exporter.otlp.endpoint", System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT"));
        if (endpoint == null) {
            return Check.ok(subject, "on (per-signal endpoints; not probed)");
        }
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return Check.missing(subject, true, "the OTLP endpoint is not a URL", "correct OTEL_EXPORTER_OTLP_ENDPOINT / --otel-endpoint");
        }
        if (uri.getHost() == null) {
            return Check.missing(subject, true, "the OTLP endpoint names no host", "correct OTEL_EXPORTER_OTLP_ENDPOINT / --otel-endpoint");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String where = uri.getScheme() + "://" + uri.getHost() + ":" + port; // never the URL's user information
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), 3000);
            return Check.ok(subject, "on, exporting to " + where);
        } catch (IOException e) {
            return Check.missing(subject, true, "cannot reach the OTLP endpoint " + where + ": " + e.getMessage(),
                    "start the collector, or correct OTEL_EXPORTER_OTLP_ENDPOINT / --otel-endpoint");
        }
    }
}
