package dev.baton.llm;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible chat endpoint for one stage: the environment
 * ({@code BATON_LLM_BASE_URL}, {@code BATON_LLM_API_KEY}, {@code BATON_LLM_MODEL}) overridden by the
 * stage's {@code with:} ({@code base_url}, {@code model}, {@code temperature}, {@code max_tokens},
 * {@code timeout} in seconds, {@code http_retries}, {@code system_prompt}, {@code api_key_env}: the name
 * of another variable holding the key). The key comes only from the environment: a pipeline file
 * never holds it, and {@link #toString()} never shows it.
 *
 * @param baseUrl      the endpoint, e.g. {@code http://127.0.0.1:8000/v1}
 * @param apiKey       the key, or the empty text for servers that need none
 * @param model        the model name
 * @param temperature  sampling temperature, or null for the server's default
 * @param maxTokens    the most tokens to generate, or null
 * @param timeout      the limit of one request
 * @param httpRetries  retries of a request after 429 or 5xx answers, with backoff
 * @param systemPrompt the system message, or null
 */
public record LlmSettings(String baseUrl, String apiKey, String model, Double temperature, Integer maxTokens,
                          Duration timeout, int httpRetries, String systemPrompt) {

    public static final String ENV_BASE_URL = "BATON_LLM_BASE_URL";
    public static final String ENV_API_KEY = "BATON_LLM_API_KEY";
    public static final String ENV_MODEL = "BATON_LLM_MODEL";

    /** Whether the environment configures an LLM (a base URL at least). */
    public static boolean configured(Map<String, String> env) {
        String url = env.get(ENV_BASE_URL);
        return url != null && !url.isBlank();
    }

    /**
     * The settings of a stage.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static LlmSettings of(Map<String, String> env, Map<String, Object> with) {
        String baseUrl = text(with.get("base_url"), env.get(ENV_BASE_URL));
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("no LLM endpoint: set " + ENV_BASE_URL + " (e.g. http://127.0.0.1:8000/v1) or with.base_url");
        }
        String keyVariable = text(with.get("api_key_env"), ENV_API_KEY);
        String apiKey = Objects.requireNonNullElse(env.get(keyVariable), "");
        String model = text(with.get("model"), env.get(ENV_MODEL));
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("no LLM model: set " + ENV_MODEL + " or with.model");
        }
        Double temperature = number(with.get("temperature"), "temperature");
        Double maxTokens = number(with.get("max_tokens"), "max_tokens");
        Double timeout = number(with.get("timeout"), "timeout");
        Double retries = number(with.get("http_retries"), "http_retries");
        return new LlmSettings(baseUrl.strip(), apiKey, model, temperature, maxTokens == null ? null : maxTokens.intValue(),
                Duration.ofMillis((long) ((timeout == null ? 120 : timeout) * 1000)), retries == null ? 2 : retries.intValue(),
                text(with.get("system_prompt"), null));
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)") + "]";
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }

    private static Double number(Object value, String key) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("with." + key + " must be a number, not '" + value + "'");
    }
}
