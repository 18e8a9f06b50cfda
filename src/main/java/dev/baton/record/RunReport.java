package dev.baton.record;

import java.util.List;
import java.util.Map;

/**
 * The report of a run, as {@code --output json} prints it: a contract with users' scripts, which
 * changes only by addition.
 *
 * @param executionId the job execution reported
 * @param instanceId  its job instance
 * @param pipeline    the pipeline's name
 * @param jobName     the job's name (the pipeline's name plus a content hash for pipelines given at run time)
 * @param status      the execution's state: its batch status (COMPLETED, FAILED, STOPPED…), or
 *                    CRASHED when the repository says it runs but the process that ran it is gone
 * @param batchStatus the execution's batch status as the job repository holds it
 * @param exitStatus  the execution's exit status
 * @param startedAt   ISO-8601 UTC with milliseconds
 * @param endedAt     ISO-8601 UTC with milliseconds, or null while it runs
 * @param runFolder   the run's folder
 * @param stages      every stage in plan order
 * @param memory      the memory at the end: initial memory plus every finished stage's outputs
 * @param error       why the batch runtime failed the run when no stage says why (one line), else null
 * @param traceId     the OpenTelemetry trace of the execution (32 hex digits), or null when it was not traced
 */
public record RunReport(long executionId,
                        long instanceId,
                        String pipeline,
                        String jobName,
                        String status,
                        String batchStatus,
                        String exitStatus,
                        String startedAt,
                        String endedAt,
                        String runFolder,
                        List<StageReport> stages,
                        Map<String, Object> memory,
                        String error,
                        String traceId) {

    /** The same report, saying why the batch runtime failed the run. */
    public RunReport withError(String reason) {
        return new RunReport(executionId, instanceId, pipeline, jobName, status, batchStatus, exitStatus, startedAt, endedAt,
                runFolder, stages, memory, reason, traceId);
    }

    /**
     * The run's results: the artifacts of the stages that passed and that no other stage depends
     * on, relative to the run folder.
     */
    public List<String> results() {
        return stages.stream().filter(s -> s.downstream() && "PASSED".equals(s.status())).flatMap(s -> s.artifacts().stream()).toList();
    }

    /** Whether the run completed and every stage passed: exit code 0. */
    public boolean succeeded() {
        return "COMPLETED".equals(status) && stages.stream().allMatch(s -> "PASSED".equals(s.status()));
    }
}
