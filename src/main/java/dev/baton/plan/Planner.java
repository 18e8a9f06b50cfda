package dev.baton.plan;

import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Stage;
import dev.baton.pipeline.Visibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a dependency graph into a {@link Plan}: a pure function, the same graph and options
 * always giving the same plan.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * The plan of a loaded (hence acyclic) pipeline. With {@code memory_view: earlier_waves} every
     * stage also depends on the stages of the waves before its own, as the seed framework let it
     * see them.
     */
    public static Plan plan(Pipeline pipeline, PlanOptions options) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (Stage stage : pipeline.stages()) {
            deps.put(stage.name(), stage.dependencies());
        }
        if (pipeline.policy().visibility() == Visibility.EARLIER_WAVES) {
            deps = withEarlierWaves(deps);
        }
        return plan(deps, options);
    }

    /** Each stage's dependencies and, after them, every stage of an earlier wave, in file order. */
    private static Map<String, List<String>> withEarlierWaves(Map<String, List<String>> deps) {
        Map<String, Integer> waveOf = layer(deps);
        Map<String, List<String>> wider = new LinkedHashMap<>();
        deps.forEach((stage, own) -> {
            List<String> all = new ArrayList<>(own);
            deps.keySet().stream().filter(other -> waveOf.get(other) < waveOf.get(stage) && !own.contains(other)).forEach(all::add);
            wider.put(stage, all);
        });
        return wider;
    }

    /**
     * The plan of a graph.
     *
     * @param dependencies stage name to the stages it depends on directly; its iteration order is
     *                     the file order. Every named dependency must be a key, and the graph acyclic.
     * @throws IllegalArgumentException if a dependency is unknown or the graph has a cycle
     */
    public static Plan plan(Map<String, List<String>> dependencies, PlanOptions options) {
        Map<String, Integer> waveOf = layer(dependencies);
        int waveCount = waveOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<String>> members = new ArrayList<>();
        for (int i = 0; i < waveCount; i++) {
            members.add(new ArrayList<>());
        }
        dependencies.keySet().forEach(name -> members.get(waveOf.get(name) - 1).add(name));

        List<Wave> waves = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < waveCount; i++) {
            List<String> stages = members.get(i);
            waves.add(new Wave(i + 1, stages, stages.stream().map(List::of).toList()));
            order.addAll(stages);
        }
        return new Plan(options, waves, order, waveOf, dependencies, structure(options, waves, order, dependencies));
    }

    private static Block structure(PlanOptions options, List<Wave> waves, List<String> order, Map<String, List<String>> dependencies) {
        if (options.mode() == Mode.SEQUENTIAL) {
            return Block.series(order.stream().map(n -> (Block) new Block.Stage(n)).toList());
        }
        if (options.schedule() == Schedule.EAGER) {
            return EagerScheduler.schedule(order, dependencies);
        }
        List<Block> series = new ArrayList<>();
        for (Wave wave : waves) {
            List<Block> flows = wave.flows().stream()
                    .map(flow -> Block.series(flow.stream().map(n -> (Block) new Block.Stage(n)).toList())).toList();
            series.add(flows.size() == 1 ? flows.get(0) : new Block.Parallel("wave-" + wave.number(), flows));
        }
        return Block.series(series);
    }

    /** Longest-path layering: a stage's wave is one more than the latest wave of its dependencies. */
    private static Map<String, Integer> layer(Map<String, List<String>> dependencies) {
        Map<String, Integer> waveOf = new HashMap<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : dependencies.keySet()) {
            waveOf(name, dependencies, waveOf, visiting);
        }
        return waveOf;
    }

    private static int waveOf(String name, Map<String, List<String>> dependencies,
                              Map<String, Integer> waveOf, Set<String> visiting) {
        Integer known = waveOf.get(name);
        if (known != null) {
            return known;
        }
        List<String> deps = dependencies.get(name);
        if (deps == null) {
            throw new IllegalArgumentException("unknown stage: " + name);
        }
        if (!visiting.add(name)) {
            throw new IllegalArgumentException("dependency cycle through " + visiting);
        }
        int wave = 1;
        for (String dep : deps) {
            wave = Math.max(wave, waveOf(dep, dependencies, waveOf, visiting) + 1);
        }
        visiting.remove(name);
        waveOf.put(name, wave);
        return wave;
    }
}
