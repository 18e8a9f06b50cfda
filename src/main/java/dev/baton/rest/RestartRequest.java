package dev.baton.rest;

import java.util.Map;

/**
 * The body of a restart request; may be left out.
 *
 * @param memory memory for the restart: it overrides the original run's entries of the same name,
 *               the others are kept (the JSR-352 restart rules)
 */
public record RestartRequest(Map<String, Object> memory) {

    public RestartRequest {
        memory = memory == null ? Map.of() : memory;
    }
}
