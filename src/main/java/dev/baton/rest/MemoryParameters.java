package dev.baton.rest;

import dev.baton.batch.Memory;
import dev.baton.json.Json;
import dev.baton.message.Msg;
import dev.baton.runtime.JobParameters;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Memory given as JSON values, made job parameters: each value as the text that memory reads
 * back as the same value (a string stays itself unless it would read as another JSON value, in
 * which case it is written as a JSON string), so that a run started through the API sees exactly
 * the values posted.
 */
final class MemoryParameters {

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private MemoryParameters() {
    }

    /** The texts of the memory entries, by key. */
    static Map<String, String> texts(Map<String, Object> memory) {
        Map<String, String> texts = new LinkedHashMap<>();
        memory.forEach((key, value) -> {
            if (!KEY.matcher(key).matches() || !Memory.isMemoryKey(key)) {
                throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_MEMORY_KEY, key);
            }
            texts.put(key, text(value));
        });
        return texts;
    }

    /**
     * The job parameters of these texts.
     *
     * @throws ApiException 422 if they would not fit in the job repository
     */
    static Properties of(Map<String, String> texts) {
        try {
            return JobParameters.of(texts);
        } catch (IllegalArgumentException tooLong) {
            throw new ApiException(ApiException.UNPROCESSABLE, Msg.PARAMETERS_TOO_LONG.code(), tooLong.getMessage(), java.util.List.of());
        }
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return Objects.equals(Memory.parameterValue(s), s) ? s : Json.write(s);
        }
        return Json.write(value);
    }
}
