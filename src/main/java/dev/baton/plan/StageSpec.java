package dev.baton.plan;

import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Decision;
import dev.baton.pipeline.OnReject;

import java.util.List;
import java.util.Map;

/**
 * Everything a stage needs at run time, resolved against the policy: what the job XML carries
 * in the stage's batchlet properties, so that the job XML alone is enough to run or restart it.
 *
 * @param name           the stage's name
 * @param agent          the producer's name
 * @param advisors       the reviewers, with their weights; empty when the stage passes unreviewed
 * @param decision       how several reviews are combined
 * @param task           the task template, or null
 * @param category       the category, or null
 * @param threshold      the minimum score, or null to take the agent's own default
 * @param maxAttempts    attempts allowed, at least 1 (retries + 1)
 * @param timeoutSeconds the limit of one attempt, or null for none
 * @param inputs         artifact paths read, relative to the run folder
 * @param outputs        artifact paths written, relative to the run folder
 * @param onReject       what a final rejection does
 * @param with           agent parameters (immutable plain values)
 * @param dependencies   the stages this one depends on directly, in file order (the job's
 *                       {@code baton.stages} property holds the whole graph)
 * @param wave           the stage's wave number
 */
public record StageSpec(String name,
                        String agent,
                        List<AdvisorRef> advisors,
                        Decision decision,
                        String task,
                        String category,
                        Double threshold,
                        int maxAttempts,
                        Double timeoutSeconds,
                        List<String> inputs,
                        List<String> outputs,
                        OnReject onReject,
                        Map<String, Object> with,
                        List<String> dependencies,
                        int wave) {

    public StageSpec {
        advisors = List.copyOf(advisors);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        dependencies = List.copyOf(dependencies);
        with = with == null ? Map.of() : with;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }
}
