package dev.baton.runtime;

import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Problem;

import java.util.List;

/**
 * What a check of a pipeline found: every reason a run of it would be refused, and the names its
 * tasks use that only the run's memory can give.
 *
 * @param pipeline the loaded pipeline, or null when it does not load
 * @param problems why a run would be refused; empty when it would start
 * @param needs    tasks' names that neither the file's memory nor the memory given defines, each
 *                 at its task (a run refuses them unless {@code --mem} gives them)
 * @param unseen   stages that no longer see a stage of an earlier wave, which the seed framework
 *                 showed them (a note: the run goes on)
 */
public record Validation(Pipeline pipeline, List<Problem> problems, List<Problem> needs, List<Problem> unseen) {

    public Validation {
        problems = List.copyOf(problems);
        needs = List.copyOf(needs);
        unseen = List.copyOf(unseen);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
