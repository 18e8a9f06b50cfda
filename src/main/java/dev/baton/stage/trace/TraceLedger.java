package dev.baton.stage.trace;

/**
 * Where the trace of each job execution is kept ({@link RunTrace#reference()}), so that the report
 * of any execution names its trace and a restart links to the trace it continues. The runtime
 * installs one kept in the job repository; until then nothing is kept.
 */
public interface TraceLedger {

    /** A ledger that keeps nothing. */
    TraceLedger NONE = new TraceLedger() {
        @Override
        public void record(long executionId, String reference) {
        }

        @Override
        public String reference(long executionId) {
            return null;
        }
    };

    /** Keeps the trace of an execution. */
    void record(long executionId, String reference);

    /** The trace of an execution as {@code TRACEID-SPANID}, or null when none was kept. */
    String reference(long executionId);

    /** The trace id of an execution, or null. */
    default String traceId(long executionId) {
        String reference = reference(executionId);
        int dash = reference == null ? -1 : reference.indexOf('-');
        return dash < 0 ? null : reference.substring(0, dash);
    }

    /** The process's ledger. */
    static TraceLedger current() {
        return Installed.ledger;
    }

    /** Makes a ledger the process's. */
    static void install(TraceLedger ledger) {
        Installed.ledger = ledger;
    }

    /** The installed ledger. */
    final class Installed {
        private static volatile TraceLedger ledger = NONE;

        private Installed() {
        }
    }
}
