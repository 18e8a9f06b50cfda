package dev.baton.runtime;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Repository work done again when it failed because the embedded database changed hands under it
 * (the process that served it exited mid-statement, another took over): the work found no database
 * to talk to, so doing it again does it once. Any other failure is the caller's.
 */
final class Patience {

    private Patience() {
    }

    /** Repository work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs the work, again after a short pause while its failure is the database changing hands,
     * for up to {@link PatientDataSource#PATIENCE_MS}.
     */
    static <T> T call(Work<T> work) throws Exception {
        long deadline = System.currentTimeMillis() + PatientDataSource.PATIENCE_MS;
        long pause = 25;
        while (true) {
            try {
                return work.run();
            } catch (Exception e) {
                if (!handOver(e) || System.currentTimeMillis() + pause > deadline) {
                    throw e;
                }
                Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause));
                pause = Math.min(pause * 2, 1_000);
            }
        }
    }

    /** Whether a failure, or one of its causes, is the embedded database changing hands. */
    static boolean handOver(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && PatientDataSource.isLockRace(sql)) {
                return true;
            }
        }
        return false;
    }
}
