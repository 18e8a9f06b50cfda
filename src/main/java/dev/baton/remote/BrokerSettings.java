package dev.baton.remote;

import jakarta.jms.ConnectionFactory;

import java.util.Locale;
import java.util.function.Function;

/**
 * How this process reaches the broker of remote workers, read from its configuration: the URL from
 * the system property {@value #PROPERTY} (what {@code --broker} sets), else {@code BATON_BROKER};
 * the user and password from {@code BATON_BROKER_USER} and {@code BATON_BROKER_PASSWORD} (never from
 * the command line, where other users could read them); the lease from {@value #LEASE_PROPERTY} or
 * {@code BATON_WORKER_LEASE_SECONDS}; the most a stage may carry from {@code BATON_WORKER_MAX_BYTES}.
 *
 * @param url          the broker's URL, {@code tcp://HOST:PORT} with Artemis's own parameters if any
 *                     (for TLS: {@code ?sslEnabled=true&trustStorePath=…}); or, in an application server,
 *                     the JNDI name of a Jakarta Messaging connection factory ({@code java:…}) that the
 *                     server's administrator set up for the broker (WildFly: {@code src/main/wildfly/remote-workers.cli})
 * @param user         the user, or null
 * @param password     the password, or null
 * @param leaseMillis  how long a worker that took a stage may stay silent before the stage is dispatched again
 * @param maxBytes     the most one stage's message (its memory and input files) or result (its files) may take
 */
public record BrokerSettings(String url, String user, String password, long leaseMillis, long maxBytes) {

    /** The system property that holds the broker's URL in this process. */
    public static final String PROPERTY = "baton.broker";
    /** The system property that holds the lease in seconds. */
    public static final String LEASE_PROPERTY = "baton.worker.lease";
    public static final String ENV_URL = "BATON_BROKER";
    public static final String ENV_USER = "BATON_BROKER_USER";
    public static final String ENV_PASSWORD = "BATON_BROKER_PASSWORD";
    public static final String ENV_LEASE = "BATON_WORKER_LEASE_SECONDS";
    public static final String ENV_MAX_BYTES = "BATON_WORKER_MAX_BYTES";
    static final double DEFAULT_LEASE_SECONDS = 5;
    static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    @Override
    public String toString() {
        return "BrokerSettings[" + url + (user == null ? "" : ", user " + user) + "]"; // never the password
    }

    /** The settings of this process, or null when no broker is configured (stages run here). */
    public static BrokerSettings configured() {
        String url = System.getProperty(PROPERTY);
        return of(url != null && !url.isBlank() ? url : null, System.getenv()::get);
    }

    /** The settings for this URL, or, when it is null, for {@code BATON_BROKER}; null when there is none. */
    public static BrokerSettings of(String url, Function<String, String> environment) {
        String chosen = url != null ? url : environment.apply(ENV_URL);
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        String lease = System.getProperty(LEASE_PROPERTY, environment.apply(ENV_LEASE));
        String max = environment.apply(ENV_MAX_BYTES);
        String strip = chosen.strip();
        return new BrokerSettings(isJndiName(strip) ? strip : checkedUrl(strip), blankToNull(environment.apply(ENV_USER)),
                blankToNull(environment.apply(ENV_PASSWORD)),
                (long) (1000 * positive(lease, DEFAULT_LEASE_SECONDS, ENV_LEASE)),
                (long) positive(max, DEFAULT_MAX_BYTES, ENV_MAX_BYTES));
    }

    /**
     * The URL if it names a broker Baton can reach.
     *
     * @throws IllegalArgumentException saying why not
     */
    public static String checkedUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("tcp://") && lower.length() > "tcp://".length())) {
            throw new IllegalArgumentException("the broker must be given as tcp://HOST:PORT, not '" + url + "'");
        }
        return url;
    }

    /**
     * A connection factory for this broker ({@link ConnectionFactories}).
     *
     * @throws jakarta.jms.JMSRuntimeException if the JNDI name is bound to nothing (or there is no JNDI)
     */
    ConnectionFactory connectionFactory() {
        return ConnectionFactories.of(url);
    }

    static boolean isJndiName(String url) {
        return url.startsWith("java:") && url.length() > "java:".length();
    }


    private static double positive(String text, double fallback, String name) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " must be a positive number, not '" + text + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
