package dev.baton.agent;

import dev.baton.message.Msg;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds agents by the names pipelines use. */
@ApplicationScoped
public class AgentFactory extends NamedBeanFactory<Agent> {

    /** The name prefix of built-in agents. */
    public static final String BUILT_IN_PREFIX = "baton.agent.";

    public AgentFactory() {
        super(Agent.class, BUILT_IN_PREFIX, Msg.UNKNOWN_AGENT_AT_RUN);
    }
}
