package dev.baton.runtime;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Data sources for the job repository: the embedded H2 database (connections opened as needed, see
 * {@link PatientDataSource}), or PostgreSQL (pooled). User and
 * password, when the database needs them, come from {@code BATON_REPOSITORY_USER} and
 * {@code BATON_REPOSITORY_PASSWORD} (or the URL's own parameters), never from the command line,
 * and never appear in messages or logs.
 */
public final class DataSources {

    private static final int MAX_CONNECTIONS = 32;
    /** H2's system property for the address its servers listen on. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    private DataSources() {
    }

    /**
     * A pool of connections to the URL.
     *
     * @throws IllegalArgumentException if the URL names a database Baton has no driver for
     */
    public static DataSource pool(String url) {
        return pool(url, null);
    }

    /**
     * A pool of connections to the URL; the embedded repository of {@code home} (its URL is
     * {@link RepositorySettings#embeddedUrl}) with its own password, unless the environment gives one.
     *
     * @throws IllegalArgumentException if the URL names a database Baton has no driver for
     */
    public static DataSource pool(String url, Path home) {
        if (url.startsWith("jdbc:h2:")) {
            // H2's automatic mixed mode serves the database to the user's other processes: on loopback only
            if (System.getProperty(H2_BIND_ADDRESS) == null) {
                System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
            }
            String user = System.getenv("BATON_REPOSITORY_USER");
            String password = System.getenv("BATON_REPOSITORY_PASSWORD");
            boolean embedded = home != null && url.equals(RepositorySettings.embeddedUrl(home));
            if (user == null && password == null && embedded) {
                user = EmbeddedCredentials.USER;
                password = EmbeddedCredentials.password(home.resolve("repository"), url);
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            return new PatientDataSource(h2, embedded);
        }
        JdbcConnectionPool pool;
        if (url.startsWith("jdbc:postgresql:")) {
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
    public static void check(DataSource pool, String url) {
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

}
