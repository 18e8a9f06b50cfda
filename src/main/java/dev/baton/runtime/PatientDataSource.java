package dev.baton.runtime;

import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Connections to the embedded H2 repository, each opened when asked for and waiting its turn, and
 * kept for the next caller while this process holds the database itself.
 *
 * <p>H2's automatic mixed mode lets the user's processes share one database file: the first to
 * open it serves it to the others, and when that one exits, another takes over. Processes that
 * open (or take over) the file at the same moment race for its lock, and H2 turns the losers away
 * ("Lock file recently modified", "Database may be already in use"), and a process that opens it
 * just as its server exits finds the port in the lock file closed; H2 turns them away instead of letting them wait
 * for the winner to serve them. So an opening that lost the race is tried again, a little later
 * each time, for up to {@value #PATIENCE_MS} ms.
 *
 * <p>A connection of this process's own session of the database (it holds the file, and serves it
 * to the others) is kept when its user closes it, at most {@value #MAX_IDLE} of them, and handed
 * out again while its session and database are open: the batch runtime asks for a connection for
 * every call, several a step, and opening a session (checking the password, preparing every
 * statement anew) cost more than the call. A connection to another process's server is not kept:
 * that server may exit before the next call, and a new connection finds the one that took over.
 */
final class PatientDataSource implements DataSource {

    static final long PATIENCE_MS = 30_000;
    /** The most connections kept for reuse: more than the repository calls of a wide wave made at once are rare. */
    static final int MAX_IDLE = 16;

    private final JdbcDataSource h2;
    /** Kept connections of this process's own sessions, the most recently used first. */
    private final Deque<PooledConnection> idle = new ArrayDeque<>();

    PatientDataSource(JdbcDataSource h2) {
        this.h2 = h2;
    }

    @Override
    public Connection getConnection() throws SQLException {
        for (PooledConnection kept = takeIdle(); kept != null; kept = takeIdle()) {
            try {
                Connection handle = kept.getConnection();
                if (ownSession(handle)) {
                    return handle;
                }
            } catch (SQLException closedMeanwhile) {
                // its database went away: open a new one below
            }
            closeQuietly(kept);
        }
        PooledConnection opened = open();
        Connection handle;
        try {
            handle = opened.getConnection();
        } catch (SQLException e) {
            closeQuietly(opened);
            throw e;
        }
        opened.addConnectionEventListener(new GiveBack(ownSession(handle)));
        return handle;
    }

    /** Whether a connection works on this process's own, open session of an open database. */
    private static boolean ownSession(Connection handle) throws SQLException {
        return handle.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                && !local.isClosed() && !local.getDatabase().isClosing();
    }

    private PooledConnection takeIdle() {
        synchronized (idle) {
            return idle.pollFirst();
        }
    }

    /** Keeps a connection closed by its user when it may serve the next one, else closes it. */
    private final class GiveBack implements ConnectionEventListener {
        private final boolean keep;

        GiveBack(boolean keep) {
            this.keep = keep;
        }

        @Override
        public void connectionClosed(ConnectionEvent event) {
            PooledConnection connection = (PooledConnection) event.getSource();
            synchronized (idle) {
                if (keep && idle.size() < MAX_IDLE) {
                    idle.addFirst(connection);
                    return;
                }
            }
            closeQuietly(connection);
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            closeQuietly((PooledConnection) event.getSource());
        }
    }

    private static void closeQuietly(PooledConnection connection) {
        try {
            connection.close();
        } catch (SQLException alreadyGone) {
            // nothing to give back
        }
    }

    /** A new connection, opened patiently (see above). */
    private PooledConnection open() throws SQLException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        long pause = 25;
        while (true) {
            try {
                return h2.getPooledConnection();
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
