package dev.baton.rest;

import dev.baton.runtime.RunRefusedException;
import dev.baton.message.Msg;
import dev.baton.runtime.OperationException;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error becomes an {@link ApiError} body with its status: refused requests as they say,
 * transitions the state of a run does not allow as 409, unknown runs as 404, and anything
 * unexpected as 500 with an id that finds its stack trace in the server log (never in the body).
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response response(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** Requests the API refused. */
    public static class Api implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return response(e.error());
        }
    }

    /**
     * Runs that cannot start: 422 with every problem when the pipeline file has them; else 400 for
     * a bad request (a memory key that is not a name), 422 for what cannot run (memory that hides a
     * stage or does not fit the repository), with the problem's code.
     */
    public static class Refused implements ExceptionMapper<RunRefusedException> {
        @Override
        public Response toResponse(RunRefusedException e) {
            if (e.inFile()) {
                return response(Runs.invalid(e.problems()).error());
            }
            int status = e.reason() == RunRefusedException.Reason.BAD_REQUEST ? 400 : ApiException.UNPROCESSABLE;
            return response(new ApiError(status, e.problems().get(0).code(), e.getMessage(), List.of()));
        }
    }

    /** Run operations: 404 for an execution that does not exist, 409 for a transition its state does not allow. */
    public static class Operation implements ExceptionMapper<OperationException> {
        @Override
        public Response toResponse(OperationException e) {
            Response.Status status = e.exitCode() == 2 ? Response.Status.NOT_FOUND : Response.Status.CONFLICT;
            return response(new ApiError(status.getStatusCode(), status == Response.Status.NOT_FOUND ? "not-found" : "conflict",
                    e.getMessage(), null));
        }
    }

    /** The job operator's own refusals: 404 for what does not exist, 409 for the rest. */
    public static class Batch implements ExceptionMapper<BatchRuntimeException> {
        @Override
        public Response toResponse(BatchRuntimeException e) {
            boolean missing = e instanceof NoSuchJobExecutionException || e instanceof NoSuchJobInstanceException
                    || e instanceof NoSuchJobException;
            Response.Status status = missing ? Response.Status.NOT_FOUND : Response.Status.CONFLICT;
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return response(new ApiError(status.getStatusCode(), missing ? "not-found" : "conflict", message, null));
        }
    }

    /** The server's own refusals (no such path, method not allowed, unsupported media type…), in the same shape. */
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String reason = status.getReasonPhrase();
            String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? reason : e.getMessage();
            Response.ResponseBuilder builder = Response.fromResponse(e.getResponse()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status.getStatusCode(), reason.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), message, null));
            return builder.build();
        }
    }

    /** Anything else: a 500 whose body names an id to look for in the log. */
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "REST request failed (" + id + ")", e);
            return response(new ApiError(500, Msg.INTERNAL.code(), Msg.INTERNAL.format(id), null));
        }
    }
}
