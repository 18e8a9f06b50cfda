package dev.baton.plan;

/**
 * The choices that shape a plan.
 *
 * @param mode       sequential or parallel
 * @param maxWorkers the most stages that may run at once in parallel mode, at least 1
 */
public record PlanOptions(Mode mode, int maxWorkers) {

    /** The default of {@code --max-workers}. */
    public static final int DEFAULT_MAX_WORKERS = 4;

    /** Parallel waves with the default number of workers: the shape of the bundled pipelines' job XML. */
    public static final PlanOptions DEFAULT_PARALLEL = new PlanOptions(Mode.PARALLEL, DEFAULT_MAX_WORKERS);

    public PlanOptions {
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("maxWorkers must be at least 1, not " + maxWorkers);
        }
    }
}
