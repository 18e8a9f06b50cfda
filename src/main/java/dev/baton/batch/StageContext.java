package dev.baton.batch;

import java.util.Map;

/**
 * Where a stage runs: its job, execution and run folder, the initial memory, and the final
 * results of the stages finished so far in this job instance.
 *
 * @param jobName       the job's name
 * @param executionId   the job execution
 * @param instanceId    the job instance
 * @param runFolder     the run's folder
 * @param initialMemory the run's initial memory
 * @param upstream      every stage the stage depends on, directly or not, in plan order
 * @param results       final results of the upstream stages by name, from every execution of the instance
 * @param deadline      when the run's {@code budget.max_runtime_sec} runs out, or null
 * @param maxRuntimeSeconds that budget, for messages, or null
 * @param maxArtifactBytes  the run's {@code budget.max_artifacts_bytes}, or null
 */
public record StageContext(String jobName,
                           long executionId,
                           long instanceId,
                           RunFolder runFolder,
                           Map<String, Object> initialMemory,
                           java.util.List<String> upstream,
                           Map<String, StageResult> results,
                           java.time.Instant deadline,
                           Long maxRuntimeSeconds,
                           Long maxArtifactBytes) {

    /** The time an attempt may take: the stage's timeout, cut to what the run's budget leaves; null for no limit. */
    public Double timeLimit(Double stageTimeoutSeconds) {
        if (deadline == null) {
            return stageTimeoutSeconds;
        }
        double left = java.time.Duration.between(java.time.Instant.now(), deadline).toMillis() / 1000.0;
        return stageTimeoutSeconds == null ? left : Math.min(stageTimeoutSeconds, left);
    }
}
