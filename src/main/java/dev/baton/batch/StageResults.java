package dev.baton.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the checkpoints of a job instance through the job operator ({@link JobOperators}): the final
 * result of each stage, from whichever execution of the instance ran it last. Stages completed
 * before a restart are found in earlier executions, since a restart does not run them again.
 */
public final class StageResults {

    private StageResults() {
    }

    /**
     * The results of every stage that reached a final state in any execution of the instance
     * of {@code executionId}, latest execution first in precedence, by stage name.
     */
    public static Map<String, StageResult> finalResults(long executionId) {
        return results(executionId, true);
    }

    /**
     * The last result of every stage that ended (finally or not) in any execution of the instance,
     * by stage name; for reports.
     */
    public static Map<String, StageResult> lastResults(long executionId) {
        return results(executionId, false);
    }

    private static Map<String, StageResult> results(long executionId, boolean finalOnly) {
        JobOperator operator = JobOperators.operator();
        JobInstance instance = operator.getJobInstance(executionId);
        List<JobExecution> executions = operator.getJobExecutions(instance).stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId))
                .toList();
        Map<String, StageResult> results = new LinkedHashMap<>();
        for (JobExecution execution : executions) {
            for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
                StageResult result = read(step);
                if (result == null) {
                    continue;
                }
                boolean completed = step.getBatchStatus() == BatchStatus.COMPLETED && result.status().isFinal();
                if (!finalOnly || completed) {
                    results.put(result.stage(), result);
                }
            }
        }
        return results;
    }

    /** The stage result a step holds, or null when it holds none. */
    public static StageResult read(StepExecution step) {
        Serializable data = step.getPersistentUserData();
        if (data instanceof String json && json.startsWith("{")) {
            return StageResult.fromJson(json);
        }
        return null;
    }
}
