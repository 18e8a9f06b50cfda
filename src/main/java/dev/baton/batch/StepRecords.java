package dev.baton.batch;

import java.util.function.BooleanSupplier;

/**
 * What the job repository has recorded of a step's end. The batch runtime tells a step's end to
 * the stages waiting for it (in memory) a moment before it writes that end to the repository; a
 * stage of another flow that started in that moment, and a process killed just then, would leave a
 * restart that runs the dependency again but skips the stage built on its first result. So a stage
 * that depends on a stage of another flow waits for the end to be recorded, where the repository
 * tells when it has written it ({@link #install}); where it cannot, it waits for the end in memory only.
 */
public interface StepRecords {

    /** Repository of unknown shape: every end counts as recorded once it is known in memory. */
    StepRecords IN_MEMORY_ONLY = (executionId, step, stopping) -> {
    };

    /**
     * Returns once the repository has recorded the end (any final batch status) of a step of an
     * execution, or once {@code stopping} says to stop waiting.
     */
    void awaitEnd(long executionId, String step, BooleanSupplier stopping) throws InterruptedException;

    /** The process's records. */
    static StepRecords current() {
        return Installed.records;
    }

    /** Makes the process's records (Baton's SE runtime installs one that its repository tells of every step end it writes). */
    static void install(StepRecords records) {
        Installed.records = records;
    }

    /** The installed records. */
    final class Installed {
        private static volatile StepRecords records = IN_MEMORY_ONLY;

        private Installed() {
        }
    }
}
