package dev.baton.record;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.Map;

/**
 * One thing that happened in a run, as written to {@code events.jsonl}.
 *
 * @param time        ISO-8601 UTC with milliseconds
 * @param type        {@code stage.started}, {@code attempt.failed}, {@code review}, {@code retry},
 *                    {@code stage.passed}, {@code stage.rejected}, {@code stage.failed}, {@code stage.skipped}
 * @param jobName     the job's name
 * @param executionId the job execution
 * @param instanceId  the job instance, which names the run folder
 * @param stage       the stage's name
 * @param wave        the stage's wave
 * @param attempt     the attempt number, 0 when not about one attempt
 * @param data        what else there is to say (score, threshold, error, duration…)
 */
@JsonSerialize(using = RunEventSerializer.class)
public record RunEvent(String time,
                       String type,
                       String jobName,
                       long executionId,
                       long instanceId,
                       String stage,
                       int wave,
                       int attempt,
                       Map<String, Object> data) {
}
