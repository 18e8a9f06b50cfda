package dev.baton.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency graph of a pipeline's stages: the stages in plan order and the stages each one
 * depends on directly. A plan has one, and so does a job definition read back from job XML.
 *
 * @param order        every stage, in plan order (a topological order)
 * @param dependencies stage name to the stages it depends on directly; every stage is a key
 */
public record StageGraph(List<String> order, Map<String, List<String>> dependencies) {

    public StageGraph {
        order = List.copyOf(order);
        dependencies = Map.copyOf(dependencies);
    }

    /** Every stage {@code stage} depends on, directly or not, in plan order; computed on each call. */
    public List<String> upstream(String stage) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(dependencies.getOrDefault(stage, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(dependencies.getOrDefault(next, List.of()));
            }
        }
        return order.stream().filter(seen::contains).toList();
    }

    /** The stages no other stage depends on: the ends of the pipeline. */
    public Set<String> sinks() {
        Set<String> sinks = new HashSet<>(order);
        dependencies.values().forEach(sinks::removeAll);
        return sinks;
    }
}
