package dev.baton.advisor;

import dev.baton.agent.AgentException;
import dev.baton.agent.NamedBeans;
import dev.baton.message.Msg;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import java.util.Set;

/** Finds advisors by the names pipelines use (see {@link NamedBeans}). */
@ApplicationScoped
public class AdvisorFactory {

    /** The name prefix of built-in advisors. */
    public static final String BUILT_IN_PREFIX = "baton.advisor.";

    @Inject
    BeanManager beanManager;

    private NamedBeans<Advisor> advisors;

    @PostConstruct
    void index() {
        advisors = new NamedBeans<>(beanManager, Advisor.class, BUILT_IN_PREFIX);
    }

    /** Every advisor name. */
    public Set<String> names() {
        return advisors.names();
    }

    /**
     * The advisor of that name.
     *
     * @throws AgentException if there is none
     */
    public Advisor get(String name) {
        Advisor advisor = advisors.get(name);
        if (advisor == null) {
            throw new AgentException(Msg.UNKNOWN_ADVISOR_AT_RUN.format(name));
        }
        return advisor;
    }
}
