package dev.baton.remote;

import dev.baton.record.StageResult;
import dev.baton.stage.Upstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stage's upstream as it travels to a worker: the names and final results the coordinator's
 * {@link Upstream} gave when the stage was dispatched, answering the same questions.
 *
 * @param direct  its direct dependencies, in file order
 * @param all     every stage it depends on, in plan order
 * @param results the final results of those that have one
 * @param aliases identifier forms of the pipeline's stage names
 * @param stages  every stage name of the pipeline
 */
record ShippedUpstream(List<String> direct, List<String> all, Map<String, StageResult> results, Map<String, String> aliases,
                       Set<String> stages) implements Upstream {

    /** What {@code upstream} says now, for a stage of a pipeline with these stage names and aliases. */
    static ShippedUpstream of(Upstream upstream, Set<String> stages, Map<String, String> aliases) {
        List<String> all = upstream.all();
        Map<String, StageResult> results = new LinkedHashMap<>();
        for (String stage : all) {
            StageResult result = upstream.result(stage);
            if (result != null) {
                results.put(stage, result);
            }
        }
        return new ShippedUpstream(upstream.direct(), all, results, aliases, stages);
    }

    @Override
    public boolean includes(String stage) {
        return all.contains(stage);
    }

    @Override
    public StageResult result(String stage) {
        return results.get(stage);
    }

    @Override
    public String stageNamed(String name) {
        String named = stages.contains(name) ? name : aliases.get(name);
        return named != null && includes(named) ? named : null;
    }
}
