package dev.baton.runtime;

import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
 * statement anew) cost more than the call. It comes back in auto-commit mode with nothing pending,
 * rolled back only if its user left something uncommitted. A connection to another process's server
 * is not kept: that server may exit before the next call, and a new connection finds the one that
 * took over.
 *
 * <p>For the embedded repository ({@code releaseAtClose}), the database this process holds gets a
 * {@link DeadChunksAtClose} listener, so that closing it does not rewrite the whole file.
 */
final class PatientDataSource implements DataSource {

    static final long PATIENCE_MS = 30_000;
    /** The most connections kept for reuse: more than the repository calls of a wide wave made at once are rare. */
    static final int MAX_IDLE = 16;

    private final JdbcDataSource h2;
    private final boolean releaseAtClose;
    /** Kept connections of this process's own sessions, the most recently used first. */
    private final Deque<Connection> idle = new ArrayDeque<>();

    PatientDataSource(JdbcDataSource h2, boolean releaseAtClose) {
        this.h2 = h2;
        this.releaseAtClose = releaseAtClose;
    }

    @Override
    public Connection getConnection() throws SQLException {
        for (Connection kept = takeIdle(); kept != null; kept = takeIdle()) {
            if (ownSession(kept)) {
                return lend(kept);
            }
            closeQuietly(kept);
        }
        Connection opened = open();
        boolean own;
        try {
            own = ownSession(opened);
        } catch (SQLException e) {
            closeQuietly(opened);
            throw e;
        }
        if (!own) {
            return opened; // another process's server: closed by its user, not kept
        }
        if (releaseAtClose) {
            DeadChunksAtClose.install(((SessionLocal) opened.unwrap(JdbcConnection.class).getSession()).getDatabase());
        }
        return lend(opened);
    }

    /** Whether a connection works on this process's own, open session of an open database. */
    private static boolean ownSession(Connection connection) throws SQLException {
        return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                && !local.isClosed() && !local.getDatabase().isClosing();
    }

    private Connection takeIdle() {
        synchronized (idle) {
            return idle.pollFirst();
        }
    }

    /** Hands a connection of this process's own session to a user, to come back when the user closes it. */
    private Connection lend(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, new Lent(connection));
    }

    /**
     * A connection lent to a user: closing it gives it back; after that the user can no longer use it.
     * It comes back as a new session would be: in auto-commit mode with nothing pending (what its user
     * left uncommitted is rolled back). A connection in auto-commit mode with nothing pending comes back
     * as it is, without a statement, which a rollback costs (it takes the store's lock and may write).
     */
    private final class Lent implements InvocationHandler {
        private final Connection connection;
        private volatile boolean closed;

        Lent(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        giveBack(connection);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || connection.isClosed();
                }
                case "isValid" -> {
                    return !closed && connection.isValid((Integer) args[0]);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "lent " + connection;
                }
                default -> {
                    if (closed) {
                        throw new SQLException("this connection was closed", "08003");
                    }
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** Keeps a connection its user closed, as a new one, when it may serve the next user; else closes it. */
    private void giveBack(Connection connection) {
        try {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            if (!connection.getAutoCommit() || session.hasPendingTransaction()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            if (ownSession(connection)) {
                synchronized (idle) {
                    if (idle.size() < MAX_IDLE) {
                        idle.addFirst(connection);
                        return;
                    }
                }
            }
        } catch (SQLException | RuntimeException broken) {
            // not fit to serve again
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException alreadyGone) {
            // nothing to give back
        }
    }

    /** A new connection, opened patiently (see above). */
    private Connection open() throws SQLException {
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
