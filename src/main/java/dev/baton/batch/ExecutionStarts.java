package dev.baton.batch;

import jakarta.batch.runtime.JobExecution;

import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each job execution run by this process started, as the batch runtime set it when the job
 * began. JBeret sets a job execution STARTED again each time one of its flows starts, which moves
 * the start time of the execution it holds in memory to the start of its latest flow (its
 * repository row keeps the first): without this, a run of waves or of a long chain reported, in its
 * {@code report.md} and on the command line, that it started moments before it ended. The start is
 * kept when the run's job listener sees the job begin ({@link RunRecordListener}), for the last
 * {@value #KEPT} executions of the process; an execution started elsewhere is read from the
 * repository, whose row holds the first start.
 */
public final class ExecutionStarts {

    static final int KEPT = 4096;

    /** Each execution's start, by its id, with its creation time: the same id in another repository is another execution. */
    private static final Map<Long, Kept> STARTS = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > KEPT;
        }
    });

    private record Kept(long created, long started) {
    }

    private ExecutionStarts() {
    }

    /** {@code execution} began (as the batch runtime says at that moment; nothing is kept when it does not say). */
    static void began(JobExecution execution) {
        Date start = execution.getStartTime();
        Date created = execution.getCreateTime();
        if (start != null && created != null) {
            STARTS.put(execution.getExecutionId(), new Kept(created.getTime(), start.getTime()));
        }
    }

    /** When {@code execution} started: as kept when it began here, else as the batch runtime says; null if it has not. */
    public static Date of(JobExecution execution) {
        Kept kept = STARTS.get(execution.getExecutionId());
        Date created = execution.getCreateTime();
        return kept != null && created != null && kept.created() == created.getTime() ? new Date(kept.started()) : execution.getStartTime();
    }
}
