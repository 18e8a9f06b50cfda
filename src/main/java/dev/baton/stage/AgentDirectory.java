package dev.baton.stage;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.AdvisorFactory;
import dev.baton.agent.Agent;
import dev.baton.agent.AgentFactory;

/** Finds the agents and advisors a stage names. */
public interface AgentDirectory {

    /**
     * The agent of that name.
     *
     * @throws RuntimeException with a message for the user when there is none
     */
    Agent agent(String name);

    /**
     * The advisor of that name.
     *
     * @throws RuntimeException with a message for the user when there is none
     */
    Advisor advisor(String name);

    /** The directory of the installed agents and advisors, as their factories find them. */
    static AgentDirectory of(AgentFactory agents, AdvisorFactory advisors) {
        return new AgentDirectory() {
            @Override
            public Agent agent(String name) {
                return agents.get(name);
            }

            @Override
            public Advisor advisor(String name) {
                return advisors.get(name);
            }
        };
    }
}
