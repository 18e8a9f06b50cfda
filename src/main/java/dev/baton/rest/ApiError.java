package dev.baton.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of every error response: never a stack trace.
 *
 * @param status   the HTTP status
 * @param code     a stable code: Baton's message code ({@code BATON-…}) or the HTTP reason
 * @param message  what went wrong, for people
 * @param problems the positioned problems of an invalid pipeline, when that is the error
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String code, String message, List<ProblemView> problems) {

    public ApiError {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
