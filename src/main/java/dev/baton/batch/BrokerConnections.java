package dev.baton.batch;

import dev.baton.remote.OpenConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;

/**
 * Closes the application's connections to brokers when it stops: in an application server when
 * the WAR is undeployed or the server stops, in Java SE when the container shuts down.
 */
@ApplicationScoped
public class BrokerConnections {

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        OpenConnections.closeAll();
    }
}
