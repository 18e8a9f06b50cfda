package dev.baton.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.advisor.Review;
import dev.baton.json.Json;

import java.util.List;

/**
 * A stage's checkpoint: its own result, stored as JSON text in its step's persistent user data
 * when the stage ends (never before, never a copy of the whole memory). The text leaves out what
 * is absent (null, no artifacts, nothing the agent recorded), since the repository writes it with
 * every update of the step; reading it back gives the same result.
 *
 * @param stage         the stage's name
 * @param status        how it ended
 * @param wave          its wave
 * @param attempts      attempts made
 * @param score         the final review's score, or null (no advisor, or no review)
 * @param approved      the final review's approval, or null
 * @param threshold     the threshold applied
 * @param content       the output (text or JSON-like tree), or null
 * @param artifacts     artifacts written
 * @param review        the final (combined) review, or null
 * @param error         why it failed, or null
 * @param skipDownstream true when stages downstream must be skipped (rejected with skip_downstream, or skipped)
 * @param executionId   the job execution that ran it
 * @param startedAt     ISO-8601 UTC with milliseconds
 * @param endedAt       ISO-8601 UTC with milliseconds
 * @param agent         what the agent asked to record (e.g. its token usage)
 * @param worker        {@code HOST:PID} of the worker process that produced it, or null when it ran in the run's own process
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageResult(String stage,
                          StageStatus status,
                          int wave,
                          int attempts,
                          Double score,
                          Boolean approved,
                          Double threshold,
                          Object content,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ArtifactRecord> artifacts,
                          Review review,
                          String error,
                          boolean skipDownstream,
                          long executionId,
                          String startedAt,
                          String endedAt,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.Map<String, Object> agent,
                          String worker) {

    public StageResult {
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        agent = agent == null ? java.util.Map.of() : agent;
    }

    /** The same result, produced by that worker ({@code HOST:PID}). */
    public StageResult withWorker(String producedBy) {
        return new StageResult(stage, status, wave, attempts, score, approved, threshold, content, artifacts, review, error,
                skipDownstream, executionId, startedAt, endedAt, agent, producedBy);
    }

    /** The JSON text stored as persistent user data. */
    public String toJson() {
        return Json.write(this);
    }

    /** The result stored in persistent user data. */
    public static StageResult fromJson(String json) {
        return Json.read(json, StageResult.class);
    }
}
