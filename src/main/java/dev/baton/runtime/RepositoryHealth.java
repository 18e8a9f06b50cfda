package dev.baton.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the job repository of this process can serve runs: it is reachable (the batch runtime
 * starts on it), JBeret's schema and Baton's tables are there, and this user may write to them (a
 * row written and rolled back).
 */
public final class RepositoryHealth {

    /** JBeret's tables and Baton's own. */
    static final List<String> TABLES = List.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION", "PARTITION_EXECUTION",
            Ownership.TABLE, JdbcTraceLedger.TABLE, JdbcMemoStore.TABLE);

    /**
     * What was found.
     *
     * @param repository the repository's description (URL without password), or null when it could not be opened
     * @param problems   what is wrong, each a sentence; empty when all is well
     */
    public record Report(String repository, List<String> problems) {
    }

    private RepositoryHealth() {
    }

    /** Starts the batch runtime if needed and checks its repository. */
    public static Report check() {
        String description;
        try {
            description = new Baton().startRuntime();
        } catch (RuntimeException e) {
            return new Report(null, List.of(Errors.oneLine(e)));
        }
        List<String> problems = new ArrayList<>();
        DataSource dataSource = SeBatchEnvironment.current().dataSource();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : TABLES) {
                if (!exists(meta, table)) {
                    problems.add("table " + table + " is missing");
                }
            }
            if (problems.isEmpty()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try (PreparedStatement write = c.prepareStatement("INSERT INTO " + JdbcTraceLedger.TABLE
                        + " (JOBEXECUTIONID, TRACE_REFERENCE) VALUES (?, ?)")) {
                    write.setLong(1, Long.MIN_VALUE);
                    write.setString(2, "baton-doctor");
                    write.executeUpdate();
                } catch (SQLException e) {
                    problems.add("this user may not write to the repository: " + e.getMessage());
                } finally {
                    c.rollback();
                    c.setAutoCommit(auto);
                }
            }
        } catch (SQLException e) {
            problems.add("cannot read the repository: " + e.getMessage());
        }
        return new Report(description, problems);
    }

    private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One-line messages of failures. */
    private static final class Errors {
        static String oneLine(Throwable failure) {
            Throwable t = failure;
            String message = t.getMessage();
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
                if (t.getMessage() != null && (message == null || !message.contains(t.getMessage()))) {
                    message = (message == null ? "" : message + ": ") + t.getMessage();
                }
            }
            return (message == null ? failure.getClass().getSimpleName() : message).replaceAll("\\s+", " ");
        }
    }
}
