package dev.baton.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * {@code /executions/{id}/events}: the execution's events as Server-Sent Events, for live views (see
 * {@link EventStreams}). A client that reconnects with {@code Last-Event-ID} gets only the events after that one.
 */
@ApplicationScoped
@Path("executions/{id}/events")
public class EventsResource {

    @Inject Runs runs;
    @Inject EventStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long id, @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) @DefaultValue("0") long lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        java.nio.file.Path file = runs.eventsFile(id);
        streams.follow(id, file, lastEventId, sink, sse, () -> runs.isRunning(id), () -> runs.summary(id).status());
    }
}
