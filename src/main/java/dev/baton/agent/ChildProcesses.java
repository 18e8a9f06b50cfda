package dev.baton.agent;

import java.util.Map;

/**
 * Where agents and advisors that start processes say so, for the runtime of this process: Baton's
 * Java SE runtime records each one with its execution, so that when the runner dies (kill -9) and
 * another process takes the run over, it ends what is left of them before running their stage
 * again, instead of letting two copies write into one run folder.
 */
public final class ChildProcesses {

    /** What the runtime does with the processes stages start. */
    public interface Listener {

        /**
         * A process started.
         *
         * @param process     the process
         * @param environment the variables it was given beside the runner's (its stage's
         *                    {@code BATON_EXECUTION_ID} among them)
         */
        void started(ProcessHandle process, Map<String, String> environment);

        /** A process that {@link #started} has ended. */
        void ended(ProcessHandle process);

        /**
         * Variables every process gets, so that the runtime can find the processes of a runner
         * that died before it could record them ({@link #started} runs only once the process runs).
         */
        default Map<String, String> marks() {
            return Map.of();
        }
    }

    private static final Listener NONE = new Listener() {
        @Override
        public void started(ProcessHandle process, Map<String, String> environment) {
        }

        @Override
        public void ended(ProcessHandle process) {
        }
    };

    private static volatile Listener listener = NONE;

    private ChildProcesses() {
    }

    /** Sets the runtime's listener (one per process). */
    public static void listen(Listener runtime) {
        listener = runtime == null ? NONE : runtime;
    }

    /** The variables the runtime puts into every process's environment (none without a runtime). */
    public static Map<String, String> marks() {
        try {
            return listener.marks();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** Says a process started; never throws. */
    public static void started(ProcessHandle process, Map<String, String> environment) {
        try {
            listener.started(process, environment);
        } catch (RuntimeException ignored) {
            // recording is a safety net; the process runs either way
        }
    }

    /** Says a process ended; never throws. */
    public static void ended(ProcessHandle process) {
        try {
            listener.ended(process);
        } catch (RuntimeException ignored) {
            // as above
        }
    }
}
