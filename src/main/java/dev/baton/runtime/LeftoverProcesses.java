package dev.baton.runtime;

import dev.baton.agent.ChildProcesses;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The processes that stages of this process's executions started, kept beside the executions in
 * the repository ({@value #TABLE}: execution, host, pid, start), while they run. A runner killed
 * with -9 cannot end them; the process that takes its run over ends those on its host before it
 * runs their stages again (each started in a session of its own, so its whole process group goes).
 */
final class LeftoverProcesses implements ChildProcesses.Listener {

    static final String TABLE = "BATON_CHILD_PROCESS";
    /** The variable that marks a process with the runner whose stage started it. */
    static final String RUNNER = "BATON_RUNNER";
    private static final String EXECUTION = "BATON_EXECUTION_ID";
    private static final long END_WAIT_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(LeftoverProcesses.class.getName());

    private final DataSource dataSource;
    private final String host = ProcessIdentity.current().host();

    LeftoverProcesses(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (JOBEXECUTIONID BIGINT NOT NULL, HOST VARCHAR(255) NOT NULL,"
                    + " PID BIGINT NOT NULL, STARTED BIGINT NOT NULL, PRIMARY KEY (HOST, PID, STARTED))");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create table " + TABLE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void started(ProcessHandle process, Map<String, String> environment) {
        String execution = environment.get(EXECUTION);
        if (execution == null) {
            return;
        }
        sql("record process " + process.pid(), c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE + " (JOBEXECUTIONID, HOST, PID, STARTED) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, Long.parseLong(execution));
                s.setString(2, host);
                s.setLong(3, process.pid());
                s.setLong(4, started(process));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void ended(ProcessHandle process) {
        sql("forget process " + process.pid(), c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE HOST = ? AND PID = ?")) {
                s.setString(1, host);
                s.setLong(2, process.pid());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Every process a stage of this runner starts carries this runner's mark: {@code BATON_RUNNER=pid@start}. */
    @Override
    public Map<String, String> marks() {
        return Map.of(RUNNER, mark(ProcessIdentity.current()));
    }

    /**
     * Ends what is left of the processes an execution's stages started on this host, and forgets
     * them: those recorded beside the execution, and (where the system shows processes'
     * environments) those that carry the dead runner's mark and the execution's id, which a runner
     * killed between starting a process and recording it leaves unrecorded.
     *
     * @param deadRunner the runner that held the execution, when one was recorded
     * @return how many were still running; processes recorded on other hosts are left, with a warning
     */
    int endLeftovers(long executionId, Optional<ProcessIdentity> deadRunner) {
        record Row(String host, long pid, long started) {
        }
        List<Row> rows = sql("read the processes of execution " + executionId, c -> {
            List<Row> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT HOST, PID, STARTED FROM " + TABLE + " WHERE JOBEXECUTIONID = ?")) {
                s.setLong(1, executionId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new Row(r.getString(1), r.getLong(2), r.getLong(3)));
                    }
                }
            }
            return found;
        });
        Set<Long> leaders = new LinkedHashSet<>();
        for (Row row : rows == null ? List.<Row>of() : rows) {
            if (!row.host().equals(host)) {
                LOG.warning("execution " + executionId + " left process " + row.pid() + " on " + row.host() + ", which this host cannot end");
            } else if (ProcessHandle.of(row.pid()).filter(p -> started(p) == row.started()).isPresent()) {
                leaders.add(row.pid());
            }
        }
        deadRunner.filter(ProcessIdentity::isOnThisHost).ifPresent(runner -> {
            List<Long> marked = LinuxProcesses.withEnvironment(Set.of(RUNNER + "=" + mark(runner), EXECUTION + "=" + executionId));
            // the processes the runner started, not their children, which inherited the marks and go with them
            marked.stream().filter(pid -> ProcessHandle.of(pid).flatMap(ProcessHandle::parent)
                    .map(parent -> !marked.contains(parent.pid())).orElse(true)).forEach(leaders::add);
        });
        leaders.forEach(LeftoverProcesses::endGroup);
        sql("forget the processes of execution " + executionId, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE JOBEXECUTIONID = ? AND HOST = ?")) {
                s.setLong(1, executionId);
                s.setString(2, host);
                s.executeUpdate();
            }
            return null;
        });
        return leaders.size();
    }

    private static String mark(ProcessIdentity runner) {
        return runner.pid() + "@" + runner.startedAt();
    }

    /**
     * Kills a process, what it started, and every process of its group (it leads its own session),
     * and waits until none of them runs any more (up to {@value #END_WAIT_MILLIS} ms): processes
     * whose runner died belong to init, so waiting on them as children is not possible.
     */
    private static void endGroup(long leader) {
        Set<Long> doomed = new LinkedHashSet<>();
        ProcessHandle.of(leader).ifPresent(p -> {
            doomed.add(p.pid());
            p.descendants().forEach(d -> doomed.add(d.pid()));
        });
        doomed.addAll(LinuxProcesses.inGroup(leader));
        doomed.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(END_WAIT_MILLIS);
        while (doomed.stream().anyMatch(LinuxProcesses::isRunning) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long started(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Repository work that must not fail the stage or the restart: a failure is logged. */
    private <T> T sql(String what, Work<T> work) {
        try {
            return Patience.call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return work.run(c);
                }
            });
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cannot " + what, e);
            return null;
        }
    }
}
