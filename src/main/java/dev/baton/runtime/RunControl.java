package dev.baton.runtime;

import dev.baton.batch.JobOperators;
import dev.baton.message.Msg;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import org.jberet.operations.AbstractJobOperator;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobOperatorContext;

import java.util.Properties;

/**
 * What a front end may do to a run, with the state rules of Jakarta Batch: see where it stands,
 * restart it (FAILED or STOPPED, and the latest execution of its instance), stop it (while it runs),
 * abandon it (while it does not run). A transition the state does not allow, or an execution that
 * does not exist, is an {@link OperationException} whose message says why.
 *
 * <p>Two implementations: in Baton's Java SE runtime, {@link SeRunControl}, which also knows runs
 * whose process died (CRASHED) and runs owned by other processes; in a container, {@link StandardRunControl}
 * on the job operator alone, since the container owns its executions.
 */
public interface RunControl {

    /**
     * The state of an execution.
     *
     * @throws OperationException if there is no such execution
     */
    RunState state(long executionId);

    /** The state of an execution already read from the repository. */
    RunState state(JobExecution execution);

    /**
     * Restarts an execution that failed or was stopped; completed stages are not run again.
     *
     * @param parameters restart parameters, which override the original ones of the same name
     * @return the new execution's id
     * @throws OperationException if there is no such execution, or its state does not allow a restart
     */
    long restart(long executionId, Properties parameters);

    /**
     * Stops a running execution and waits up to {@code waitMillis} for it to end.
     *
     * @return its state afterwards (STOPPING when it has not ended yet)
     * @throws OperationException if there is no such execution, or it is not running
     */
    RunState stop(long executionId, long waitMillis) throws InterruptedException;

    /**
     * Abandons an execution that is not running: it can never be restarted.
     *
     * @throws OperationException if there is no such execution, or it is running
     */
    RunState abandon(long executionId);

    /**
     * Waits up to {@code waitMillis} for an execution to stop running.
     *
     * @return its state then
     */
    default RunState awaitEnd(long executionId, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < deadline) {
            RunState now = state(executionId);
            if (!now.isRunning()) {
                return now;
            }
            Thread.sleep(100);
        }
        return state(executionId);
    }

    /**
     * An execution as the operator knows it.
     *
     * @throws OperationException (exit code 2) if there is no such execution
     */
    static JobExecution existing(JobOperator operator, long executionId) {
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            execution = null;
        }
        if (execution == null) {
            throw new OperationException(Msg.JOB_NOT_FOUND.format(executionId), 2);
        }
        return execution;
    }

    /** The run control of this process: Baton's Java SE operations when its SE runtime runs here, else the standard one. */
    static RunControl forThisProcess() {
        if (JobOperatorContext.getJobOperatorContext().getJobOperator() instanceof AbstractJobOperator operator) {
            BatchEnvironment environment = operator.getBatchEnvironment();
            // compared by name: in a container the SE environment's classes (and its database drivers) are absent
            if (environment.getClass().getName().equals("dev.baton.runtime.SeBatchEnvironment")) {
                return new SeRunControl(SeBatchEnvironment.current(), JobOperators.operator());
            }
        }
        return new StandardRunControl(JobOperators.operator());
    }
}
