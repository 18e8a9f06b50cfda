package dev.baton.remote;

import dev.baton.agent.Artifact;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.record.Times;
import dev.baton.stage.AgentDirectory;
import dev.baton.stage.ArtifactBudget;
import dev.baton.stage.RunFolder;
import dev.baton.stage.StageExecutor;
import dev.baton.stage.StageWork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One stage on a worker: its input files are written into a folder of its own, the stage
 * executor runs it (the same code the coordinator runs for a local stage), its events and then
 * its result with the bytes of the files it lists go back to the coordinator, and the folder is
 * removed. Cancelled, its executor is stopped (its processes are killed). It remembers when its
 * coordinator last said it was alive.
 */
final class WorkerStage {

    private static final Logger LOG = Logger.getLogger(WorkerStage.class.getName());

    /** Where the stage's messages go. */
    interface Replies {
        void send(WorkerReply reply);
    }

    private final StageRequest request;
    private final String worker;
    private final String coordinator;
    private volatile long coordinatorHeardAt = System.currentTimeMillis();
    private final Path folder;
    private final AgentDirectory directory;
    private final Replies replies;
    private volatile StageExecutor executor;
    private volatile boolean cancelled;
    private volatile boolean abandoned;

    WorkerStage(StageRequest request, String worker, String coordinator, Path folder, AgentDirectory directory, Replies replies) {
        this.request = request;
        this.worker = worker;
        this.coordinator = coordinator;
        this.folder = folder;
        this.directory = directory;
        this.replies = replies;
    }

    String name() {
        return request.stage();
    }

    /** Notes that a coordinator said it is alive, if it is this stage's. */
    void heardFrom(String someCoordinator) {
        if (coordinator.equals(someCoordinator)) {
            coordinatorHeardAt = System.currentTimeMillis();
        }
    }

    /** How long its coordinator has been silent, in ms (since the stage was taken, if never heard). */
    long coordinatorSilentFor() {
        return System.currentTimeMillis() - coordinatorHeardAt;
    }

    /** How long its coordinator may be silent before the stage is abandoned. */
    long leaseMillis() {
        return request.leaseMillis();
    }

    boolean abandoned() {
        return abandoned;
    }

    /** Runs the stage and sends its result (unless it was abandoned); never throws. */
    StageResult run() {
        String started = Times.now();
        StageWork work = null;
        StageResult result;
        try {
            work = request.work();
            Files.createDirectories(folder);
            RunFolder runFolder = new RunFolder(folder);
            for (Map.Entry<String, byte[]> input : request.inputs().entrySet()) {
                runFolder.write(new Artifact(input.getKey(), input.getValue()));
            }
            StageExecutor stage = new StageExecutor(work, directory, runFolder,
                    new ArtifactBudget(request.artifactLimit(), request.artifactsUsed()), this::event);
            executor = stage;
            if (cancelled) {
                stage.stop();
            }
            result = stage.run().withWorker(worker);
            Map<String, byte[]> files = files(runFolder, result);
            if (files == null) {
                result = Results.ended(work, StageStatus.FAILED, "stage '" + name() + "': its files take more than the "
                        + request.maxBytes() + " bytes a stage may carry back from a worker (" + BrokerSettings.ENV_MAX_BYTES + ")",
                        started, Times.now(), worker);
                files = Map.of();
            }
            if (!abandoned) {
                replies.send(new WorkerReply(WorkerReply.Type.RESULT, request.token(), worker, null, 0, null, result, files));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "stage '" + name() + "' failed on this worker", e);
            String error = "stage '" + name() + "' failed on worker " + worker + ": " + e.getMessage();
            result = work == null ? null : Results.ended(work, StageStatus.FAILED, error, started, Times.now(), worker);
            if (result != null && !abandoned) {
                replies.send(new WorkerReply(WorkerReply.Type.RESULT, request.token(), worker, null, 0, null, result, Map.of()));
            }
        } finally {
            delete(folder);
        }
        return result;
    }

    /** Stops the stage; its result (STOPPED) is still sent. */
    void cancel() {
        cancelled = true;
        StageExecutor current = executor;
        if (current != null) {
            current.stop();
        }
    }

    /** Stops the stage without a result: the worker is going away, and the coordinator will dispatch it again. */
    void abandon() {
        abandoned = true;
        cancel();
    }

    private void event(String type, int attempt, Map<String, Object> data) {
        if (!abandoned) {
            replies.send(new WorkerReply(WorkerReply.Type.EVENT, request.token(), worker, type, attempt, data, null, null));
        }
    }

    /** The bytes of the result's files, or null when they take more than a stage may carry. */
    private Map<String, byte[]> files(RunFolder runFolder, StageResult result) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        for (ArtifactRecord artifact : result.artifacts()) {
            total += artifact.bytes();
            if (total > request.maxBytes()) {
                return null;
            }
            files.put(artifact.path(), Files.readAllBytes(runFolder.existing(artifact.path())));
        }
        return files;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove " + folder, e);
        }
    }
}
