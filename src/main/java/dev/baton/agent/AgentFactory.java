package dev.baton.agent;

import dev.baton.message.Msg;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import java.util.Set;

/** Finds agents by the names pipelines use (see {@link NamedBeans}). */
@ApplicationScoped
public class AgentFactory {

    /** The name prefix of built-in agents. */
    public static final String BUILT_IN_PREFIX = "baton.agent.";

    @Inject
    BeanManager beanManager;

    private NamedBeans<Agent> agents;

    @PostConstruct
    void index() {
        agents = new NamedBeans<>(beanManager, Agent.class, BUILT_IN_PREFIX);
    }

    /** Every agent name. */
    public Set<String> names() {
        return agents.names();
    }

    /**
     * The agent of that name.
     *
     * @throws AgentException if there is none
     */
    public Agent get(String name) {
        Agent agent = agents.get(name);
        if (agent == null) {
            throw new AgentException(Msg.UNKNOWN_AGENT_AT_RUN.format(name));
        }
        return agent;
    }
}
