package dev.baton.jobxml;

/** Names of the job-level properties Baton writes in a job XML, and of the job parameters that steer a run. */
public final class JobProperties {

    /** The pipeline's name. */
    public static final String PIPELINE = "baton.pipeline";
    /** The pipeline's description, when it has one. */
    public static final String DESCRIPTION = "baton.description";
    /** {@code sequential} or {@code parallel}. */
    public static final String MODE = "baton.mode";
    /** {@code eager} when the parallel stages are scheduled eagerly (absent for waves). */
    public static final String SCHEDULE = "baton.schedule";
    /** The most stages running at once. */
    public static final String MAX_WORKERS = "baton.maxWorkers";
    /** The initial memory from the pipeline's {@code memory:}, a JSON object. */
    public static final String MEMORY = "baton.memory";
    /** The stages in plan order, a JSON list of {@code {"name", "step", "wave", "dependsOn": [direct dependencies]}}: the whole graph. */
    public static final String STAGES = "baton.stages";
    /** The environment variables the stages name as secrets ({@code with.api_key_env}), a JSON list, when there are any. */
    public static final String SECRET_VARIABLES = "baton.secretVariables";
    /** The run's wall-clock limit in seconds, when set. */
    public static final String MAX_RUNTIME = "baton.budget.maxRuntimeSeconds";
    /** The run's artifact bytes limit, when set. */
    public static final String MAX_ARTIFACT_BYTES = "baton.budget.maxArtifactsBytes";

    /**
     * The memoized stages ({@code policy.memoize}), when there are any: a JSON object
     * {@code {"stages": [names], "reviewAgain": true|false}}.
     */
    public static final String MEMOIZE = "baton.memoize";
    /** The job parameter that turns memoization off for a run ({@code --no-cache}). */
    public static final String NO_CACHE = "baton.noCache";
    /** The job parameter saying how many of the most frequent suggestions {@code report.md} lists ({@code --top-suggestions}). */
    public static final String TOP_SUGGESTIONS = "baton.topSuggestions";

    /** The job parameter that stops the whole run at its first final rejection or failure ({@code --fail-fast}). */
    public static final String FAIL_FAST = "baton.failFast";

    /** The job listener that keeps a run's events and report. */
    public static final String RECORD_LISTENER = "batonRecord";

    /** The job listener that records which process runs an execution (Java SE; a no-op in a container). */
    public static final String OWNERSHIP_LISTENER = "batonOwnership";

    /** The batchlet every stage's step refers to. */
    public static final String STAGE_BATCHLET = "batonStage";

    private JobProperties() {
    }
}
