package dev.baton.plan;

/** How the stages of a pipeline are run. */
public enum Mode {
    /** One stage at a time, in topological order. */
    SEQUENTIAL,
    /** Waves of independent stages, each wave a split of parallel flows. */
    PARALLEL
}
