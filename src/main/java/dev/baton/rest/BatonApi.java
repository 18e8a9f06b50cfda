package dev.baton.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * Baton's REST API, the same in WildFly (the WAR's {@code /baton/api}) and in {@code baton serve}
 * (which mounts it at the same path): its resources and providers, listed here rather than
 * scanned, so that both servers run exactly these.
 */
@ApplicationPath("/api")
public class BatonApi extends Application {

    /** Where the API is mounted under its web context. */
    public static final String PATH = "/api";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PipelinesResource.class, CallerResource.class, ExecutionsResource.class, EventsResource.class, JsonBodies.class,
                ErrorMappers.Api.class, ErrorMappers.Refused.class, ErrorMappers.Operation.class, ErrorMappers.Batch.class,
                ErrorMappers.Web.class, ErrorMappers.Unexpected.class, CrossSiteFilter.class, SecurityHeaders.class);
    }
}
