package dev.baton.batch;

import dev.baton.record.RunReport;
import dev.baton.record.StageReport;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import org.jberet.runtime.AbstractStepExecution;
import org.jberet.runtime.context.JobContextImpl;

/**
 * Why the batch runtime failed a run when no stage says why: an error it met running a step (a
 * stage's batchlet that could not be made, a {@link StackOverflowError}, a repository that went
 * away), or a failure outside any step. In one line, kept as the execution's exit status, so that
 * the terminal, the JSON report, the events and the REST API all say it.
 */
final class RuntimeFailure {

    /** How every such reason begins, which tells it from an exit status of another kind. */
    static final String PREFIX = "the batch runtime failed the run";

    /** The longest exit status a JDBC job repository keeps. */
    static final int MAX_LENGTH = 500;

    private RuntimeFailure() {
    }

    /** The reason, or null when the run did not fail or one of its stages says why. */
    static String of(JobContext job, RunReport report) {
        if (job.getBatchStatus() != BatchStatus.FAILED || report.stages().stream().anyMatch(RuntimeFailure::explains)) {
            return null;
        }
        String reason = null;
        if (job instanceof JobContextImpl jberet) {
            for (StepExecution step : jberet.getJobExecution().getStepExecutions()) {
                if (step.getBatchStatus() == BatchStatus.FAILED && step instanceof AbstractStepExecution s && s.getException() != null) {
                    reason = "step " + step.getStepName() + ": " + describe(s.getException());
                    break;
                }
            }
        }
        String line = PREFIX + (reason == null
                ? " outside any stage; its log (BATON_HOME/logs/baton.log, or the server's) says how" : ": " + reason);
        line = line.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** Whether an execution's exit status is such a reason. */
    static boolean isReason(String exitStatus) {
        return exitStatus != null && exitStatus.startsWith(PREFIX);
    }

    private static boolean explains(StageReport stage) {
        return stage.error() != null && ("FAILED".equals(stage.status()) || "REJECTED".equals(stage.status()));
    }

    /** The innermost cause, by its class and message. */
    private static String describe(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
