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

    private static final Map<Long, Date> STARTS = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Date> eldest) {
            return size() > KEPT;
        }
    });

    private ExecutionStarts() {
    }

    /** The job execution {@code executionId} began at {@code start} (null: not known, nothing kept). */
    static void began(long executionId, Date start) {
        if (start != null) {
            STARTS.putIfAbsent(executionId, new Date(start.getTime()));
        }
    }

    /** When {@code execution} started: as kept when it began here, else as the batch runtime says; null if it has not. */
    public static Date of(JobExecution execution) {
        Date kept = STARTS.get(execution.getExecutionId());
        return kept != null ? new Date(kept.getTime()) : execution.getStartTime();
    }
}
