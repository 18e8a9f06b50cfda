package dev.baton.runtime;

import dev.baton.advisor.AdvisorFactory;
import dev.baton.agent.AgentFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes {@link Baton} injectable where CDI runs the front end (the REST API in WildFly and in {@code baton serve}). */
@ApplicationScoped
public class BatonProducer {

    /** The one Baton of the application, with the names of the agents and advisors the container holds. */
    @Produces
    @Singleton
    Baton baton(AgentFactory agents, AdvisorFactory advisors) {
        return new Baton(Baton.names(agents, advisors));
    }
}
