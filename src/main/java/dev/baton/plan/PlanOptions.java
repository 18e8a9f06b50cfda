package dev.baton.plan;

/**
 * The choices that shape a plan.
 *
 * @param mode       sequential or parallel
 * @param maxWorkers the most stages that may run at once in parallel mode, at least 1
 * @param schedule   how parallel stages are grouped: waves (the default) or eager
 */
public record PlanOptions(Mode mode, int maxWorkers, Schedule schedule) {

    /** The default of {@code --max-workers}. */
    public static final int DEFAULT_MAX_WORKERS = 4;

    /** Parallel waves with the default number of workers: the shape of the bundled pipelines' job XML. */
    public static final PlanOptions DEFAULT_PARALLEL = new PlanOptions(Mode.PARALLEL, DEFAULT_MAX_WORKERS);

    /** Options with the default schedule, waves. */
    public PlanOptions(Mode mode, int maxWorkers) {
        this(mode, maxWorkers, Schedule.WAVES);
    }

    public PlanOptions {
        schedule = schedule == null ? Schedule.WAVES : schedule;
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("maxWorkers must be at least 1, not " + maxWorkers);
        }
    }
}
