package dev.baton.pipeline;

import java.util.List;
import java.util.Map;

/**
 * One stage of a pipeline, as written in its file (nothing resolved against the policy yet,
 * except {@link #dependencies()}, which the loader computes).
 *
 * @param name         unique name in the pipeline; any text
 * @param agent        the producer's name
 * @param advisors     the stage's own reviewers ({@code advisor} or {@code advisors}), in file order
 * @param task         the task template (Jinja, or the legacy single-brace form), or null
 * @param category     the policy category, or null
 * @param dependsOn    the names in the stage's {@code depends_on}, in file order
 * @param dependencies every stage this stage depends on directly: {@code depends_on}, the top-level
 *                     {@code dependencies:} entry, and the stages whose {@code output} it names in
 *                     {@code input}; in file order, without repeats
 * @param maxRetries   retries after the first attempt, or null to take the policy's
 * @param minScore     the stage's own threshold, or null
 * @param timeoutSeconds the stage's own timeout, or null
 * @param inputs       artifact paths the stage reads, relative to the run folder
 * @param outputs      artifact paths the stage writes, relative to the run folder
 * @param description  free text, or null
 * @param onReject     what a final rejection does
 * @param with         agent parameters: an immutable tree of String, Long, Double, Boolean, List, Map and null
 * @param position     where the stage's mapping starts
 * @param keyPositions where each key's value starts, by key as written
 */
public record Stage(String name,
                   String agent,
                   List<AdvisorRef> advisors,
                   String task,
                   String category,
                   List<String> dependsOn,
                   List<String> dependencies,
                   Integer maxRetries,
                   Double minScore,
                   Double timeoutSeconds,
                   List<String> inputs,
                   List<String> outputs,
                   String description,
                   OnReject onReject,
                   Map<String, Object> with,
                   Position position,
                   Map<String, Position> keyPositions) {

    public Stage {
        advisors = List.copyOf(advisors);
        dependsOn = List.copyOf(dependsOn);
        dependencies = List.copyOf(dependencies);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        onReject = onReject == null ? OnReject.FAIL : onReject;
        with = with == null ? Map.of() : with;
        keyPositions = Map.copyOf(keyPositions);
    }

    /** Where the value of {@code key} starts, else where the stage starts. */
    public Position positionOf(String key) {
        return keyPositions.getOrDefault(key, position);
    }
}
