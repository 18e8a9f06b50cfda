package dev.baton.advisor;

import dev.baton.agent.NamedBeanFactory;
import dev.baton.message.Msg;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds advisors by the names pipelines use. */
@ApplicationScoped
public class AdvisorFactory extends NamedBeanFactory<Advisor> {

    /** The name prefix of built-in advisors. */
    public static final String BUILT_IN_PREFIX = "baton.advisor.";

    public AdvisorFactory() {
        super(Advisor.class, BUILT_IN_PREFIX, Msg.UNKNOWN_ADVISOR_AT_RUN);
    }
}
