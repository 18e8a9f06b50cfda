package dev.baton.runtime;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import org.jberet.runtime.StepExecutionImpl;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What this process last wrote of each step execution's row, so that a write that would store the
 * same values again can be left out. JBeret writes a batchlet step's row four times: when it adds
 * the step, after the batchlet returns (its checkpoint, unless the step is being stopped), after the
 * step's listeners (its final status, end time and checkpoint), and once more at the step's end,
 * with the values of the write before. That last write changes nothing in the row, and on the
 * embedded repository every write is a commit on disk: a fifth of what a no-op stage costs.
 *
 * <p>A write is remembered only once it returned, and left out only when what was remembered has a
 * final status: nothing else in Baton or JBeret writes a step's row once its status is final (a stop
 * changes only rows still {@code STARTED}), so the row then holds what was remembered. Partition
 * executions are not tracked. At most {@value #TRACKED} steps are remembered (the least recently
 * written are forgotten first); a step is forgotten once a write of it was left out, since JBeret
 * writes it no more.
 */
final class StepWrites {

    static final int TRACKED = 1024;
    private static final Set<String> FINAL = Set.of(BatchStatus.COMPLETED.name(), BatchStatus.FAILED.name(), BatchStatus.STOPPED.name(),
            BatchStatus.ABANDONED.name());

    private final Map<Long, Row> written = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Row> eldest) {
            return size() > TRACKED;
        }
    });

    /**
     * Whether writing {@code step} would store what its row holds already: as this process last
     * wrote it, with a final status (which nothing else changes). When it would, the step is forgotten.
     */
    boolean unchanged(Object step) {
        if (!(step instanceof StepExecutionImpl s)) {
            return false;
        }
        long id = s.getStepExecutionId();
        Row last = written.get(id);
        if (last != null && FINAL.contains(last.batchStatus()) && last.equals(Row.of(s))) {
            written.remove(id);
            return true;
        }
        return false;
    }

    /** Remembers what a write of {@code step} that returned has stored. */
    void wrote(Object step) {
        if (step instanceof StepExecutionImpl s) {
            written.put(s.getStepExecutionId(), Row.of(s));
        }
    }

    /** Forgets what was written of {@code step}: a write of it whose outcome is not known. */
    void forget(Object step) {
        if (step instanceof StepExecutionImpl s) {
            written.remove(s.getStepExecutionId());
        }
    }

    /** The columns of a step's row that JBeret's update writes (the exception by identity: the same object writes the same text). */
    private record Row(long endTime, String batchStatus, String exitStatus, Exception exception, byte[] persistentUserData,
                       long[] metrics, byte[] readerCheckpoint, byte[] writerCheckpoint) {

        static Row of(StepExecutionImpl s) {
            Metric.MetricType[] types = Metric.MetricType.values();
            long[] metrics = new long[types.length];
            for (int i = 0; i < types.length; i++) {
                metrics[i] = s.getStepMetrics().get(types[i]);
            }
            return new Row(s.getEndTime() == null ? Long.MIN_VALUE : s.getEndTime().getTime(),
                    s.getBatchStatus() == null ? null : s.getBatchStatus().name(), s.getExitStatus(), s.getException(),
                    s.getPersistentUserDataSerialized(), metrics, s.getReaderCheckpointInfoSerialized(), s.getWriterCheckpointInfoSerialized());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && endTime == r.endTime && Objects.equals(batchStatus, r.batchStatus)
                    && Objects.equals(exitStatus, r.exitStatus) && exception == r.exception
                    && Arrays.equals(persistentUserData, r.persistentUserData) && Arrays.equals(metrics, r.metrics)
                    && Arrays.equals(readerCheckpoint, r.readerCheckpoint) && Arrays.equals(writerCheckpoint, r.writerCheckpoint);
        }

        @Override
        public int hashCode() {
            return Objects.hash(endTime, batchStatus, exitStatus) * 31 + Arrays.hashCode(persistentUserData);
        }
    }
}
