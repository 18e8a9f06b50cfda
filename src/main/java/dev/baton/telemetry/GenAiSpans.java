package dev.baton.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;

import java.net.URI;
import java.util.List;

/**
 * Spans of calls to a generative model, after the OpenTelemetry GenAI semantic conventions: a
 * client span named {@code chat MODEL} with {@code gen_ai.operation.name}, {@code gen_ai.provider.name}
 * (and the older {@code gen_ai.system}), the requested and answering model, the request's
 * temperature and token limit, {@code gen_ai.usage.input_tokens} and
 * {@code gen_ai.usage.output_tokens}, and the server's host and port (never its credentials, never
 * the key). The messages themselves are recorded only when
 * {@code OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT} (or the system property
 * {@code otel.instrumentation.genai.capture.message.content}) is {@code true}: prompts and answers
 * may be private.
 */
public final class GenAiSpans {

    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    public static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
    public static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("gen_ai.system");
    public static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    public static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    public static final AttributeKey<Double> TEMPERATURE = AttributeKey.doubleKey("gen_ai.request.temperature");
    public static final AttributeKey<Long> MAX_TOKENS = AttributeKey.longKey("gen_ai.request.max_tokens");
    public static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    public static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    public static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
    public static final AttributeKey<String> OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");
    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private static final String CAPTURE = "otel.instrumentation.genai.capture.message.content";

    private GenAiSpans() {
    }

    /**
     * Starts the span of a chat request, a child of the current span.
     *
     * @param baseUrl the endpoint (only its host and port are recorded)
     */
    public static Span startChat(String model, String baseUrl, Double temperature, Integer maxTokens) {
        var builder = Telemetry.tracer().spanBuilder("chat " + model).setSpanKind(SpanKind.CLIENT)
                .setAttribute(OPERATION, "chat")
                .setAttribute(PROVIDER, "openai")
                .setAttribute(SYSTEM, "openai")
                .setAttribute(REQUEST_MODEL, model);
        if (temperature != null) {
            builder.setAttribute(TEMPERATURE, temperature);
        }
        if (maxTokens != null) {
            builder.setAttribute(MAX_TOKENS, maxTokens.longValue());
        }
        try {
            URI uri = URI.create(baseUrl);
            if (uri.getHost() != null) {
                builder.setAttribute(SERVER_ADDRESS, uri.getHost());
                int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
                builder.setAttribute(SERVER_PORT, (long) port);
            }
        } catch (IllegalArgumentException notAUri) {
            // the request itself will say what is wrong with the endpoint
        }
        return builder.startSpan();
    }

    /** Ends a chat span with what the server answered. */
    public static void answered(Span span, String responseModel, Integer inputTokens, Integer outputTokens,
                                List<String> messages, String answer) {
        if (responseModel != null) {
            span.setAttribute(RESPONSE_MODEL, responseModel);
        }
        if (inputTokens != null) {
            span.setAttribute(INPUT_TOKENS, inputTokens.longValue());
        }
        if (outputTokens != null) {
            span.setAttribute(OUTPUT_TOKENS, outputTokens.longValue());
        }
        if (captureContent()) {
            span.setAttribute(INPUT_MESSAGES, String.join("\n\n", messages));
            span.setAttribute(OUTPUT_MESSAGES, answer == null ? "" : answer);
        }
        span.end();
    }

    /** Ends a chat span that failed; the reason given must hold no secret. */
    public static void failed(Span span, Throwable error, String reason) {
        span.setAttribute(ERROR_TYPE, error.getClass().getName());
        span.setStatus(StatusCode.ERROR, reason);
        span.end();
    }

    /** Whether prompts and answers are recorded on spans. */
    public static boolean captureContent() {
        String value = System.getProperty(CAPTURE);
        if (value == null) {
            value = System.getenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT");
        }
        return "true".equalsIgnoreCase(value);
    }
}
