package dev.baton.rest;

import dev.baton.message.Msg;
import dev.baton.pipeline.JobIds;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * The body of a request to run a pipeline sent with it, not kept on the server ({@code POST executions}):
 * the pipeline's YAML, the name its problems give it, and the fields of a {@link StartRequest}.
 *
 * @param pipeline the pipeline's YAML text (required)
 * @param source   what its problems call it, as {@code source:line:column} (the client's file name); {@code pipeline.yaml} when left out
 */
public record PostedRun(String pipeline, String source, Map<String, Object> memory, Boolean parallel, Integer maxWorkers,
                        String schedule, Boolean failFast, Boolean noCache) {

    /** The longest source name taken. */
    static final int MAX_SOURCE = 255;

    /** The request with no fields; refused, since it has no pipeline. */
    static final PostedRun EMPTY = new PostedRun(null, null, null, null, null, null, null, null);

    /** The start options of this request. */
    StartRequest start() {
        return new StartRequest(memory, parallel, maxWorkers, schedule, failFast, noCache);
    }

    /**
     * The YAML text.
     *
     * @throws ApiException 400 when there is none
     */
    String yaml() {
        if (pipeline == null || pipeline.isBlank()) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, "pipeline", "the pipeline's YAML text is required");
        }
        return pipeline;
    }

    /**
     * The name problems give the pipeline: {@code source} as sent (a label only, never opened on the server).
     *
     * @throws ApiException 400 for a name longer than {@value #MAX_SOURCE} characters or with control characters
     *                      (which could forge lines of a log or a terminal)
     */
    String sourceName() {
        if (source == null || source.isBlank()) {
            return "pipeline.yaml";
        }
        if (source.length() > MAX_SOURCE || source.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, "source",
                    "must be a file name of at most " + MAX_SOURCE + " characters, without control characters");
        }
        return source;
    }

    /** The pipeline's name when its YAML does not give one: the source's file name without its extension, as the command line names a file's pipeline. */
    String defaultName() {
        String name = sourceName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return JobIds.from(name.replaceFirst("\\.[^.]*$", ""));
    }
}
