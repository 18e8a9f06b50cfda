package dev.baton.runtime;

import dev.baton.batch.StepRecords;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Step ends as this process's job repository has written them: the repository ({@link OwningRepository})
 * tells of each step execution it adds and of each update it has written, and a step's end counts as
 * recorded once an update with a final batch status returned. A waiter wakes the moment that write
 * returns, with no polling of the database. An execution's entries are dropped when its own end is written.
 */
final class RecordedStepEnds implements StepRecords {

    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED,
            BatchStatus.ABANDONED);
    /** How often a waiter looks whether it should stop waiting. */
    private static final long POLL_MILLIS = 100;

    /** Each step execution of a running job execution, to its job execution. */
    private final Map<Long, Long> jobOfStep = new ConcurrentHashMap<>();
    /** Each running job execution, to its steps' recorded ends by step name. */
    private final Map<Long, Map<String, CompletableFuture<Void>>> ends = new ConcurrentHashMap<>();

    /** The repository added a step execution to a job execution (its id is known from then on). */
    void added(JobExecution job, StepExecution step) {
        jobOfStep.put(step.getStepExecutionId(), job.getExecutionId());
    }

    /** The repository wrote an update of a step execution. */
    void updated(StepExecution step) {
        if (!ENDED.contains(step.getBatchStatus())) {
            return;
        }
        Long job = jobOfStep.remove(step.getStepExecutionId());
        if (job != null) {
            of(job, step.getStepName()).complete(null);
        }
    }

    /** The repository wrote an update of a job execution: once it is final, nothing waits on its steps any more. */
    void updated(JobExecution job) {
        if (ENDED.contains(job.getBatchStatus())) {
            ends.remove(job.getExecutionId());
        }
    }

    @Override
    public void awaitEnd(long executionId, String step, BooleanSupplier stopping) throws InterruptedException {
        CompletableFuture<Void> end = of(executionId, step);
        while (!stopping.getAsBoolean()) {
            try {
                end.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // look again whether to stop
            } catch (ExecutionException e) {
                throw new IllegalStateException("a recorded end is never completed exceptionally", e);
            }
        }
    }

    private CompletableFuture<Void> of(long executionId, String step) {
        return ends.computeIfAbsent(executionId, e -> new ConcurrentHashMap<>()).computeIfAbsent(step, s -> new CompletableFuture<>());
    }
}
