package dev.baton.stage;

import dev.baton.plan.StageGraph;
import dev.baton.record.StageResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The upstream of a stage in its pipeline's graph, with the results its run has: whether a stage
 * is upstream is answered by a walk back from this one, remembered for the next question.
 */
public final class GraphUpstream implements Upstream {

    private final StageGraph graph;
    private final String stage;
    private final Function<String, StageResult> results;
    private final Map<String, String> aliases;
    private final Map<String, Boolean> known = new HashMap<>();

    /**
     * @param graph   the pipeline's graph
     * @param stage   the stage whose upstream this is
     * @param results the final result of a stage of the run, or null
     * @param aliases identifier forms of the pipeline's stage names ({@link Aliases#of})
     */
    public GraphUpstream(StageGraph graph, String stage, Function<String, StageResult> results, Map<String, String> aliases) {
        this.graph = graph;
        this.stage = stage;
        this.results = results;
        this.aliases = aliases;
    }

    @Override
    public List<String> direct() {
        return graph.direct(stage);
    }

    @Override
    public synchronized boolean includes(String other) {
        return known.computeIfAbsent(other, o -> graph.dependsOn(stage, o));
    }

    @Override
    public StageResult result(String other) {
        return includes(other) ? results.apply(other) : null;
    }

    @Override
    public List<String> all() {
        return graph.upstream(stage);
    }

    @Override
    public String stageNamed(String name) {
        String named = graph.contains(name) ? name : aliases.get(name);
        return named != null && includes(named) ? named : null;
    }
}
