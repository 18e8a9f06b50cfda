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
 * @param transitiveDeps stage name to every stage it depends on directly or not, in {@link #order}
 * @param structure      the schedule as JSR-352 will run it: a series of stages (sequential), of
 *                       waves (parallel, waves), or a series-parallel decomposition (parallel, eager)
 */
public record Plan(PlanOptions options,
                   List<Wave> waves,
                   List<String> order,
                   Map<String, Integer> waveOf,
                   Map<String, List<String>> transitiveDeps,
                   Block structure) {

    public Plan {
        waves = List.copyOf(waves);
        order = List.copyOf(order);
        waveOf = Map.copyOf(waveOf);
        transitiveDeps = Map.copyOf(transitiveDeps);
    }

    /** The widest wave's number of stages. */
    public int width() {
        return waves.stream().mapToInt(w -> w.stages().size()).max().orElse(0);
    }
}
