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

    /**
     * The final results of the given steps only, as {@link #finalResults(long)} finds them: what a
     * stage needs of its upstream, without reading every checkpoint of the run. Checkpoints of
     * earlier executions are read once per execution, those of this execution once each.
     */
    public static Map<String, StageResult> finalResults(long executionId, java.util.Set<String> stepNames) {
        JobOperator operator = JobOperators.operator();
        Map<String, StageResult> results = new LinkedHashMap<>();
        EARLIER.computeIfAbsent(executionId, StageResults::earlier).forEach((step, result) -> {
            if (stepNames.contains(step)) {
                results.put(result.stage(), result);
            }
        });
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            if (!stepNames.contains(step.getStepName()) || step.getBatchStatus() != BatchStatus.COMPLETED) {
                continue;
            }
            StageResult result = parsed(step);
            if (result != null && result.status().isFinal()) {
                results.put(result.stage(), result);
            }
        }
        return results;
    }

    /** Forgets what was cached for an execution that ended. */
    public static void forget(long executionId) {
        EARLIER.remove(executionId);
    }

    /** The final results, by step name, of the executions of the instance before this one (which never change). */
    private static Map<String, StageResult> earlier(long executionId) {
        JobOperator operator = JobOperators.operator();
        JobInstance instance = operator.getJobInstance(executionId);
        Map<String, StageResult> byStep = new LinkedHashMap<>();
        operator.getJobExecutions(instance).stream()
                .filter(e -> e.getExecutionId() < executionId)
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId))
                .forEach(e -> operator.getStepExecutions(e.getExecutionId()).forEach(step -> {
                    StageResult result = step.getBatchStatus() == BatchStatus.COMPLETED ? read(step) : null;
                    if (result != null && result.status().isFinal()) {
                        byStep.put(step.getStepName(), result);
                    }
                }));
        return byStep;
    }

    private static StageResult parsed(StepExecution step) {
        if (PARSED.size() > MAX_PARSED) {
            PARSED.clear();
        }
        return PARSED.computeIfAbsent(step.getStepExecutionId(), id -> read(step));
    }

    private static final java.util.concurrent.ConcurrentHashMap<Long, Map<String, StageResult>> EARLIER = new java.util.concurrent.ConcurrentHashMap<>();

    /** Parsed checkpoints of completed steps, by step execution id. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, StageResult> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PARSED = 20_000;

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
