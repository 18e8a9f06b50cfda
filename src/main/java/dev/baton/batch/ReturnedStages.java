package dev.baton.batch;

/**
 * The stage whose batchlet has just returned on this thread, for a job repository that writes its
 * checkpoint once rather than twice. After a batchlet returns, JBeret writes the step's row to store
 * its checkpoint unless the step is being stopped, and then, once the step's listeners have run,
 * writes the whole row again: status, end time, checkpoint (its BatchletRunner, then its
 * StepExecutionRunner). The first write is the step's only look at a stop marked in the repository by
 * another process. For a stage, whose step has no listeners, a repository that knows its batchlet has
 * just returned may answer that first write by reading whether the step is being stopped, and leave the
 * checkpoint to the second: one commit fewer a stage, and the same outcome whenever the process stops
 * (a checkpoint not yet written is a stage that runs again on restart, before and after).
 *
 * <p>Off unless a repository that asks {@link #enable}s it; a batchlet that threw is not marked.
 */
public final class ReturnedStages {

    private static final ThreadLocal<Long> RETURNED = new ThreadLocal<>();
    private static volatile boolean enabled;

    private ReturnedStages() {
    }

    /** Starts marking returned stages: a repository of this process asks {@link #justReturned}. */
    public static void enable() {
        enabled = true;
    }

    /** Marks the stage of this step execution as returned on this thread (the stage's batchlet's last act). */
    public static void returned(long stepExecutionId) {
        if (enabled) {
            RETURNED.set(stepExecutionId);
        }
    }

    /**
     * Whether the batchlet of this step execution is the stage that has just returned on this thread;
     * asking clears the mark, whatever the answer.
     */
    public static boolean justReturned(long stepExecutionId) {
        Long returned = RETURNED.get();
        RETURNED.remove();
        return returned != null && returned == stepExecutionId;
    }
}
