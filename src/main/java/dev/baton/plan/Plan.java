package dev.baton.plan;

import java.util.List;
import java.util.Map;

/**
 * How a pipeline's stages will run: its waves, its sequential order, and each stage's transitive
 * dependencies (whose outputs, and only those, the stage sees).
 *
 * @param options        the options the plan was made with
 * @param waves          the waves in order; every stage is in exactly one
 * @param order          all stages in topological order (wave by wave, file order within a wave)
 * @param waveOf         stage name to its wave number
 * @param dependencies   stage name to the stages it depends on directly
 * @param structure      the schedule as JSR-352 will run it: a series of stages (sequential), of
 *                       waves, each a split of one flow per stage (parallel, waves), or a split of
 *                       chains of dependencies (parallel, eager). At run time every stage also waits
 *                       for its own dependencies to end and for one of {@code --max-workers} permits
 */
public record Plan(PlanOptions options,
                   List<Wave> waves,
                   List<String> order,
                   Map<String, Integer> waveOf,
                   Map<String, List<String>> dependencies,
                   Block structure) {

    public Plan {
        waves = List.copyOf(waves);
        order = List.copyOf(order);
        waveOf = Map.copyOf(waveOf);
        dependencies = Map.copyOf(dependencies);
    }

    /** The plan's dependency graph. */
    public StageGraph graph() {
        return new StageGraph(order, dependencies);
    }

    /** Every stage {@code stage} depends on, directly or not, in plan order; computed on each call. */
    public List<String> upstream(String stage) {
        return graph().upstream(stage);
    }

    /** The widest wave's number of stages. */
    public int width() {
        return waves.stream().mapToInt(w -> w.stages().size()).max().orElse(0);
    }
}
