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
 * @param results       final results by stage name, from every execution of the instance
 */
public record StageContext(String jobName,
                           long executionId,
                           long instanceId,
                           RunFolder runFolder,
                           Map<String, Object> initialMemory,
                           Map<String, StageResult> results) {
}
