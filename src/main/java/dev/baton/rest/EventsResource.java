package dev.baton.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** {@code /executions/{id}/events}: the execution's events as Server-Sent Events, for live views (see {@link EventStreams}). */
@ApplicationScoped
@Path("executions/{id}/events")
public class EventsResource {

    @Inject Runs runs;
    @Inject EventStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        java.nio.file.Path file = runs.eventsFile(id);
        streams.follow(id, file, sink, sse, () -> runs.isRunning(id), () -> runs.summary(id).status());
    }
}
