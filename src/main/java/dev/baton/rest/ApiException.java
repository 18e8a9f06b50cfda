package dev.baton.rest;

import dev.baton.message.Msg;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** A request the API refuses, with its HTTP status and the error body to send. */
public class ApiException extends RuntimeException {

    /** 422: the request is well-formed, but what it describes cannot run (an invalid pipeline, memory that does not fit). */
    public static final int UNPROCESSABLE = 422;

    private final transient ApiError error;

    public ApiException(Response.Status status, Msg message, Object... args) {
        this(status.getStatusCode(), message.code(), message.format(args), List.of());
    }

    /**
     * @param status   the HTTP status
     * @param code     the message's stable code
     * @param message  the message, already formatted
     * @param problems the positioned problems of a pipeline, if any
     */
    public ApiException(int status, String code, String message, List<ProblemView> problems) {
        super(message, null, false, false);
        this.error = new ApiError(status, code, message, problems);
    }

    public ApiError error() {
        return error;
    }
}
