package dev.baton.runtime;

import dev.baton.agent.ChildProcesses;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The processes that stages of this process's executions started, kept beside the executions in
 * the repository ({@value #TABLE}: execution, host, pid, start), while they run. A runner killed
 * with -9 cannot end them; the process that takes its run over ends those on its host before it
 * runs their stages again (each started in a session of its own, so its whole process group goes).
 */
final class LeftoverProcesses implements ChildProcesses.Listener {

    static final String TABLE = "BATON_CHILD_PROCESS";
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
        String execution = environment.get("BATON_EXECUTION_ID");
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

    /**
     * Ends what is left of the processes an execution's stages started on this host, and forgets
     * them.
     *
     * @return how many were still running; processes recorded on other hosts are left, with a warning
     */
    int endLeftovers(long executionId) {
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
        int ended = 0;
        for (Row row : rows == null ? List.<Row>of() : rows) {
            if (!row.host().equals(host)) {
                LOG.warning("execution " + executionId + " left process " + row.pid() + " on " + row.host() + ", which this host cannot end");
                continue;
            }
            if (ProcessHandle.of(row.pid()).filter(p -> started(p) == row.started()).isPresent()) {
                endGroup(row.pid());
                ended++;
            }
        }
        sql("forget the processes of execution " + executionId, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE JOBEXECUTIONID = ? AND HOST = ?")) {
                s.setLong(1, executionId);
                s.setString(2, host);
                s.executeUpdate();
            }
            return null;
        });
        return ended;
    }

    /** Kills a process, what it started, and every process of its group (it leads its own session). */
    private static void endGroup(long leader) {
        List<ProcessHandle> doomed = new ArrayList<>();
        ProcessHandle.of(leader).ifPresent(p -> {
            doomed.add(p);
            p.descendants().forEach(doomed::add);
        });
        groupOf(leader).forEach(pid -> ProcessHandle.of(pid).ifPresent(doomed::add));
        doomed.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : doomed) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception stillGoing) {
                // it was sent SIGKILL; nothing more to do
            }
        }
    }

    /** The processes whose process group is {@code pgid} (Linux: {@code /proc/PID/stat}); none elsewhere. */
    private static List<Long> groupOf(long pgid) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return List.of();
        }
        List<Long> members = new ArrayList<>();
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(entry.resolve("stat"));
                    // pid (comm) state ppid pgrp ...: the command name may hold spaces and parentheses
                    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(after[2]) == pgid) {
                        members.add(Long.parseLong(name));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile, or is not ours to read
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return members;
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
