package dev.baton.runtime;

import dev.baton.stage.trace.TraceLedger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The traces of job executions, kept in the job repository's database (table {@value #TABLE}), so
 * that every process sharing the repository reports them and links a restart to them.
 */
final class JdbcTraceLedger implements TraceLedger {

    static final String TABLE = "BATON_EXECUTION_TRACE";

    private final DataSource dataSource;

    JdbcTraceLedger(DataSource dataSource) {
        this.dataSource = dataSource;
        patiently(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                        + " (JOBEXECUTIONID BIGINT PRIMARY KEY, TRACE_REFERENCE VARCHAR(64) NOT NULL)");
            }
            return null;
        }, "cannot create table " + TABLE);
    }

    @Override
    public void record(long executionId, String reference) {
        patiently(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement u = c.prepareStatement("UPDATE " + TABLE + " SET TRACE_REFERENCE = ? WHERE JOBEXECUTIONID = ?")) {
                    u.setString(1, reference);
                    u.setLong(2, executionId);
                    if (u.executeUpdate() == 1) {
                        return null;
                    }
                }
                try (PreparedStatement i = c.prepareStatement("INSERT INTO " + TABLE + " (JOBEXECUTIONID, TRACE_REFERENCE) VALUES (?, ?)")) {
                    i.setLong(1, executionId);
                    i.setString(2, reference);
                    i.executeUpdate();
                }
            }
            return null;
        }, "cannot record the trace of execution " + executionId);
    }

    @Override
    public String reference(long executionId) {
        return patiently(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement q = c.prepareStatement("SELECT TRACE_REFERENCE FROM " + TABLE + " WHERE JOBEXECUTIONID = ?")) {
                q.setLong(1, executionId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }, "cannot read the trace of execution " + executionId);
    }

    private static <T> T patiently(Patience.Work<T> work, String what) {
        try {
            return Patience.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        }
    }
}
