package dev.baton.skeleton;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.document.Assignment;
import dev.baton.role.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The seed's {@code CodeSkeletonMarketingAgent}: as {@link CodeSkeletonAgent}, but the page is a
 * marketing landing page: a hero with headline and call-to-action button, a three-column features
 * section, testimonials (clearly marked placeholders), a closing call-to-action band and a footer
 * with the brand and its own navigation.
 */
@ApplicationScoped
@Named("baton.agent.CodeSkeletonMarketingAgent")
public class CodeSkeletonMarketingAgent implements Agent {

    @Override
    public AgentOutput produce(AgentRequest request) {
        Inputs.requireAll(request);
        return SkeletonOutputs.produce(Assignment.of(request, false), true);
    }
}
