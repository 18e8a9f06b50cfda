package dev.baton.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What JBeret's save of a step "if not stopping" would answer, found by reading instead of writing:
 * 1 when the step's row exists and is not marked {@code STOPPING} (by a stop from another process),
 * else 0. Reads JBeret's {@code STEP_EXECUTION} table as Baton's repository names it (no prefix).
 */
final class StepStopCheck {

    private static final String SELECT = "SELECT BATCHSTATUS FROM STEP_EXECUTION WHERE STEPEXECUTIONID = ?";

    private final DataSource dataSource;

    StepStopCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** 1 when the step execution's row exists and is not being stopped, else 0; writes nothing. */
    int notStopping(long stepExecutionId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, stepExecutionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && !"STOPPING".equals(row.getString(1)) ? 1 : 0;
            }
        }
    }
}
