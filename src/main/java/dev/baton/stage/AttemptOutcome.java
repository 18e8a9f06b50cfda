package dev.baton.stage;

import dev.baton.advisor.Review;
import dev.baton.agent.AgentOutput;

/** How one attempt of a stage ended. */
sealed interface AttemptOutcome {

    /** The attempt's number, or the number of attempts made when it ended before its own began. */
    int attempt();

    /** The output passed the gate (or the stage has no reviewer, and {@code review} is null). */
    record Passed(int attempt, AgentOutput output, Review review) implements AttemptOutcome {
    }

    /** The reviewers' verdict did not pass the gate. */
    record Rejected(int attempt, AgentOutput output, Review review) implements AttemptOutcome {
    }

    /**
     * The attempt produced no verdict: an agent or advisor failed, it timed out, its task did not
     * render, or the run's time was spent.
     *
     * @param retryable whether another attempt may succeed (an infrastructure error or a timeout)
     */
    record Failed(int attempt, String error, boolean retryable) implements AttemptOutcome {
    }

    /** The stage was stopped during the attempt. */
    record Stopped(int attempt) implements AttemptOutcome {
    }
}
