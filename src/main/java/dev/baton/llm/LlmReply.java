package dev.baton.llm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a chat model answered.
 *
 * @param text         the answer's text
 * @param model        the model that answered, as the server says
 * @param inputTokens  tokens of the request, or null when the server does not say
 * @param outputTokens tokens of the answer, or null
 */
public record LlmReply(String text, String model, Integer inputTokens, Integer outputTokens) {

    /** Token usage as recorded in reviews: {@code {model, input_tokens, output_tokens, total_tokens}}. */
    public Map<String, Object> usage() {
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("model", model);
        usage.put("input_tokens", inputTokens);
        usage.put("output_tokens", outputTokens);
        usage.put("total_tokens", inputTokens == null || outputTokens == null ? null : inputTokens + outputTokens);
        return usage;
    }
}
