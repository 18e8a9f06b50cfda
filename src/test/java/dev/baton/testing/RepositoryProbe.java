package dev.baton.testing;

import dev.baton.runtime.RepositorySettings;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the job repository of a {@code BATON_HOME} from the test's own JVM, over JDBC on JBeret's
 * tables {@code JOB_INSTANCE}, {@code JOB_EXECUTION} and {@code STEP_EXECUTION}: what the runs
 * really left there, without starting a {@code baton list} process. Every detail of how tests
 * connect to a repository lives here.
 *
 * <p>The embedded H2 repository runs in H2's automatic mixed mode: while a Baton process has it
 * open, the probe connects to that process. When none has, the probe opens the file itself and
 * shuts the database down again before it returns (the database keeps {@code DB_CLOSE_DELAY=-1},
 * which would otherwise keep it open in this JVM, and make the next Baton process a client of the
 * test). So read a home's H2 repository either while a Baton process that has opened it runs
 * (one of its stages has started), or while no Baton process runs on it; never while one starts.
 */
public final class RepositoryProbe {

    /** One step execution: the execution it belongs to, its step's id and its batch status. */
    public record Step(long executionId, String name, String batchStatus) {
    }

    private static final String USER = "BATON_REPOSITORY_USER";
    private static final String PASSWORD = "BATON_REPOSITORY_PASSWORD";

    private final String url;
    private final String user;
    private final java.util.function.Supplier<String> password;

    private RepositoryProbe(String url, String user, java.util.function.Supplier<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * The repository that Baton processes started by {@link BatonProcess} with this home and
     * environment use: {@code BATON_REPOSITORY} from the environment, else the home's embedded H2
     * database (BatonProcess never passes on the test JVM's own {@code BATON_REPOSITORY}); user and
     * password as Baton takes them, from {@code BATON_REPOSITORY_USER} and {@code BATON_REPOSITORY_PASSWORD},
     * else, for the embedded database, the password Baton keeps beside it.
     */
    public static RepositoryProbe of(Path home, Map<String, String> env) {
        String configured = env.get(RepositorySettings.ENV);
        String url = configured == null || configured.isBlank() ? RepositorySettings.embeddedUrl(home) : configured.strip();
        if (url.startsWith("jdbc:h2:")) {
            // IFEXISTS: the probe never creates a repository that no run has created
            boolean embedded = url.equals(RepositorySettings.embeddedUrl(home)) && !env.containsKey(USER) && !env.containsKey(PASSWORD);
            // read when connecting: the run makes the password with the database, after the probe is made
            java.util.function.Supplier<String> password = embedded ? () -> embeddedPassword(home) : () -> env.getOrDefault(PASSWORD, "");
            return new RepositoryProbe(url + ";IFEXISTS=TRUE", env.getOrDefault(USER, "sa"), password);
        }
        return new RepositoryProbe(url, env.get(USER), () -> env.get(PASSWORD));
    }

    /** The password Baton keeps beside the home's embedded database (it is made with the database). */
    private static String embeddedPassword(Path home) {
        Path file = home.resolve("repository/password");
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file).strip() : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The repository as a data source, for a JBeret program in the test's JVM (a plain JBeret client of
     * the repository); read it only while a Baton process that has opened it runs.
     */
    public javax.sql.DataSource dataSource() {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        if (!url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("a data source of the H2 repository only, not " + url);
        }
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password.get());
        return h2;
    }

    /** The job instance (the run) an execution belongs to. */
    public long instanceOf(long executionId) {
        List<Long> ids = longs("SELECT JOBINSTANCEID FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", executionId);
        if (ids.isEmpty()) {
            throw new AssertionError("no job execution " + executionId + " in the repository");
        }
        return ids.get(0);
    }

    /** Every execution of a job instance, oldest first. */
    public List<Long> executions(long instanceId) {
        return longs("SELECT JOBEXECUTIONID FROM JOB_EXECUTION WHERE JOBINSTANCEID = ? ORDER BY JOBEXECUTIONID", instanceId);
    }

    /** An execution's batch status as the repository has it (a killed one stays STARTED). */
    public String batchStatus(long executionId) {
        return query("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", executionId, r -> r.getString(1))
                .stream().findFirst().orElseThrow(() -> new AssertionError("no job execution " + executionId));
    }

    /** Every step execution of every execution of a job instance, in the order they were created. */
    public List<Step> steps(long instanceId) {
        return query("SELECT s.JOBEXECUTIONID, s.STEPNAME, s.BATCHSTATUS FROM STEP_EXECUTION s"
                        + " JOIN JOB_EXECUTION e ON e.JOBEXECUTIONID = s.JOBEXECUTIONID WHERE e.JOBINSTANCEID = ? ORDER BY s.STEPEXECUTIONID",
                instanceId, r -> new Step(r.getLong(1), r.getString(2), r.getString(3)));
    }

    /** The step executions of one execution, in the order they were created. */
    public List<Step> stepsOfExecution(long executionId) {
        return query("SELECT JOBEXECUTIONID, STEPNAME, BATCHSTATUS FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? ORDER BY STEPEXECUTIONID",
                executionId, r -> new Step(r.getLong(1), r.getString(2), r.getString(3)));
    }

    private List<Long> longs(String sql, long parameter) {
        return query(sql, parameter, r -> r.getLong(1));
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, long parameter, Row<T> row) {
        try (Connection c = DriverManager.getConnection(url, user, password.get())) {
            try {
                List<T> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, parameter);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(row.read(r));
                        }
                    }
                }
                return rows;
            } finally {
                closeIfOpenedHere(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository " + url + ": " + e.getMessage(), e);
        }
    }

    /** Shuts an embedded H2 database down if this JVM opened it, rather than reaching a Baton process that has it open. */
    private static void closeIfOpenedHere(Connection c) throws SQLException {
        if (c.isWrapperFor(JdbcConnection.class) && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal) {
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }
}
