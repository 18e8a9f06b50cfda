package dev.baton.document;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.role.Inputs;
import dev.baton.role.TextOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The seed's {@code PromptRefinerAgent}: writes a refined, structured prompt ({@link PromptWriter})
 * from the upstream requirements, which answers, point by point, the last review it can find: its
 * own stage's {@code last_review} on a retry, else the reviews of the stages upstream. Output: the
 * prompt, written to each declared output. When an LLM is configured, the model writes it ({@link LlmDrafting}).
 */
@ApplicationScoped
@Named("baton.agent.PromptRefinerAgent")
public class PromptRefinerAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        Inputs.requireAll(request);
        String text = PromptWriter.write(Assignment.of(request, true));
        return LlmDrafting.write(request, "prompt engineer", text).orElseGet(() -> TextOutput.of(text, request.outputs()));
    }
}
