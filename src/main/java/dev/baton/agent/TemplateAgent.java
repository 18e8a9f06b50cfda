package dev.baton.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code template} agent: its output is the rendered task. When the stage names outputs, the
 * text is also written to each of them.
 */
@ApplicationScoped
@Named("baton.agent.template")
public class TemplateAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        byte[] bytes = request.task().getBytes(StandardCharsets.UTF_8);
        List<Artifact> artifacts = request.outputs().stream().map(path -> new Artifact(path, bytes)).toList();
        return new AgentOutput(request.task(), artifacts);
    }
}
