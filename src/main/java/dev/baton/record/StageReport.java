package dev.baton.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One stage in a run's report.
 *
 * @param name        the stage's name
 * @param status      PASSED, REJECTED, FAILED, SKIPPED, RUNNING or NOT_RUN
 * @param wave        its wave
 * @param attempts    attempts made (0 when it has not run)
 * @param score       the final review's score, or null
 * @param approved    the final review's approval, or null
 * @param startedAt   ISO-8601 UTC with milliseconds, or null
 * @param endedAt     ISO-8601 UTC with milliseconds, or null
 * @param executionId the job execution that ran it, or null
 * @param error       why it failed or was skipped, or null
 * @param artifacts   the artifacts it wrote, relative to the run folder
 * @param downstream  whether no other stage depends on it (its artifacts are the run's results)
 * @param reusedFrom  where its output came from when it was a memoized result ({@code stage}, {@code jobName},
 *                    {@code instanceId}, {@code executionId}), else null
 * @param worker      {@code HOST:PID} of the worker process that produced its result, {@value #LOCAL} when the
 *                    run's own process did, or null when it has no result
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StageReport(String name,
                          String status,
                          int wave,
                          int attempts,
                          Double score,
                          Boolean approved,
                          String startedAt,
                          String endedAt,
                          Long executionId,
                          String error,
                          java.util.List<String> artifacts,
                          boolean downstream,
                          java.util.Map<String, Object> reusedFrom,
                          String worker) {

    /** The {@code worker} of a stage that ran in the run's own process. */
    public static final String LOCAL = "local";

    /** A stage whose output was not reused, run in the run's own process. */
    public StageReport(String name, String status, int wave, int attempts, Double score, Boolean approved, String startedAt,
                       String endedAt, Long executionId, String error, java.util.List<String> artifacts, boolean downstream) {
        this(name, status, wave, attempts, score, approved, startedAt, endedAt, executionId, error, artifacts, downstream, null, LOCAL);
    }
}
