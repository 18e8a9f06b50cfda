package dev.baton.runtime;

import dev.baton.record.BatonHome;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes old runs of Baton pipelines: their rows in the job repository (JBeret's and Baton's,
 * memoized results included) in one transaction, so that a failure leaves every row in place, then
 * their folders, then the stored translations that no remaining run uses. A run in progress is
 * never removed; the latest execution of a restartable run (failed, stopped, crashed) only when
 * asked. Jobs of other applications sharing the repository are left alone.
 */
public final class RunCleaner {

    /**
     * Which runs go: those that match every rule given.
     *
     * @param olderThan          runs whose latest execution ended (or was created) longer ago than this, or null
     * @param keep               all but the {@code keep} newest runs, or null
     * @param includeRestartable whether failed, stopped and crashed runs may go too
     */
    public record Rules(Duration olderThan, Integer keep, boolean includeRestartable) {
    }

    /**
     * A run and what becomes of it.
     *
     * @param instanceId  the run's job instance
     * @param pipeline    its pipeline
     * @param execution   its latest execution
     * @param status      that execution's status (CRASHED when its process is gone)
     * @param when        when it ended, or was created when it has not ended
     * @param keptBecause why it stays, or null when it goes
     */
    public record Run(long instanceId, String pipeline, long execution, String status, Instant when, String keptBecause) {
    }

    /**
     * What was (or, in a dry run, would be) done.
     *
     * @param removed      the runs removed
     * @param kept         the runs kept, each with its reason
     * @param translations the stored translations removed (job ids)
     */
    public record Outcome(List<Run> removed, List<Run> kept, List<String> translations) {
    }

    private final Baton baton;

    public RunCleaner(Baton baton) {
        this.baton = baton;
    }

    /**
     * Removes the runs the rules select.
     *
     * @param dryRun only say what would go
     * @throws IllegalStateException when the repository refuses; then nothing was removed
     */
    public Outcome clean(Rules rules, boolean dryRun) throws IOException {
        baton.startRuntime();
        Map<Long, List<RunRecords.Row>> byInstance = new LinkedHashMap<>();
        for (RunRecords.Row row : baton.records().executions()) { // newest first
            if (row.pipeline() != null) {
                byInstance.computeIfAbsent(row.instanceId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Run> removed = new ArrayList<>();
        List<Run> kept = new ArrayList<>();
        Map<Long, List<Long>> executions = new LinkedHashMap<>();
        Set<String> jobs = new TreeSet<>();
        Instant now = Instant.now();
        int index = 0;
        for (Map.Entry<Long, List<RunRecords.Row>> e : byInstance.entrySet()) {
            RunRecords.Row latest = e.getValue().get(0);
            var execution = latest.execution();
            Instant when = (execution.getEndTime() != null ? execution.getEndTime() : execution.getCreateTime()).toInstant();
            String status = latest.status();
            String why = null;
            if (RunState.RUNNING.stream().anyMatch(s -> s.name().equals(status))) {
                why = "in progress";
            } else if (!rules.includeRestartable() && Set.of("FAILED", "STOPPED", "CRASHED").contains(status)) {
                why = "restartable (baton restart " + execution.getExecutionId() + "; --include-restartable removes it)";
            } else if (rules.keep() != null && index < rules.keep()) {
                why = "among the " + rules.keep() + " newest";
            } else if (rules.olderThan() != null && when.isAfter(now.minus(rules.olderThan()))) {
                why = "newer than " + rules.olderThan().toString().substring(2).toLowerCase(java.util.Locale.ROOT);
            }
            index++;
            Run run = new Run(e.getKey(), latest.pipeline(), execution.getExecutionId(), status, when, why);
            if (why == null) {
                removed.add(run);
                executions.put(e.getKey(), e.getValue().stream().map(r -> r.execution().getExecutionId()).toList());
                jobs.add(execution.getJobName());
            } else {
                kept.add(run);
            }
        }
        if (dryRun || removed.isEmpty()) {
            return new Outcome(removed, kept, dryRun ? unused(jobs, executions.keySet()) : List.of());
        }
        deleteRows(executions);
        for (Run run : removed) {
            deleteTree(BatonHome.run(baton.home(), run.instanceId()));
        }
        List<String> translations = unused(jobs, Set.of());
        JobXmlStore store = new JobXmlStore(baton.home());
        for (String job : translations) {
            Files.deleteIfExists(store.path(job));
        }
        return new Outcome(removed, kept, translations);
    }

    /** Of these jobs, those with a stored translation and no run left but the ones going. */
    private List<String> unused(Set<String> jobs, Set<Long> going) {
        JobXmlStore store = new JobXmlStore(baton.home());
        List<String> unused = new ArrayList<>();
        DataSource dataSource = SeBatchEnvironment.current().dataSource();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT JOBINSTANCEID FROM JOB_INSTANCE WHERE JOBNAME = ?")) {
            for (String job : jobs) {
                q.setString(1, job);
                boolean used = false;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        used |= !going.contains(rs.getLong(1));
                    }
                }
                if (!used && Files.isRegularFile(store.path(job))) {
                    unused.add(job);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository: " + e.getMessage(), e);
        }
        return unused;
    }

    /** Deletes every row of these runs, in one transaction. */
    private static void deleteRows(Map<Long, List<Long>> executionsByInstance) {
        DataSource dataSource = SeBatchEnvironment.current().dataSource();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (Map.Entry<Long, List<Long>> e : executionsByInstance.entrySet()) {
                    for (long execution : e.getValue()) {
                        update(c, "DELETE FROM PARTITION_EXECUTION WHERE STEPEXECUTIONID IN"
                                + " (SELECT STEPEXECUTIONID FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?)", execution);
                        update(c, "DELETE FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?", execution);
                        update(c, "DELETE FROM " + Ownership.TABLE + " WHERE JOBEXECUTIONID = ?", execution);
                        update(c, "DELETE FROM " + JdbcTraceLedger.TABLE + " WHERE JOBEXECUTIONID = ?", execution);
                        update(c, "DELETE FROM " + LeftoverProcesses.TABLE + " WHERE JOBEXECUTIONID = ?", execution);
                    }
                    long instance = e.getKey();
                    update(c, "DELETE FROM " + Ownership.TABLE + " WHERE JOBEXECUTIONID = ?", -instance);
                    update(c, "DELETE FROM " + JdbcMemoStore.TABLE + " WHERE JOBINSTANCEID = ?", instance);
                    update(c, "DELETE FROM JOB_EXECUTION WHERE JOBINSTANCEID = ?", instance);
                    update(c, "DELETE FROM JOB_INSTANCE WHERE JOBINSTANCEID = ?", instance);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the runs' rows (none was removed): " + e.getMessage(), e);
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** Deletes a folder and what it holds; links are removed, never followed. */
    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
