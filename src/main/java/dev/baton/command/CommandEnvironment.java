package dev.baton.command;

import dev.baton.agent.AgentRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a command gets beside the runner's environment: those of the request
 * ({@code BATON_STAGE}, {@code BATON_ATTEMPT}, {@code BATON_RUN_DIR}, {@code BATON_EXECUTION_ID},
 * {@code BATON_JOB_NAME}) and then {@code with.env}.
 */
public final class CommandEnvironment {

    private CommandEnvironment() {
    }

    /** The variables for a request's process. */
    public static Map<String, String> of(AgentRequest request, Map<String, Object> with) {
        Map<String, String> env = new LinkedHashMap<>(request.environment());
        if (with.get("env") instanceof Map<?, ?> extra) {
            extra.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return env;
    }
}
