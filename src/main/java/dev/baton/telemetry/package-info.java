/**
 * OpenTelemetry for Baton: the process's traces and metrics, exported over OTLP when the standard
 * {@code OTEL_*} settings (or {@code --otel-endpoint}) name an endpoint, and no-op otherwise; and
 * the names Baton's spans and metrics use, GenAI semantic conventions included.
 */
package dev.baton.telemetry;
