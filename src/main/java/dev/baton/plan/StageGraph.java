package dev.baton.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency graph of a pipeline's stages: the stages in plan order and the stages each one
 * depends on directly. A plan has one, and so does a job definition read back from job XML.
 * Whether one stage depends on another is answered by a walk that goes no further back than the
 * other stage's place in the order, so asking about a near stage costs little however long the
 * pipeline is.
 */
public final class StageGraph {

    private final List<String> order;
    private final Map<String, List<String>> dependencies;
    private final Map<String, Integer> position = new HashMap<>();

    /**
     * @param order        every stage, in plan order (a topological order)
     * @param dependencies stage name to the stages it depends on directly; every stage is a key
     */
    public StageGraph(List<String> order, Map<String, List<String>> dependencies) {
        this.order = List.copyOf(order);
        this.dependencies = Map.copyOf(dependencies);
        for (int i = 0; i < this.order.size(); i++) {
            position.put(this.order.get(i), i);
        }
    }

    /** Every stage, in plan order. */
    public List<String> order() {
        return order;
    }

    /** Stage name to the stages it depends on directly. */
    public Map<String, List<String>> dependencies() {
        return dependencies;
    }

    /** The stages {@code stage} depends on directly. */
    public List<String> direct(String stage) {
        return dependencies.getOrDefault(stage, List.of());
    }

    /** Whether the graph has a stage of that name. */
    public boolean contains(String stage) {
        return position.containsKey(stage);
    }

    /** Every stage {@code stage} depends on, directly or not, in plan order; computed on each call. */
    public List<String> upstream(String stage) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(direct(stage));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(direct(next));
            }
        }
        List<String> inOrder = new ArrayList<>(seen);
        inOrder.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
        return inOrder;
    }

    /**
     * Whether {@code stage} depends on {@code other}, directly or not. Stages placed before
     * {@code other} in the order cannot lead to it and are not walked.
     */
    public boolean dependsOn(String stage, String other) {
        Integer target = position.get(other);
        if (target == null || !position.containsKey(stage) || position.get(stage) <= target) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(direct(stage));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(other)) {
                return true;
            }
            if (position.get(next) > target && seen.add(next)) {
                todo.addAll(direct(next));
            }
        }
        return false;
    }

    /** The stages no other stage depends on: the ends of the pipeline. */
    public Set<String> sinks() {
        Set<String> sinks = new HashSet<>(order);
        dependencies.values().forEach(sinks::removeAll);
        return sinks;
    }
}
