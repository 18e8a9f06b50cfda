package dev.baton.record;

/** Where a stage stands in a run. */
public enum StageStatus {
    /** Its review passed the gate (or it has no advisor). */
    PASSED,
    /** Its last review failed the gate and its {@code on_reject} let the run go on. */
    REJECTED,
    /** It failed: an error, or a final rejection with {@code on_reject: fail}. */
    FAILED,
    /** An upstream stage was rejected with {@code on_reject: skip_downstream}. */
    SKIPPED,
    /** It was stopped (by {@code baton stop}, Ctrl-C, or fail-fast); a restart runs it again. */
    STOPPED,
    /** It is running now. */
    RUNNING,
    /** It was running when the process that ran it died (a crashed run); a restart runs it again. */
    INTERRUPTED,
    /** It has not run (yet). */
    NOT_RUN;

    /** Whether the stage's work is done and kept: a restart does not run it again. */
    public boolean isFinal() {
        return this == PASSED || this == REJECTED || this == SKIPPED;
    }
}
