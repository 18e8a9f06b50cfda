package dev.baton.rest;

import dev.baton.message.Msg;
import dev.baton.pipeline.JobIds;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.util.List;

/**
 * {@code /pipelines}: the pipelines with their plans; validating a posted pipeline; saving one in
 * the pipelines folder; starting a run.
 */
@ApplicationScoped
@Path("pipelines")
@Produces(MediaType.APPLICATION_JSON)
public class PipelinesResource {

    @Inject PipelineCatalog catalog;
    @Inject Runs runs;

    /** Every pipeline, with its plan (or its problems). */
    @GET
    public List<PipelineView> list() {
        return catalog.all();
    }

    /** One pipeline. */
    @GET
    @Path("{name}")
    public PipelineView get(@PathParam("name") String name) {
        return catalog.view(catalog.find(name));
    }

    /** Validates a pipeline's YAML text: every problem with its line and column, or the plan. */
    @POST
    @Path("validate")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", MediaType.TEXT_PLAIN})
    public Validation validate(String yaml, @QueryParam("name") @DefaultValue("pipeline") String name,
                               @QueryParam("parallel") @DefaultValue("false") boolean parallel) {
        LoadResult result = catalog.load(yaml, name + ".yaml", JobIds.from(name));
        if (result instanceof LoadResult.Invalid invalid) {
            return new Validation(false, invalid.problems().stream().map(ProblemView::of).toList(), null);
        }
        Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
        PlanOptions options = new PlanOptions(parallel ? Mode.PARALLEL : Mode.SEQUENTIAL, PlanOptions.DEFAULT_MAX_WORKERS);
        return new Validation(true, List.of(), PipelineCatalog.view(pipeline, options));
    }

    /** Saves a valid pipeline in the pipelines folder under its name: 201 when new, 200 when it replaced one. */
    @PUT
    @Path("{name}")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", MediaType.TEXT_PLAIN})
    public Response save(@PathParam("name") String name, String yaml, @Context UriInfo uri) throws IOException {
        if (!JobIds.isValid(name)) {
            throw new ApiException(Response.Status.BAD_REQUEST, Msg.BAD_PIPELINE_NAME, name);
        }
        if (catalog.bundledNames().contains(name)) {
            throw new ApiException(Response.Status.CONFLICT, Msg.PIPELINE_IS_BUNDLED, name);
        }
        LoadResult result = catalog.load(yaml, name + ".yaml", name);
        if (result instanceof LoadResult.Invalid invalid) {
            throw Runs.invalid(invalid.problems());
        }
        Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
        if (!pipeline.name().equals(name)) {
            throw new ApiException(ApiException.UNPROCESSABLE, Msg.PIPELINE_NAME_MISMATCH.code(),
                    Msg.PIPELINE_NAME_MISMATCH.format(pipeline.name(), name), List.of());
        }
        boolean replaced = catalog.save(name, yaml);
        PipelineView view = catalog.view(catalog.find(name));
        return (replaced ? Response.ok(view) : Response.created(uri.getAbsolutePath()).entity(view)).build();
    }

    /** Starts a run: 201 with the new execution, its URL in {@code Location}. The body ({@link StartRequest}) may be left out. */
    @POST
    @Path("{name}/executions")
    public Response start(@PathParam("name") String name, String body, @Context UriInfo uri) throws IOException {
        long executionId = runs.start(name, RequestBodies.read(body, StartRequest.class, StartRequest.EMPTY));
        return Response.created(uri.getBaseUriBuilder().path("executions").path(Long.toString(executionId)).build())
                .entity(runs.summary(executionId)).build();
    }
}
