package dev.baton.runtime;

import dev.baton.message.Msg;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.spi.PropertyKey;

import java.util.Optional;
import java.util.Properties;

/**
 * The operations on runs that every front end offers in Java SE (the command line, {@code baton serve}):
 * state, list, restart, stop, abandon, all aware of runs whose process died.
 */
public final class SeRunControl implements RunControl {

    private final SeBatchEnvironment environment;
    private final JobOperator operator;
    /** The rules every runtime shares, for what needs no knowledge of owners. */
    private final StandardRunControl standard;

    public SeRunControl(SeBatchEnvironment environment, JobOperator operator) {
        this.environment = environment;
        this.operator = operator;
        this.standard = new StandardRunControl(operator);
    }

    /**
     * The state of an execution.
     *
     * @throws OperationException if there is no such execution
     */
    @Override
    public RunState state(long executionId) {
        return state(RunControl.existing(operator, executionId));
    }

    /**
     * {@inheritDoc}
     *
     * <p>An execution read as running whose owner is then found dead is read once more: its owner
     * may have recorded the end and exited between the two reads, and what a dead process wrote is
     * all in the repository by now. Only what it did not record makes a run CRASHED.
     */
    @Override
    public RunState state(JobExecution execution) {
        Optional<Ownership.Owner> owner = ownerOf(execution);
        RunState state = RunState.of(execution, owner);
        return state.crashed() ? RunState.of(RunControl.existing(operator, execution.getExecutionId()), owner) : state;
    }

    /**
     * Restarts a failed, stopped or crashed execution; completed stages are not run again.
     *
     * @param parameters restart parameters; JSR-352 merge rules apply: they override the original
     *                   execution's parameters of the same name, the others are kept
     * @return the new execution's id
     * @throws OperationException if the execution is still running in a live process, or cannot be restarted
     */
    @Override
    public long restart(long executionId, Properties parameters) {
        RunState state = state(executionId);
        Properties p = new Properties();
        p.putAll(parameters);
        if (state.isRunning()) {
            String where = state.owner().map(o -> " by " + o.process()).orElse("");
            throw new OperationException("execution " + executionId + " is still running" + where
                    + "; stop it first (baton stop " + executionId + ")", 1);
        }
        if (state.crashed()) {
            // the row to take over is the execution's own (a dead creator's pending claim is not one)
            Optional<Ownership.Owner> dead = environment.ownership().owner(executionId);
            if (!environment.ownership().takeOver(executionId, dead.orElse(null))) {
                throw new OperationException("execution " + executionId + " is being restarted by another process", 1);
            }
            // what the dead runner's stages still run would write beside their reruns
            environment.leftovers().endLeftovers(executionId, dead.map(Ownership.Owner::process));
            p.setProperty(PropertyKey.RESTART_MODE, PropertyKey.RESTART_MODE_FORCE);
        }
        try {
            return operator.restart(executionId, p);
        } catch (RuntimeException e) {
            throw new OperationException(Msg.CANNOT_RESTART.format(executionId, rootMessage(e)), 1);
        }
    }

    /**
     * Stops a running execution, wherever it runs: in this process directly, in another live
     * process by asking it through the repository (and waiting up to {@code waitMillis} for it to
     * end); a crashed execution is marked STOPPED, so that it can be restarted or abandoned.
     *
     * @return the execution's state afterwards
     */
    @Override
    public RunState stop(long executionId, long waitMillis) throws InterruptedException {
        RunState state = state(executionId);
        if (state.crashed()) {
            markStopped(executionId);
            return state(executionId);
        }
        if (!state.isRunning()) {
            throw new OperationException(Msg.RUN_NOT_RUNNING.format(executionId, state.status()), 1);
        }
        if (environment.ownership().ownsHere(executionId)) {
            operator.stop(executionId);
        } else {
            environment.ownership().requestStop(executionId);
        }
        return awaitEnd(executionId, waitMillis);
    }

    /** Abandons an execution that is not running (a crashed one is marked STOPPED first): it can never be restarted. */
    @Override
    public RunState abandon(long executionId) {
        if (state(executionId).crashed()) {
            markStopped(executionId);
        }
        // not crashed: running exactly when its batch status says so, the standard rule
        standard.abandon(executionId);
        return state(executionId);
    }

    /** The execution's owner, or the process that was creating it (the instance is in memory with the execution). */
    private Optional<Ownership.Owner> ownerOf(JobExecution execution) {
        return environment.ownership().owner(execution.getExecutionId(), instanceId(execution));
    }

    private long instanceId(JobExecution execution) {
        return execution instanceof JobExecutionImpl jberet ? jberet.getJobInstance().getInstanceId()
                : operator.getJobInstance(execution.getExecutionId()).getInstanceId();
    }

    /** Marks a crashed execution STOPPED, after ending what its dead runner's stages left running (on this host). */
    private void markStopped(long executionId) {
        environment.leftovers().endLeftovers(executionId, environment.ownership().owner(executionId).map(Ownership.Owner::process));
        JobRepository repository = environment.getJobRepository();
        JobExecutionImpl execution = (JobExecutionImpl) repository.getJobExecution(executionId);
        if (execution == null) {
            execution = (JobExecutionImpl) operator.getJobExecution(executionId);
        }
        execution.setBatchStatus(BatchStatus.STOPPED);
        execution.setExitStatus("CRASHED");
        repository.updateJobExecution(execution, true, false);
    }

    /** The message of the innermost cause, for users. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName());
    }
}
