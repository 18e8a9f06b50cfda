package dev.baton.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Streams the events of an execution to Server-Sent Events clients: every event of that execution
 * already in the run's {@code events.jsonl}, then each one as it is written (the file is polled, so
 * a run of another process sharing {@code BATON_HOME} streams too). Each event is an unnamed SSE
 * event whose data is the event's JSON line and whose id is its line number (a client that
 * reconnects with {@code Last-Event-ID} gets only the lines after it); when the execution
 * has ended, a last event named {@code end} carries {@code {"executionId", "status"}} and the
 * stream closes. A comment every 15 s keeps idle connections open and finds clients that left.
 */
@ApplicationScoped
public class EventStreams {

    static final long POLL_MS = 50;
    /** Polls without a new event between two questions to the repository whether the execution still runs (a second). */
    static final int POLLS_PER_RUNNING_CHECK = (int) (1000 / POLL_MS);
    static final long KEEP_ALIVE_MS = 15_000;
    private static final Logger LOG = Logger.getLogger(EventStreams.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "baton-sse-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /**
     * Follows an execution's events into a sink until the execution ends or the client leaves.
     *
     * @param after    the id of the last event the client has (its {@code Last-Event-ID}), 0 for all
     * @param running  whether the execution still runs (asked when no new event came)
     * @param status   the execution's status, for the end event
     */
    public void follow(long executionId, Path events, long after, SseEventSink sink, Sse sse, BooleanSupplier running,
                       java.util.function.Supplier<String> status) {
        Follower follower = new Follower(executionId, new EventTail(events), after, sink, sse, running, status);
        follower.future = timer.scheduleWithFixedDelay(follower, 0, POLL_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        timer.shutdownNow();
    }

    private static final class Follower implements Runnable {
        private final long executionId;
        private final EventTail tail;
        private final long after;
        private final SseEventSink sink;
        private final Sse sse;
        private final BooleanSupplier running;
        private final java.util.function.Supplier<String> status;
        private volatile ScheduledFuture<?> future;
        private long lastSent = System.currentTimeMillis();
        private int idle;

        Follower(long executionId, EventTail tail, long after, SseEventSink sink, Sse sse, BooleanSupplier running,
                 java.util.function.Supplier<String> status) {
            this.executionId = executionId;
            this.tail = tail;
            this.after = after;
            this.sink = sink;
            this.sse = sse;
            this.running = running;
            this.status = status;
        }

        @Override
        public void run() {
            try {
                if (sink.isClosed()) {
                    finish();
                    return;
                }
                boolean sent = false;
                for (EventTail.Line line : tail.next()) {
                    JsonNode event = Json.tree(line.text());
                    if (event.path("executionId").asLong() != executionId) {
                        continue;
                    }
                    if (line.number() > after) { // else the client has it (it reconnected with Last-Event-ID)
                        send(sse.newEventBuilder().id(Long.toString(line.number())).mediaType(MediaType.TEXT_PLAIN_TYPE)
                                .data(String.class, line.text()).build());
                        sent = true;
                    }
                    if ("run.ended".equals(event.path("type").asText())) {
                        end();
                        return;
                    }
                }
                if (sent) {
                    idle = 0;
                } else if (++idle % POLLS_PER_RUNNING_CHECK == 0 && !running.getAsBoolean()) {
                    // ended without a run.ended line (a crash, or a run that never started a stage): say so and close
                    for (EventTail.Line line : tail.next()) {
                        if (line.number() > after && Json.tree(line.text()).path("executionId").asLong() == executionId) {
                            send(sse.newEventBuilder().id(Long.toString(line.number())).mediaType(MediaType.TEXT_PLAIN_TYPE)
                                    .data(String.class, line.text()).build());
                        }
                    }
                    end();
                    return;
                }
                if (System.currentTimeMillis() - lastSent > KEEP_ALIVE_MS) {
                    send(sse.newEventBuilder().comment("keep-alive").build());
                }
            } catch (Exception | LinkageError e) {
                LOG.log(Level.FINE, "event stream of execution " + executionId + " closed", e);
                finish();
            }
        }

        private void send(OutboundSseEvent event) {
            sink.send(event).toCompletableFuture().join();
            lastSent = System.currentTimeMillis();
        }

        private void end() {
            String json = Json.write(Map.of("executionId", executionId, "status", status.get()));
            send(sse.newEventBuilder().name("end").mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, json).build());
            finish();
        }

        private void finish() {
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // the client is gone already
            }
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
