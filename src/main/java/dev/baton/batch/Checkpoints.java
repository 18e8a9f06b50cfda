package dev.baton.batch;

import dev.baton.record.StageResult;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stages' checkpoints (their results, kept as their steps' persistent user data) from
 * the job repository through the job operator, across every execution of a run: stages completed
 * before a restart are found in earlier executions, since a restart does not run them again.
 */
public final class Checkpoints {

    private Checkpoints() {
    }

    /**
     * The results of every stage that reached a final state in any execution of the instance
     * of {@code executionId}, by stage name, the latest execution's winning.
     */
    public static Map<String, StageResult> finalResults(long executionId) {
        return results(JobOperators.operator(), executionId, Long.MAX_VALUE, true);
    }

    /**
     * The last result of every stage that ended (finally or not) in any execution of the instance,
     * by stage name; for reports.
     */
    public static Map<String, StageResult> lastResults(long executionId) {
        return results(JobOperators.operator(), executionId, Long.MAX_VALUE, false);
    }

    /** The final results of the stages of the executions of the run before {@code executionId} (which never change), by stage name. */
    static Map<String, StageResult> earlierFinalResults(JobOperator operator, long executionId) {
        return results(operator, executionId, executionId, true);
    }

    /** The stage result a step holds, or null when it holds none. */
    public static StageResult read(StepExecution step) {
        Serializable data = step.getPersistentUserData();
        if (data instanceof String json && json.startsWith("{")) {
            return StageResult.fromJson(json);
        }
        return null;
    }

    /**
     * @param before   only executions with a smaller id
     * @param finalOnly only results that are final and whose step completed
     */
    private static Map<String, StageResult> results(JobOperator operator, long executionId, long before, boolean finalOnly) {
        List<JobExecution> executions = operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .filter(e -> e.getExecutionId() < before)
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId))
                .toList();
        Map<String, StageResult> results = new LinkedHashMap<>();
        for (JobExecution execution : executions) {
            for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
                if (finalOnly && step.getBatchStatus() != BatchStatus.COMPLETED) {
                    continue;
                }
                StageResult result = read(step);
                if (result != null && (!finalOnly || result.status().isFinal())) {
                    results.put(result.stage(), result);
                }
            }
        }
        return results;
    }
}
