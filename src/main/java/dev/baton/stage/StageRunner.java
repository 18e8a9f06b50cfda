package dev.baton.stage;

import dev.baton.record.StageResult;

/**
 * Runs one stage to the result that becomes its checkpoint: here ({@link StageExecutor}) or on a
 * worker process. One runner runs its stage once; {@link #stop()} may be called from any thread.
 */
public interface StageRunner {

    /** Runs the stage to its result; never throws for the stage's own failures. */
    StageResult run();

    /** Stops the stage: what runs of it is interrupted (its processes are killed) and nothing more of it starts. */
    void stop();
}
