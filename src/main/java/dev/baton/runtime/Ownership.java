package dev.baton.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which process runs which job execution, kept in the job repository's database (table
 * {@value #TABLE}) so that every process sharing the repository can tell a run in progress from
 * one whose process died (kill -9 leaves an execution STARTED for ever), can refuse to restart a
 * run another live process still owns, and can ask the owner to stop it.
 *
 * <p>The owner records itself as it creates the execution ({@link OwningRepository}), heartbeats every
 * {@value #HEARTBEAT_MS} ms while it runs, and on each beat looks for stop requests addressed to
 * its executions. An owner is alive when its process exists (same host: by pid and start time) or,
 * on another host, when its last heartbeat is younger than {@value #STALE_MS} ms.
 */
public final class Ownership {

    public static final String TABLE = "BATON_EXECUTION_OWNER";
    static final long HEARTBEAT_MS = 2_000;
    static final long STALE_MS = 15_000;

    /** A row for this process ({@link #bindSelf}) under a key. */
    private static final String INSERT_SELF = "INSERT INTO " + TABLE
            + " (HOST, PID, PROCESS_STARTED, HEARTBEAT, STOP_REQUESTED, JOBEXECUTIONID) VALUES (?, ?, ?, ?, 0, ?)";

    private static final Logger LOG = Logger.getLogger(Ownership.class.getName());

    private final DataSource dataSource;
    private final ProcessIdentity self = ProcessIdentity.current();
    private final Set<Long> owned = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "baton-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile LongConsumer stopHandler = id -> { };

    /**
     * An execution's owner as recorded.
     *
     * @param process       the owning process
     * @param heartbeat     its last heartbeat, epoch ms
     * @param stopRequested whether another process asked it to stop the execution
     */
    public record Owner(ProcessIdentity process, long heartbeat, boolean stopRequested) {

        /** Whether the owner still runs. */
        public boolean isAlive() {
            if (process.isOnThisHost()) {
                return process.isAliveOnThisHost();
            }
            return System.currentTimeMillis() - heartbeat < STALE_MS;
        }
    }

    Ownership(DataSource dataSource) {
        this.dataSource = dataSource;
        createTable();
        beat.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_MS, HEARTBEAT_MS, TimeUnit.MILLISECONDS);
    }

    /** What to do when another process asks this one to stop an execution it owns. */
    void onStopRequest(LongConsumer handler) {
        this.stopHandler = handler;
    }

    /**
     * Records this process as about to create an execution of a job instance. Until
     * {@link #claimCreated} moves the claim to the new execution, {@link #owner(long, long)} finds this
     * process under the instance: an execution whose process dies right after creating it is never
     * without a known owner.
     */
    public void claimPending(long instanceId) {
        record(pendingKey(instanceId));
    }

    /** The execution announced by {@link #claimPending} exists: the claim becomes a claim of it, in one statement. */
    public void claimCreated(long instanceId, long executionId) {
        owned.add(executionId);
        patiently(() -> {
            claimCreatedOnce(instanceId, executionId);
            return null;
        });
    }

    private void claimCreatedOnce(long instanceId, long executionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement move = c.prepareStatement("UPDATE " + TABLE + " SET JOBEXECUTIONID = ?, HEARTBEAT = ?"
                     + " WHERE JOBEXECUTIONID = ? AND HOST = ? AND PID = ? AND PROCESS_STARTED = ?")) {
            move.setLong(1, executionId);
            move.setLong(2, System.currentTimeMillis());
            move.setLong(3, pendingKey(instanceId));
            move.setString(4, self.host());
            move.setLong(5, self.pid());
            move.setLong(6, self.startedAt());
            if (move.executeUpdate() == 1) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the owner of execution " + executionId + ": " + e.getMessage(), e);
        }
        record(executionId);
    }

    /** Inserts or updates the row under {@code key} with this process, now. */
    private void record(long key) {
        patiently(() -> {
            recordOnce(key);
            return null;
        });
    }

    private void recordOnce(long key) {
        long now = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE
                    + " SET HOST = ?, PID = ?, PROCESS_STARTED = ?, HEARTBEAT = ?, STOP_REQUESTED = 0 WHERE JOBEXECUTIONID = ?")) {
                bindSelf(update, now);
                update.setLong(5, key);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT_SELF)) {
                bindSelf(insert, now);
                insert.setLong(5, key);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the owner of " + (key < 0 ? "job instance " + -key : "execution " + key)
                    + ": " + e.getMessage(), e);
        }
    }

    /** Pending claims are kept under the negated job instance id (execution ids are positive). */
    private static long pendingKey(long instanceId) {
        return -instanceId;
    }

    /** This process no longer runs the execution. */
    public void release(long executionId) {
        owned.remove(executionId);
    }

    /**
     * The owner of an execution of a job instance: the one recorded for the execution, else the
     * process that was creating an execution of the instance ({@link #claimPending}).
     */
    public Optional<Owner> owner(long executionId, long instanceId) {
        Optional<Owner> direct = owner(executionId);
        return direct.isPresent() ? direct : owner(pendingKey(instanceId));
    }

    /** The owner recorded for an execution itself. */
    public Optional<Owner> owner(long executionId) {
        return patiently(() -> ownerOnce(executionId));
    }

    private Optional<Owner> ownerOnce(long executionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT HOST, PID, PROCESS_STARTED, HEARTBEAT, STOP_REQUESTED FROM "
                     + TABLE + " WHERE JOBEXECUTIONID = ?")) {
            q.setLong(1, executionId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Owner(new ProcessIdentity(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                        rs.getLong(4), rs.getInt(5) != 0));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the owner of execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    /** Whether this process owns the execution now. */
    public boolean ownsHere(long executionId) {
        return owned.contains(executionId);
    }

    /**
     * Takes an execution over from a dead owner, atomically: of two processes that try at once,
     * exactly one succeeds.
     *
     * @param expected the owner found dead, or null when none was recorded
     * @return whether this process now holds the execution
     */
    public boolean takeOver(long executionId, Owner expected) {
        return patiently(() -> takeOverOnce(executionId, expected));
    }

    private boolean takeOverOnce(long executionId, Owner expected) {
        long now = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection()) {
            if (expected == null) {
                try (PreparedStatement insert = c.prepareStatement(INSERT_SELF)) {
                    bindSelf(insert, now);
                    insert.setLong(5, executionId);
                    return insert.executeUpdate() == 1;
                } catch (SQLException duplicate) {
                    return false;
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE
                    + " SET HOST = ?, PID = ?, PROCESS_STARTED = ?, HEARTBEAT = ?, STOP_REQUESTED = 0"
                    + " WHERE JOBEXECUTIONID = ? AND HOST = ? AND PID = ? AND PROCESS_STARTED = ?")) {
                bindSelf(update, now);
                update.setLong(5, executionId);
                update.setString(6, expected.process().host());
                update.setLong(7, expected.process().pid());
                update.setLong(8, expected.process().startedAt());
                return update.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take over execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    /** Asks the owner of an execution to stop it; it acts on its next heartbeat. */
    public void requestStop(long executionId) {
        patiently(() -> {
            requestStopOnce(executionId);
            return null;
        });
    }

    private void requestStopOnce(long executionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE " + TABLE + " SET STOP_REQUESTED = 1 WHERE JOBEXECUTIONID = ?")) {
            u.setLong(1, executionId);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask for execution " + executionId + " to stop: " + e.getMessage(), e);
        }
    }

    void close() {
        beat.shutdownNow();
    }

    private void heartbeat() {
        if (owned.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            for (Long id : owned) {
                try (PreparedStatement u = c.prepareStatement("UPDATE " + TABLE + " SET HEARTBEAT = ? WHERE JOBEXECUTIONID = ? AND PID = ?")) {
                    u.setLong(1, System.currentTimeMillis());
                    u.setLong(2, id);
                    u.setLong(3, self.pid());
                    u.executeUpdate();
                }
                try (PreparedStatement q = c.prepareStatement("SELECT STOP_REQUESTED FROM " + TABLE + " WHERE JOBEXECUTIONID = ?")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next() && rs.getInt(1) != 0) {
                            stopHandler.accept(id);
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "heartbeat failed", e);
        }
    }

    /** Does repository work again while the embedded database changes hands under it ({@link Patience}). */
    private static <T> T patiently(Patience.Work<T> work) {
        try {
            return Patience.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void bindSelf(PreparedStatement s, long now) throws SQLException {
        s.setString(1, self.host());
        s.setLong(2, self.pid());
        s.setLong(3, self.startedAt());
        s.setLong(4, now);
    }

    private void createTable() {
        patiently(() -> {
            createTableOnce();
            return null;
        });
    }

    private void createTableOnce() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (JOBEXECUTIONID BIGINT PRIMARY KEY, HOST VARCHAR(255) NOT NULL,"
                    + " PID BIGINT NOT NULL, PROCESS_STARTED BIGINT NOT NULL, HEARTBEAT BIGINT NOT NULL, STOP_REQUESTED INT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create table " + TABLE + ": " + e.getMessage(), e);
        }
    }
}
