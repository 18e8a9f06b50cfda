package dev.baton.rest;

import java.util.Map;

/**
 * The body of a request to start a run; every field may be left out.
 *
 * @param memory     initial memory (JSON values), over the pipeline's own {@code memory:}
 * @param parallel   run waves in parallel (directory pipelines; a bundled pipeline keeps its translation's mode)
 * @param maxWorkers the most stages at once in parallel mode
 * @param failFast   stop the whole run at the first final rejection or failure
 */
public record StartRequest(Map<String, Object> memory, Boolean parallel, Integer maxWorkers, Boolean failFast) {

    /** The request with no fields. */
    static final StartRequest EMPTY = new StartRequest(null, null, null, null);

    public StartRequest {
        memory = memory == null ? Map.of() : memory;
    }
}
