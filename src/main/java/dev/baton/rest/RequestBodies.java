package dev.baton.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.baton.json.Json;
import dev.baton.message.Msg;
import jakarta.ws.rs.core.Response;

/**
 * Optional JSON request bodies: a request may send none (and no content type), or a JSON object.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body read as {@code type}, or {@code empty} when there is none.
     *
     * @throws ApiException 400 when it is not JSON of that shape
     */
    static <T> T read(String body, Class<T> type, T empty) {
        if (body == null || body.isBlank()) {
            return empty;
        }
        try {
            T value = Json.MAPPER.readValue(body, type);
            return value == null ? empty : value;
        } catch (JsonProcessingException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_REQUEST_BODY, e.getOriginalMessage());
        }
    }
}
