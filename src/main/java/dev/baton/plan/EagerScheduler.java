package dev.baton.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the eager schedule of a dependency graph: its stages covered by chains, each chain a
 * flow of one split, each stage after one of its own dependencies in its chain. A stage's step
 * also waits, when it starts, for its other dependencies to end (the stage batchlet does, before it
 * takes a worker), so on any graph every stage starts as soon as all its own dependencies have
 * ended, and never waits for a stage it does not depend on: the makespan is the critical path when
 * workers are enough.
 *
 * <p>Chains are made in plan order: a stage extends a chain that ends with one of its dependencies
 * (the one fewest other stages depend on, then the latest), else starts a chain of its own; a
 * pipeline that is one chain is a plain series of steps.
 */
final class EagerScheduler {

    private EagerScheduler() {
    }

    /** The eager schedule of a graph whose iteration order is a topological order (plan order). */
    static Block schedule(List<String> order, Map<String, List<String>> dependencies) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> dependents = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
            dependencies.get(order.get(i)).forEach(d -> dependents.merge(d, 1, Integer::sum));
        }
        List<List<String>> chains = new ArrayList<>();
        Map<String, List<String>> chainEndingWith = new HashMap<>();
        for (String stage : order) {
            String extend = null;
            for (String dependency : dependencies.get(stage)) {
                if (chainEndingWith.containsKey(dependency) && (extend == null || before(dependency, extend, dependents, index))) {
                    extend = dependency;
                }
            }
            List<String> chain = extend == null ? new ArrayList<>() : chainEndingWith.remove(extend);
            if (extend == null) {
                chains.add(chain);
            }
            chain.add(stage);
            chainEndingWith.put(stage, chain);
        }
        List<Block> flows = chains.stream()
                .map(chain -> Block.series(chain.stream().map(n -> (Block) new Block.Stage(n)).toList())).toList();
        return flows.size() == 1 ? flows.get(0) : new Block.Parallel("split-1", flows);
    }

    /** Whether chain end {@code a} is the better one to extend: fewer stages depend on it (the others may want it), else it is later. */
    private static boolean before(String a, String b, Map<String, Integer> dependents, Map<String, Integer> index) {
        int byDependents = Integer.compare(dependents.get(a), dependents.get(b));
        return byDependents != 0 ? byDependents < 0 : index.get(a) > index.get(b);
    }
}
