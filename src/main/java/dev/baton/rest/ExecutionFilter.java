package dev.baton.rest;

import dev.baton.message.Msg;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which executions a list shows, and which page of them.
 *
 * @param statuses  statuses to keep (COMPLETED, FAILED, STARTED, STOPPED, ABANDONED, CRASHED…); empty for all
 * @param pipelines pipeline or job names to keep; empty for all
 * @param since     keep executions started (or created) at or after it, or null
 * @param until     keep executions started (or created) before it, or null
 * @param offset    how many matching executions to skip, newest first
 * @param limit     the most to return
 */
public record ExecutionFilter(Set<String> statuses, Set<String> pipelines, Instant since, Instant until, int offset, int limit) {

    /** The most executions one page holds. */
    public static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 20;

    /**
     * The filter of a request's query parameters; repeated and comma-separated values both work.
     *
     * @throws ApiException 400 for a value that cannot be read
     */
    static ExecutionFilter of(List<String> status, List<String> pipeline, String since, String until, Integer offset, Integer limit) {
        int off = offset == null ? 0 : offset;
        int lim = limit == null ? DEFAULT_LIMIT : limit;
        if (off < 0) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, "offset", "must be 0 or more");
        }
        if (lim < 1 || lim > MAX_LIMIT) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, "limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new ExecutionFilter(split(status).stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                split(pipeline), instant("since", since), instant("until", until), off, lim);
    }

    /** Whether an execution of this pipeline and job, in this state, at this time, is kept. */
    boolean keeps(String pipeline, String jobName, String status, Instant at) {
        if (!statuses.isEmpty() && !statuses.contains(status)) {
            return false;
        }
        if (!pipelines.isEmpty() && !pipelines.contains(pipeline) && !pipelines.contains(jobName)) {
            return false;
        }
        if (since != null && (at == null || at.isBefore(since))) {
            return false;
        }
        return until == null || at != null && at.isBefore(until);
    }

    private static Set<String> split(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PARAMETER, name, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
