package dev.baton.runtime;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Pooled data sources for the job repository. User and password, when the database needs them,
 * come from {@code BATON_REPOSITORY_USER} and {@code BATON_REPOSITORY_PASSWORD} (or the URL's own
 * parameters), never from the command line.
 */
public final class DataSources {

    private static final int MAX_CONNECTIONS = 32;

    private DataSources() {
    }

    /**
     * A pool of connections to the URL.
     *
     * @throws IllegalArgumentException if the URL names a database Baton has no driver for
     */
    public static JdbcConnectionPool pool(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("unsupported job repository URL (jdbc:h2:… expected): " + redact(url));
        }
        String user = env("BATON_REPOSITORY_USER", "sa");
        String password = env("BATON_REPOSITORY_PASSWORD", "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** The URL with any password parameter hidden, for messages and logs. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
