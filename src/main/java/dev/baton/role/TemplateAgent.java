package dev.baton.role;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The {@code template} agent: its output is the rendered task. When the stage names outputs, the
 * text is also written to each of them.
 */
@ApplicationScoped
@Named("baton.agent.template")
public class TemplateAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        return TextOutput.of(request.task(), request.outputs());
    }
}
