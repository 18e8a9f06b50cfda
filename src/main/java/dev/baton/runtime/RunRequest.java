package dev.baton.runtime;

import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run to start: which pipeline, planned how, with which initial memory, preset and fail-fast.
 * Built by the command line from its options, by the REST API from its request body, and by
 * programs that embed Baton:
 * <pre>{@code
 * RunRequest.of(Path.of("pipeline.yaml")).parallel(4).withMemory("product_idea", "a coffee shop")
 * }</pre>
 *
 * @param pipeline the pipeline
 * @param options  how its plan is shaped
 * @param memory   initial memory entries as texts, each read as JSON when it is JSON, else as text
 *                 (as {@code --mem KEY=VALUE} gives them); they override the pipeline's {@code memory:}
 * @param preset   a policy preset's name or file, merged under the pipeline's own policy, or null
 * @param failFast whether the whole run stops at its first final rejection or failure
 * @param noCache  whether memoized stages call their agents all the same ({@code --no-cache})
 * @param topSuggestions how many of the reviewers' most frequent suggestions the run's {@code report.md}
 *                 lists ({@code --top-suggestions N}); 0 for the default, {@value dev.baton.record.TopSuggestions#DEFAULT}
 */
public record RunRequest(PipelineSource pipeline, PlanOptions options, Map<String, String> memory, String preset,
                         boolean failFast, boolean noCache, int topSuggestions) {

    public RunRequest {
        if (topSuggestions < 0) {
            throw new IllegalArgumentException("topSuggestions must be 0 or more, not " + topSuggestions);
        }
        memory = Collections.unmodifiableMap(new LinkedHashMap<>(memory));
    }

    /** A request that uses memoized results where the policy allows. */
    public RunRequest(PipelineSource pipeline, PlanOptions options, Map<String, String> memory, String preset, boolean failFast) {
        this(pipeline, options, memory, preset, failFast, false, 0);
    }

    /** The same request, with memoized results reused or not. */
    public RunRequest withNoCache(boolean noCache) {
        return new RunRequest(pipeline, options, memory, preset, failFast, noCache, topSuggestions);
    }

    /** The same request, its {@code report.md} listing the {@code n} most frequent suggestions (0: the default). */
    public RunRequest withTopSuggestions(int n) {
        return new RunRequest(pipeline, options, memory, preset, failFast, noCache, n);
    }

    /** A sequential run of a pipeline file, with the pipeline's own memory. */
    public static RunRequest of(Path file) {
        return of(new PipelineSource.File(file));
    }

    /** A sequential run of a pipeline, with the pipeline's own memory. */
    public static RunRequest of(PipelineSource pipeline) {
        return new RunRequest(pipeline, new PlanOptions(Mode.SEQUENTIAL, PlanOptions.DEFAULT_MAX_WORKERS), Map.of(), null, false);
    }

    /** The same request planned with these options. */
    public RunRequest with(PlanOptions planOptions) {
        return new RunRequest(pipeline, planOptions, memory, preset, failFast, noCache, topSuggestions);
    }

    /** The same request in parallel waves of at most {@code maxWorkers} stages at once. */
    public RunRequest parallel(int maxWorkers) {
        return with(new PlanOptions(Mode.PARALLEL, maxWorkers));
    }

    /** The same request with one more memory entry (a text, read as JSON when it is JSON). */
    public RunRequest withMemory(String key, String text) {
        Map<String, String> more = new LinkedHashMap<>(memory);
        more.put(key, text);
        return new RunRequest(pipeline, options, more, preset, failFast, noCache, topSuggestions);
    }

    /** The same request with these memory entries added. */
    public RunRequest withMemory(Map<String, String> texts) {
        Map<String, String> more = new LinkedHashMap<>(memory);
        more.putAll(texts);
        return new RunRequest(pipeline, options, more, preset, failFast, noCache, topSuggestions);
    }

    /** The same request with a policy preset (a bundled preset's name, one in {@code BATON_HOME/presets}, or a file). */
    public RunRequest withPreset(String nameOrFile) {
        return new RunRequest(pipeline, options, memory, nameOrFile, failFast, noCache, topSuggestions);
    }

    /** The same request, stopping at the first final rejection or failure or not. */
    public RunRequest withFailFast(boolean stopAtFirstFailure) {
        return new RunRequest(pipeline, options, memory, preset, stopAtFirstFailure, noCache, topSuggestions);
    }
}
