package dev.baton.stage;

/**
 * Which run a stage belongs to: what its records are stamped with and what the processes it
 * starts are told.
 *
 * @param jobName     the job's name
 * @param executionId the job execution
 * @param instanceId  the job instance (one run, across its restarts)
 */
public record RunIdentity(String jobName, long executionId, long instanceId) {
}
