package dev.baton.stage.memo;

import dev.baton.advisor.Review;
import dev.baton.agent.Artifact;

import java.util.List;
import java.util.Map;

/**
 * A kept result of a stage that passed: its agent's output and its advisors' reviews, and where it
 * came from.
 *
 * @param content     the agent's output
 * @param artifacts   the agent's artifacts
 * @param details     what the agent asked to record (token usage is left out: a reuse costs none)
 * @param reviews     each advisor's review, by advisor name
 * @param stage       the stage that produced it
 * @param jobName     the job of the run that produced it
 * @param instanceId  that run's job instance
 * @param executionId the execution that produced it
 */
public record Memo(Object content, List<Artifact> artifacts, Map<String, Object> details, Map<String, Review> reviews,
                   String stage, String jobName, long instanceId, long executionId) {

    public Memo {
        artifacts = List.copyOf(artifacts);
        details = details == null ? Map.of() : details;
        reviews = reviews == null ? Map.of() : reviews;
    }

    /** What reports and events say about where a reused result came from. */
    public Map<String, Object> origin() {
        return Map.of("stage", stage, "jobName", jobName, "instanceId", instanceId, "executionId", executionId);
    }
}
