package dev.baton.runtime;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.sql.SQLException;

/**
 * Pooled data sources for the job repository: the embedded H2 database, or PostgreSQL. User and
 * password, when the database needs them, come from {@code BATON_REPOSITORY_USER} and
 * {@code BATON_REPOSITORY_PASSWORD} (or the URL's own parameters), never from the command line,
 * and never appear in messages or logs.
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
        JdbcConnectionPool pool;
        if (url.startsWith("jdbc:h2:")) {
            pool = JdbcConnectionPool.create(url, env("BATON_REPOSITORY_USER", "sa"), env("BATON_REPOSITORY_PASSWORD", ""));
        } else if (url.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            try {
                pg.setURL(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a valid PostgreSQL URL: " + redact(url), e);
            }
            String user = System.getenv("BATON_REPOSITORY_USER");
            if (user != null) {
                pg.setUser(user);
            }
            String password = System.getenv("BATON_REPOSITORY_PASSWORD");
            if (password != null) {
                pg.setPassword(password);
            }
            pool = JdbcConnectionPool.create(pg);
        } else {
            throw new IllegalArgumentException("unsupported job repository URL (jdbc:h2:… or jdbc:postgresql:… expected): " + redact(url));
        }
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** Whether the repository answers; the message says why not. */
    public static void check(JdbcConnectionPool pool, String url) {
        try (var c = pool.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the job repository " + redact(url) + ": " + e.getMessage(), e);
        }
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
