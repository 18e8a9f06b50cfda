package dev.baton.telemetry;

/** The OpenTelemetry settings cannot be used (an unknown protocol or exporter, a malformed endpoint); the message says which. */
public final class TelemetryException extends RuntimeException {

    public TelemetryException(String message) {
        super(message);
    }
}
