package dev.baton.remote;

import dev.baton.agent.Artifact;
import dev.baton.jobxml.StageProperties;
import dev.baton.plan.StageSpec;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.record.Times;
import dev.baton.stage.ArtifactBudget;
import dev.baton.stage.RetryBudget;
import dev.baton.stage.RunFolder;
import dev.baton.stage.StageEvents;
import dev.baton.stage.StageRunner;
import dev.baton.stage.StageWork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stage run on a worker process, from the coordinator's side: sends the stage (its spec, the
 * memory it may see, its input files) to the queue of stages and waits for its result, recording
 * the events the worker sends on the way. A worker that took the stage and then stays silent
 * longer than the lease is taken for dead: the stage is dispatched again under a new attempt
 * token, on the stage's infrastructure-retry budget, and whatever the silent worker sends later
 * is discarded. The files of the result are written into the run's folder here, within the run's
 * artifact budget, so the result becomes the checkpoint exactly as a local one does.
 */
public final class RemoteStage implements StageRunner {

    private static final long POLL_MILLIS = 100;

    private final Dispatcher dispatcher;
    private final StageWork work;
    private final Set<String> pipelineStages;
    private final Map<String, String> aliases;
    private final RunFolder folder;
    private final ArtifactBudget budget;
    private final StageEvents events;
    private volatile boolean stopped;

    /**
     * @param dispatcher     the process's dispatcher
     * @param work           the stage and what it may see
     * @param pipelineStages every stage name of the pipeline
     * @param aliases        identifier forms of those names
     * @param folder         the run's folder
     * @param budget         the run's artifact budget
     * @param events         where the stage's events go
     */
    public RemoteStage(Dispatcher dispatcher, StageWork work, Set<String> pipelineStages, Map<String, String> aliases, RunFolder folder,
                       ArtifactBudget budget, StageEvents events) {
        this.dispatcher = dispatcher;
        this.work = work;
        this.pipelineStages = pipelineStages;
        this.aliases = aliases;
        this.folder = folder;
        this.budget = budget;
        this.events = events;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public StageResult run() {
        String started = Times.now();
        RetryBudget retries = new RetryBudget(work.spec().maxAttempts(), work.spec().with());
        int dispatches = 0;
        while (true) {
            dispatches++;
            String token = UUID.randomUUID().toString();
            byte[] body;
            try {
                body = Codec.bytes(request(token));
            } catch (IOException | IllegalArgumentException e) {
                return failed(started, "stage '" + work.spec().name() + "' cannot be sent to a worker: " + e.getMessage(), null);
            }
            long max = dispatcher.settings().maxBytes();
            if (body.length > max) {
                return failed(started, "stage '" + work.spec().name() + "' cannot be sent to a worker: its memory and input files take "
                        + body.length + " bytes, more than the " + max + " a stage may carry (" + BrokerSettings.ENV_MAX_BYTES + ")", null);
            }
            Waited waited = dispatch(token, body);
            if (waited.result != null) {
                return accepted(started, waited.result, waited.files, waited.worker);
            }
            if (waited.worker == null) { // stopped before any worker took it
                return ended(started, StageStatus.STOPPED, "stage '" + work.spec().name() + "' was stopped", null);
            }
            long pause = retries.failedBackoff();
            String why = "worker " + waited.worker + " stopped answering (no heartbeat for " + seconds(dispatcher.settings().leaseMillis())
                    + " s) while it ran stage '" + work.spec().name() + "'";
            events.record("worker.lost", dispatches, Map.of("worker", waited.worker, "error", why, "retry", pause >= 0 && !stopped));
            if (stopped) {
                return ended(started, StageStatus.STOPPED, "stage '" + work.spec().name() + "' was stopped", waited.worker);
            }
            if (pause < 0) {
                return failed(started, why + "; its infrastructure retries are spent", waited.worker);
            }
            if (!pause(pause)) {
                return ended(started, StageStatus.STOPPED, "stage '" + work.spec().name() + "' was stopped", waited.worker);
            }
        }
    }

    /** What one dispatch came to: a result (with its worker and files), or the worker that went silent, or nothing (stopped). */
    private record Waited(StageResult result, Map<String, byte[]> files, String worker) {
    }

    private Waited dispatch(String token, byte[] body) {
        BlockingQueue<WorkerReply> mailbox = dispatcher.open(token);
        try {
            dispatcher.send(token, body);
            String worker = null;
            long lastHeard = 0;
            long cancelledAt = 0;
            long lease = dispatcher.settings().leaseMillis();
            while (true) {
                dispatcher.keepAlive();
                if (stopped && cancelledAt == 0) {
                    dispatcher.cancel(token);
                    cancelledAt = System.currentTimeMillis();
                }
                WorkerReply reply = mailbox.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                long now = System.currentTimeMillis();
                if (reply != null) {
                    lastHeard = now;
                    switch (reply.type()) {
                        case STARTED -> {
                            worker = reply.worker();
                            events.record("stage.worker", 0, Map.of("worker", worker));
                        }
                        case HEARTBEAT -> { }
                        case EVENT -> events.record(reply.event(), reply.attempt(), reply.data() == null ? Map.of() : reply.data());
                        case RESULT -> {
                            return new Waited(reply.result(), reply.files() == null ? Map.of() : reply.files(), reply.worker());
                        }
                    }
                    continue;
                }
                if (worker == null && cancelledAt != 0) {
                    return new Waited(null, null, null); // nobody took it; a worker that takes it later drops it
                }
                if (worker != null && now - lastHeard > lease) {
                    dispatcher.cancel(token);
                    return new Waited(null, null, worker);
                }
                if (cancelledAt != 0 && now - cancelledAt > lease) {
                    return new Waited(null, null, worker); // the worker did not confirm the stop in time
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dispatcher.cancel(token);
            return new Waited(null, null, null);
        } finally {
            dispatcher.close(token);
        }
    }

    private StageRequest request(String token) throws IOException {
        StageSpec spec = work.spec();
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        for (String input : spec.inputs()) {
            Path path = folder.resolve(input);
            if (Files.isRegularFile(path)) {
                inputs.put(input, Files.readAllBytes(folder.existing(input)));
            }
        }
        return new StageRequest(token, StageProperties.write(spec), work.run(), work.initialMemory(),
                ShippedUpstream.of(work.upstream(), pipelineStages, aliases),
                work.deadline() == null ? null : work.deadline().toString(), work.maxRuntimeSeconds(), work.secrets(),
                budget.limit(), budget.used(), inputs, dispatcher.heartbeatMillis(), dispatcher.settings().leaseMillis(),
                dispatcher.settings().maxBytes());
    }

    /** The worker's result as this run's: its files written into the run folder (whole, checked, within the budget). */
    private StageResult accepted(String started, StageResult result, Map<String, byte[]> files, String worker) {
        List<ArtifactRecord> artifacts = result.artifacts();
        long bytes = 0;
        for (ArtifactRecord artifact : artifacts) {
            byte[] content = files.get(artifact.path());
            if (content == null || !RunFolder.sha256(content).equals(artifact.sha256())) {
                return failed(started, "stage '" + work.spec().name() + "': worker " + worker + " sent '" + artifact.path()
                        + "' incomplete or altered", worker);
            }
            bytes += content.length;
        }
        String refused = artifacts.isEmpty() ? null : budget.reserve(work.spec().name(), bytes);
        if (refused != null) {
            return failed(started, refused, worker);
        }
        try {
            for (ArtifactRecord artifact : artifacts) {
                folder.write(new Artifact(artifact.path(), files.get(artifact.path())));
            }
        } catch (IOException | IllegalArgumentException e) {
            return failed(started, "stage '" + work.spec().name() + "': cannot write its artifacts: " + e.getMessage(), worker);
        }
        return result.withWorker(worker);
    }

    private StageResult failed(String started, String error, String worker) {
        return ended(started, StageStatus.FAILED, error, worker);
    }

    private StageResult ended(String started, StageStatus status, String error, String worker) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status.name());
        data.put("attempts", 0);
        data.put("error", error);
        events.record("stage." + status.name().toLowerCase(java.util.Locale.ROOT), 0, data);
        return Results.ended(work, status, error, started, Times.now(), worker);
    }

    private boolean pause(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!stopped && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, end - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopped;
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
