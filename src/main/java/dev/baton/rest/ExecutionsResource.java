package dev.baton.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code /executions}: run a pipeline sent with the request; list executions (filters, paging), one execution with its stages and
 * memory, a stage's output and artifacts; stop, restart, abandon with the state rules of
 * Jakarta Batch (409 with the reason where a transition is not allowed).
 */
@ApplicationScoped
@Path("executions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionsResource {

    @Inject Runs runs;

    /** Executions newest first; filters may repeat or hold comma-separated values. */
    @GET
    public Page<ExecutionSummary> list(@QueryParam("status") List<String> status, @QueryParam("pipeline") List<String> pipeline,
                                       @QueryParam("since") String since, @QueryParam("until") String until,
                                       @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return runs.list(ExecutionFilter.of(status, pipeline, since, until, offset, limit));
    }

    /**
     * Runs a pipeline sent with the request ({@link PostedRun}: its YAML and the start options), as
     * {@code baton run --server} does: 201 with the new execution, its URL in {@code Location}; 422
     * with every problem (named after {@code source}) when the pipeline cannot run.
     */
    @POST
    public Response start(String body, @Context UriInfo uri) throws IOException {
        long executionId = runs.start(RequestBodies.read(body, PostedRun.class, PostedRun.EMPTY));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(executionId)).build())
                .entity(runs.summary(executionId)).build();
    }

    /** One execution with its stages and memory. */
    @GET
    @Path("{id}")
    public ExecutionView get(@PathParam("id") long id) {
        return runs.view(id);
    }

    /** A stage's output and the list of its artifacts. */
    @GET
    @Path("{id}/stages/{stage}")
    public StageOutput stage(@PathParam("id") long id, @PathParam("stage") String stage) {
        return runs.output(id, stage);
    }

    /** An artifact's bytes. */
    @GET
    @Path("{id}/stages/{stage}/artifacts/{path: .+}")
    @Produces(MediaType.WILDCARD)
    public Response artifact(@PathParam("id") long id, @PathParam("stage") String stage, @PathParam("path") String path) throws IOException {
        java.nio.file.Path file = runs.artifact(id, stage, path);
        String type = URLConnection.guessContentTypeFromName(file.getFileName().toString());
        if (type == null) {
            type = file.getFileName().toString().endsWith(".md") ? "text/markdown" : MediaType.APPLICATION_OCTET_STREAM;
        }
        String name = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(Files.readAllBytes(file), type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** Restarts a failed or stopped run: 201 with the new execution. The body ({@link RestartRequest}) may be left out. */
    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id, String body, @Context UriInfo uri) {
        long next = runs.restart(id, RequestBodies.read(body, RestartRequest.class, new RestartRequest(null)));
        return Response.created(uri.getBaseUriBuilder().path("executions").path(Long.toString(next)).build())
                .entity(runs.summary(next)).build();
    }

    /** Stops a running run, waiting up to 10 s for it to end; answers with its state then. */
    @POST
    @Path("{id}/stop")
    public ExecutionSummary stop(@PathParam("id") long id) throws InterruptedException {
        return runs.stop(id);
    }

    /** Abandons a run that is not running: it can never be restarted. */
    @POST
    @Path("{id}/abandon")
    public ExecutionSummary abandon(@PathParam("id") long id) {
        return runs.abandon(id);
    }
}
