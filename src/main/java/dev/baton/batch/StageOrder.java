package dev.baton.batch;

import dev.baton.jobxml.JobDefinition;
import dev.baton.jobxml.JobProperties;
import dev.baton.message.Msg;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * When the stages of one execution may run. A stage runs once each of its direct dependencies has
 * ended with a final result (in this execution or an earlier one), and while it holds one of the
 * {@code --max-workers} permits; permits go to waiting stages in plan order, and the stages of a
 * wave queue for them in file order, so that a wave runs as a list schedule in file order and an
 * eager plan starts every stage as soon as its own dependencies have ended. The job XML's splits
 * and flows say what may run side by side; this says when.
 */
public final class StageOrder {

    /**
     * Whether every flow of a split gets a thread of its own at once (Baton's Java SE runtime, whose
     * batch pool is unbounded). Only then does a stage wait for the stage before it in its wave to
     * queue for a permit first (file order): on an application server's bounded pool, a flow waiting
     * for a flow that has no thread yet would hold a thread that flow needs, and the wave would stop.
     * There the permits still go in plan order to the stages that wait, in whatever order they came.
     */
    private static volatile boolean threadPerFlow;

    /** Says that this process's batch runtime gives every flow a thread at once (set by Baton's Java SE runtime). */
    public static void threadPerFlow() {
        threadPerFlow = true;
    }

    private final JobDefinition definition;
    private final Workers workers;
    /** Each stage's position in plan order. */
    private final Map<String, Integer> position = new HashMap<>();
    /** In a parallel plan by waves, each stage to the stage before it in its wave, which queues for a permit first. */
    private final Map<String, String> queuesAfter = new HashMap<>();
    /** A stage's end: ok when it ended with a final result. */
    private final StageSignals ended = new StageSignals();
    /** A stage's place in the queue for permits: taken (or given up). */
    private final StageSignals queued = new StageSignals();
    /** Whether stages of other flows may start on an end known in memory only (the eager schedule's chains). */
    private final boolean acrossFlows;
    private final long executionId;
    private final Set<String> doneEarlier;

    /**
     * @param definition    the job's stages, waves and dependencies
     * @param jobProperties the job's properties (mode, schedule, max workers)
     * @param doneEarlier   the stages that ended with a final result in an earlier execution of the run
     * @param executionId   the execution
     */
    StageOrder(JobDefinition definition, Properties jobProperties, Set<String> doneEarlier, long executionId) {
        this.definition = definition;
        this.executionId = executionId;
        this.doneEarlier = Set.copyOf(doneEarlier);
        // waves and sequences start a step only after the runtime has recorded the steps before it; eager chains do not
        this.acrossFlows = "parallel".equals(jobProperties.getProperty(JobProperties.MODE))
                && "eager".equals(jobProperties.getProperty(JobProperties.SCHEDULE));
        this.workers = new Workers(Integer.parseInt(jobProperties.getProperty(JobProperties.MAX_WORKERS, "1000000")));
        boolean waves = "parallel".equals(jobProperties.getProperty(JobProperties.MODE))
                && jobProperties.getProperty(JobProperties.SCHEDULE, "waves").equals("waves");
        String previous = null;
        for (String stage : definition.stages()) {
            position.put(stage, position.size());
            if (waves && previous != null && definition.waves().get(previous).equals(definition.waves().get(stage))) {
                queuesAfter.put(stage, previous);
            }
            previous = stage;
        }
        doneEarlier.forEach(stage -> {
            ended.give(stage, true);
            queued.give(stage, true);
        });
    }

    /**
     * Waits until the stage may run and takes a permit, given back on close, when the stage's end is
     * also made known to the stages that wait for it.
     *
     * @param stopping   whether the execution is stopping: then nothing more is awaited
     * @param endedFinal whether a stage of this execution ended with a final result, asked when the permit is closed
     * @throws StageFailedException when a dependency ended in this execution without a final result
     *                              (it failed, or did not run): this stage does not run either
     */
    RunScope.Permit permit(String stage, BooleanSupplier stopping, Predicate<String> endedFinal)
            throws InterruptedException, StageFailedException {
        try {
            String failed = ended.await(definition.graph().direct(stage), stopping);
            if (failed != null) {
                throw new StageFailedException(Msg.UPSTREAM_NOT_COMPLETED.format(stage, failed));
            }
            if (acrossFlows) {
                awaitRecordedEnds(definition.graph().direct(stage), stopping);
            }
            String before = queuesAfter.get(stage);
            if (before != null && threadPerFlow) {
                queued.await(List.of(before), stopping);
            }
            workers.acquire(position.get(stage), () -> queued.give(stage, true));
        } catch (InterruptedException | StageFailedException | RuntimeException e) {
            queued.give(stage, true);
            ended.give(stage, false);
            throw e;
        }
        return () -> {
            workers.release();
            ended.give(stage, endedFinal.test(stage));
        };
    }

    /**
     * Waits until the repository has recorded the end of each dependency that ran in this execution
     * ({@link StepRecords}), so that a crash can never leave this stage's result recorded and its
     * dependency's not.
     */
    private void awaitRecordedEnds(List<String> dependencies, BooleanSupplier stopping) throws InterruptedException {
        StepRecords records = StepRecords.current();
        for (String dependency : dependencies) {
            if (!doneEarlier.contains(dependency)) {
                records.awaitEnd(executionId, definition.steps().get(dependency), stopping);
            }
        }
    }
}
