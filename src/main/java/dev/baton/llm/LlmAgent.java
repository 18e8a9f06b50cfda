package dev.baton.llm;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The {@code llm} agent: sends the rendered task to an OpenAI-compatible chat model (see
 * {@link LlmSettings} for the endpoint and the stage's {@code with:} options) and returns its answer,
 * written also to the stage's outputs. On a retry the task carries the reviewers' feedback when the
 * template puts it there ({@code STAGE.last_review}). Token usage goes into the stage's review.
 */
@ApplicationScoped
@Named("baton.agent.llm")
public class LlmAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        LlmSettings settings;
        try {
            settings = LlmSettings.of(System.getenv(), request.with());
        } catch (IllegalArgumentException e) {
            throw new AgentException("stage '" + request.stage() + "': " + e.getMessage());
        }
        LlmReply reply = LlmCalls.call(() -> LlmClient.chat(settings, List.of(request.task())), settings);
        byte[] bytes = reply.text().getBytes(StandardCharsets.UTF_8);
        List<Artifact> artifacts = request.outputs().stream().map(path -> new Artifact(path, bytes)).toList();
        return new AgentOutput(reply.text(), artifacts, Map.of("usage", reply.usage()));
    }
}
