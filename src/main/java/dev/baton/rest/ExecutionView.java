package dev.baton.rest;

import java.util.List;
import java.util.Map;

/**
 * One execution with its stages and memory; the command line's JSON report, plus each stage's review.
 *
 * @param executionId the job execution
 * @param instanceId  its job instance
 * @param pipeline    the pipeline's name
 * @param jobName     the job's name
 * @param status      its state (batch status, or CRASHED)
 * @param batchStatus the batch status in the job repository
 * @param exitStatus  the exit status, or null
 * @param startedAt   ISO-8601 UTC with milliseconds
 * @param endedAt     ISO-8601 UTC with milliseconds, or null
 * @param runFolder   the run's folder on the server
 * @param stages      every stage in plan order
 * @param memory      the initial memory plus every finished stage's outputs
 * @param error       why the batch runtime failed the run when no stage says why, else null
 * @param traceId     the OpenTelemetry trace of the execution (32 hex digits), or null when it was not traced
 * @param results     the artifacts of the stages that passed and that no other stage depends on, relative to the run folder
 */
public record ExecutionView(long executionId, long instanceId, String pipeline, String jobName, String status,
                            String batchStatus, String exitStatus, String startedAt, String endedAt, String runFolder,
                            List<StageView> stages, Map<String, Object> memory, String error,
                            String traceId, List<String> results) {
}
