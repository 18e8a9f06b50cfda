package dev.baton.rest;

/**
 * One execution in a list: small, with no stages.
 *
 * @param executionId the job execution
 * @param instanceId  its job instance (the run, across restarts)
 * @param pipeline    the pipeline's name
 * @param jobName     the job's name
 * @param status      its state: the batch status, or CRASHED (Java SE: it claims to run, its process is gone)
 * @param batchStatus the batch status in the job repository
 * @param exitStatus  the exit status, or null
 * @param createdAt   ISO-8601 UTC with milliseconds
 * @param startedAt   ISO-8601 UTC with milliseconds, or null
 * @param endedAt     ISO-8601 UTC with milliseconds, or null while it runs
 * @param reason      in a list, why a run that did not complete failed: the run's error, else the first failed or
 *                    rejected stage's; null otherwise
 */
public record ExecutionSummary(long executionId, long instanceId, String pipeline, String jobName, String status,
                               String batchStatus, String exitStatus, String createdAt, String startedAt, String endedAt,
                               String reason) {

    /** This summary with a reason. */
    ExecutionSummary withReason(String why) {
        return new ExecutionSummary(executionId, instanceId, pipeline, jobName, status, batchStatus, exitStatus, createdAt, startedAt,
                endedAt, why);
    }
}
