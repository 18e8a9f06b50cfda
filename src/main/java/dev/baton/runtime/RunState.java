package dev.baton.runtime;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import java.util.EnumSet;
import java.util.Optional;

/**
 * An execution as a user should see it: its batch status, and whether it is really running.
 * The job repository says STARTED for ever when the process running it died; such an execution
 * is CRASHED: no live process owns it.
 *
 * @param execution the execution as the repository holds it
 * @param owner     its recorded owner, if any
 * @param crashed   whether it claims to run but nobody runs it
 */
public record RunState(JobExecution execution, Optional<Ownership.Owner> owner, boolean crashed) {

    static final EnumSet<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    /**
     * The state of an execution given its recorded owner. Baton's Java SE runtime records the owner
     * of every execution it creates before the execution exists ({@link OwningRepository}); an
     * execution with no owner was created by another batch runtime sharing the repository (an
     * application server), which keeps its own executions: its batch status stands.
     */
    static RunState of(JobExecution execution, Optional<Ownership.Owner> owner) {
        boolean crashed = RUNNING.contains(execution.getBatchStatus()) && owner.map(o -> !o.isAlive()).orElse(false);
        return new RunState(execution, owner, crashed);
    }

    /** Whether a live process runs it now. */
    public boolean isRunning() {
        return RUNNING.contains(execution.getBatchStatus()) && !crashed;
    }

    /** The status to show: the batch status, or CRASHED. */
    public String status() {
        return crashed ? "CRASHED" : execution.getBatchStatus().name();
    }
}
