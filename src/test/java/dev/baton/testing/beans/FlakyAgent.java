package dev.baton.testing.beans;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A test agent whose first {@code with.fail_first} attempts throw (an infrastructure error), then
 * answers "attempt N" and writes {@code with.bytes} bytes to each declared output.
 */
@ApplicationScoped
@Named("flaky")
public class FlakyAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        int failFirst = request.with().get("fail_first") instanceof Number n ? n.intValue() : 0;
        if (request.attempt() <= failFirst) {
            throw new IllegalStateException("flaky failure " + request.attempt());
        }
        int bytes = request.with().get("bytes") instanceof Number n ? n.intValue() : 0;
        byte[] data = "x".repeat(bytes).getBytes(StandardCharsets.UTF_8);
        List<Artifact> artifacts = request.outputs().stream().map(p -> new Artifact(p, data)).toList();
        return new AgentOutput("attempt " + request.attempt(), artifacts);
    }
}
