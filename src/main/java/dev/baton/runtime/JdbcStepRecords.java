package dev.baton.runtime;

import dev.baton.batch.StepRecords;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/** Step ends as JBeret's JDBC repository records them (its {@code STEP_EXECUTION} table). */
final class JdbcStepRecords implements StepRecords {

    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final DataSource dataSource;

    JdbcStepRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean endRecorded(long executionId, String step) {
        try {
            return RepositoryThread.call(() -> Patience.call(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement q = c.prepareStatement("SELECT BATCHSTATUS FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = ?")) {
                    q.setLong(1, executionId);
                    q.setString(2, step);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            if (ENDED.contains(rs.getString(1))) {
                                return true;
                            }
                        }
                        return false;
                    }
                }
            }));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the end of step " + step + " of execution " + executionId + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the end of step " + step + " of execution " + executionId + ": " + e, e);
        }
    }
}
