package dev.baton.advisor;

import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;

import java.util.List;

/**
 * What an advisor gets: the attempt the agent was given, and what it produced.
 *
 * @param attempt   the agent's request (stage, task, memory, parameters, attempt, run folder, inputs, outputs)
 * @param content   the agent's output
 * @param artifacts the files the agent produced in this attempt (not yet in the run folder: they
 *                  are written there only when the stage passes)
 * @param threshold the score the stage must reach
 */
public record ReviewRequest(AgentRequest attempt, Object content, List<Artifact> artifacts, double threshold) {

    public ReviewRequest {
        artifacts = List.copyOf(artifacts);
    }
}
