package dev.baton.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.advisor.Review;

/**
 * One stage of an execution.
 *
 * @param name        the stage's name
 * @param status      PASSED, REJECTED, FAILED, SKIPPED, RUNNING or NOT_RUN
 * @param wave        its wave
 * @param attempts    attempts made
 * @param score       the final review's score, or null
 * @param approved    the final review's approval, or null
 * @param review      the final review (score, approved, critical_issues, suggestions, summary), or null
 * @param startedAt   ISO-8601 UTC with milliseconds, or null
 * @param endedAt     ISO-8601 UTC with milliseconds, or null
 * @param executionId the execution that ran it (an earlier one when a restart did not run it again), or null
 * @param error       why it failed or was skipped, or null
 * @param worker      {@code HOST:PID} of the worker process that produced its result, {@code local} when the
 *                    run's own process did, or null when it has no result
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StageView(String name, String status, int wave, int attempts, Double score, Boolean approved, Review review,
                        String startedAt, String endedAt, Long executionId, String error, String worker) {
}
