package dev.baton.advisor;

import dev.baton.agent.AgentRequest;

/**
 * What an advisor gets: the attempt the agent was given, and what it produced.
 *
 * @param attempt   the agent's request (stage, task, memory, parameters, attempt, run folder)
 * @param content   the agent's output
 * @param threshold the score the stage must reach
 */
public record ReviewRequest(AgentRequest attempt, Object content, double threshold) {
}
