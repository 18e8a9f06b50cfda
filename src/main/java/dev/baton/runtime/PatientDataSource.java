package dev.baton.runtime;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Connections to the embedded H2 repository, each opened when asked for and waiting its turn.
 *
 * <p>H2's automatic mixed mode lets the user's processes share one database file: the first to
 * open it serves it to the others, and when that one exits, another takes over. Processes that
 * open (or take over) the file at the same moment race for its lock, and H2 turns the losers away
 * ("Lock file recently modified", "Database may be already in use"), and a process that opens it
 * just as its server exits finds the port in the lock file closed; H2 turns them away instead of letting them wait
 * for the winner to serve them. So each connection is opened anew (cheap on a database this
 * process holds open; it finds the current server otherwise), and an opening that lost the race
 * is tried again, a little later each time, for up to {@value #PATIENCE_MS} ms. No pool: a pooled
 * connection to a server that has since exited would fail the next statement instead.
 */
final class PatientDataSource implements DataSource {

    static final long PATIENCE_MS = 30_000;

    private final JdbcDataSource h2;

    PatientDataSource(JdbcDataSource h2) {
        this.h2 = h2;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        long pause = 25;
        while (true) {
            try {
                return h2.getConnection();
            } catch (SQLException e) {
                if (!isLockRace(e) || System.currentTimeMillis() + pause > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 1_000);
            }
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the repository's credentials are its own");
    }

    /**
     * Whether opening failed because another process was opening the database at the same moment
     * (H2 says "Error opening database" with one of several reasons about its lock file), or the
     * process that served it has just exited (its lock file still names its port). A file that
     * cannot be opened for good says so again once the patience is spent.
     */
    static boolean isLockRace(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1) {
                return true; // the serving process went away mid-conversation (EOF on its socket): open again
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    || sql.getErrorCode() == ErrorCode.ERROR_OPENING_DATABASE_1)) {
                return !causedByIo(e);
            }
        }
        return false;
    }

    /** Whether a file could not be written or read (a full disk): no race, and no wait will mend it. */
    private static boolean causedByIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && !(t instanceof java.net.SocketException)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
