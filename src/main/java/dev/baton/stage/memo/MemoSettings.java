package dev.baton.stage.memo;

import dev.baton.json.Json;

import java.util.HashSet;
import java.util.Set;

/**
 * Which stages of a run are memoized, and whether their reused outputs are reviewed again.
 *
 * @param stages      the memoized stages' names; empty when none is
 * @param reviewAgain whether a reused output is reviewed again (else its earlier reviews are kept)
 * @param reuse       whether kept results are reused; with {@code --no-cache} they are not, but the new ones are kept
 */
public record MemoSettings(Set<String> stages, boolean reviewAgain, boolean reuse) {

    /** No stage is memoized. */
    public static final MemoSettings OFF = new MemoSettings(Set.of(), true, false);

    public MemoSettings {
        stages = Set.copyOf(stages);
    }

    /**
     * The settings of a job: its {@code baton.memoize} property, unless the run was started with {@code --no-cache}.
     *
     * @param property the job property's JSON, or null
     * @param noCache  whether memoization is turned off for the run
     */
    public static MemoSettings of(String property, boolean noCache) {
        if (property == null || property.isBlank()) {
            return OFF;
        }
        var tree = Json.tree(property);
        Set<String> names = new HashSet<>();
        tree.path("stages").forEach(n -> names.add(n.asText()));
        return new MemoSettings(names, tree.path("reviewAgain").asBoolean(true), !noCache);
    }

    public boolean covers(String stage) {
        return stages.contains(stage);
    }
}
