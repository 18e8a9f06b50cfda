package dev.baton.testing.beans;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A test agent that breaks the JVM's rules rather than failing: it throws an {@link Error}, which no stage rule catches. */
@ApplicationScoped
@Named("collapsing")
public class CollapsingAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        throw new StackOverflowError("deliberately, from stage " + request.stage());
    }
}
