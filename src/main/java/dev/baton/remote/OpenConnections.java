package dev.baton.remote;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connections to brokers that this application holds open between stages, closed when the
 * application stops (an application server undeploying the WAR must not keep its connections,
 * nor the classes they hold). Loads no Jakarta Messaging class: an application that never used a
 * broker, in a server without the messaging subsystem, closes nothing.
 */
public final class OpenConnections {

    private static final Logger LOG = Logger.getLogger(OpenConnections.class.getName());
    private static final Set<AutoCloseable> OPEN = ConcurrentHashMap.newKeySet();

    private OpenConnections() {
    }

    static void opened(AutoCloseable connection) {
        OPEN.add(connection);
    }

    static void closed(AutoCloseable connection) {
        OPEN.remove(connection);
    }

    /** Closes every connection still open; a stage that still waits on one then fails as cut off from its worker. */
    public static void closeAll() {
        for (AutoCloseable connection : Set.copyOf(OPEN)) {
            try {
                connection.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "cannot close a connection to the broker", e);
            }
        }
    }
}
