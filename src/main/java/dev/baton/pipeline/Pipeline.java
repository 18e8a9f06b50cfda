package dev.baton.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, valid pipeline: its stages in file order, its policy and its initial memory.
 *
 * @param name           the job name: the file's {@code name:}, else the file name without
 *                       extension, made a valid job id
 * @param source         how the pipeline's file is named in messages (its path as given)
 * @param description    free text, or null
 * @param projectMode    the seed's {@code project_mode}, or null
 * @param stages         the stages in file order
 * @param policy         the policy
 * @param sharedAdvisors advisors that review every stage, beside the stage's own ({@code shared_advisors})
 * @param memory         initial memory: an immutable tree of String, Long, Double, Boolean, List, Map and null
 */
public record Pipeline(String name,
                       String source,
                       String description,
                       String projectMode,
                       List<Stage> stages,
                       Policy policy,
                       List<AdvisorRef> sharedAdvisors,
                       Map<String, Object> memory) {

    public Pipeline {
        stages = List.copyOf(stages);
        sharedAdvisors = List.copyOf(sharedAdvisors);
        memory = memory == null ? Map.of() : memory;
        policy = policy == null ? Policy.EMPTY : policy;
    }

    /** The stage of that name. */
    public Optional<Stage> stage(String stageName) {
        return stages.stream().filter(s -> s.name().equals(stageName)).findFirst();
    }
}
