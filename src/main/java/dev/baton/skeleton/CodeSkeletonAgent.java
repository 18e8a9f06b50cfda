package dev.baton.skeleton;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.document.Assignment;
import dev.baton.role.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The seed's {@code CodeSkeletonAgent}: for an HTML output (or none), a semantic, accessible,
 * responsive HTML5 page and its stylesheet beside it, honouring the design variables (brand,
 * primary colour, tone, font) and drawing its features from an upstream PRD; for other outputs a
 * skeleton in the language of the extension ({@link SkeletonOutputs}). The page passes the static
 * linter and the accessibility audit of {@code dev.baton.web}; text colours on the brand colour are
 * computed for contrast. Every declared input must exist.
 */
@ApplicationScoped
@Named("baton.agent.CodeSkeletonAgent")
public class CodeSkeletonAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        Inputs.requireAll(request);
        return SkeletonOutputs.produce(Assignment.of(request, false), false);
    }
}
