package dev.baton.runtime;

import dev.baton.message.Msg;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;

import java.util.Optional;
import java.util.Properties;

/**
 * {@link RunControl} on a job operator alone, for a container (WildFly), which owns the executions
 * it runs: an execution is running when its batch status says so.
 */
public final class StandardRunControl implements RunControl {

    private final JobOperator operator;

    public StandardRunControl(JobOperator operator) {
        this.operator = operator;
    }

    @Override
    public RunState state(long executionId) {
        return state(RunControl.existing(operator, executionId));
    }

    @Override
    public RunState state(JobExecution execution) {
        return new RunState(execution, Optional.empty(), false);
    }

    @Override
    public long restart(long executionId, Properties parameters) {
        RunState state = state(executionId);
        if (state.isRunning()) {
            throw new OperationException(Msg.RUN_IS_RUNNING.format(executionId, state.status()), 1);
        }
        try {
            return operator.restart(executionId, parameters);
        } catch (RuntimeException e) {
            throw new OperationException(Msg.CANNOT_RESTART.format(executionId, SeRunControl.rootMessage(e)), 1);
        }
    }

    @Override
    public RunState stop(long executionId, long waitMillis) throws InterruptedException {
        RunState state = state(executionId);
        if (!state.isRunning()) {
            throw new OperationException(Msg.RUN_NOT_RUNNING.format(executionId, state.status()), 1);
        }
        try {
            operator.stop(executionId);
        } catch (JobExecutionNotRunningException endedMeanwhile) {
            return state(executionId);
        }
        return awaitEnd(executionId, waitMillis);
    }

    @Override
    public RunState abandon(long executionId) {
        RunState state = state(executionId);
        if (state.isRunning()) {
            throw new OperationException(Msg.RUN_IS_RUNNING.format(executionId, state.status()), 1);
        }
        try {
            operator.abandon(executionId);
        } catch (RuntimeException e) {
            throw new OperationException(Msg.CANNOT_ABANDON.format(executionId, SeRunControl.rootMessage(e)), 1);
        }
        return state(executionId);
    }
}
