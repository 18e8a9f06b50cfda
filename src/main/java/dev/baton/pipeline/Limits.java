package dev.baton.pipeline;

/**
 * How large the values of a pipeline may be: large enough for any real pipeline, small enough that
 * what the run does with them (attempt counts, file names, job repository columns) cannot overflow.
 */
public final class Limits {

    /** The most retries a stage or category may ask for. */
    public static final long MAX_RETRIES = 100;
    /** The longest timeout, in seconds: thirty days. */
    public static final double MAX_TIMEOUT_SECONDS = 30 * 24 * 3600;
    /** How a timeout's range is said. */
    static final String TIMEOUT_RANGE = "a number of seconds above 0, at most 2592000 (thirty days)";
    /** The longest pipeline name: it names the job and the file of its stored translation. */
    public static final int MAX_PIPELINE_NAME = 100;
    /** The longest stage name: it makes the step's id, which the job repository keeps in 255 characters. */
    public static final int MAX_STAGE_NAME = 200;

    private Limits() {
    }
}
