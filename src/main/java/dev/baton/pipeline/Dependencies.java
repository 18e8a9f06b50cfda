package dev.baton.pipeline;

import dev.baton.message.Msg;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves each stage's dependencies from the three ways of declaring them ({@code depends_on},
 * the top-level {@code dependencies:} map, and {@code input} paths written by another stage's
 * {@code output}), and checks them: unknown stages, inputs nobody writes, outputs written twice,
 * stages depending on themselves, cycles.
 */
final class Dependencies {

    private final Problems problems;

    Dependencies(Problems problems) {
        this.problems = problems;
    }

    /**
     * The stages with their dependencies resolved, in file order.
     *
     * @param stages   the stages as read
     * @param extra    the top-level map: stage name node to the names it depends on
     */
    List<Stage> resolve(List<StageReader.Read> stages, Map<ScalarNode, List<ScalarNode>> extra) {
        Map<String, StageReader.Read> byName = new LinkedHashMap<>();
        stages.forEach(s -> byName.putIfAbsent(s.stage().name(), s));
        List<String> names = new ArrayList<>(byName.keySet());

        Map<String, String> producers = new HashMap<>();
        for (StageReader.Read s : stages) {
            for (int i = 0; i < s.outputs().size(); i++) {
                String path = s.stage().outputs().get(i);
                String first = producers.putIfAbsent(path, s.stage().name());
                if (first != null && !first.equals(s.stage().name())) {
                    problems.add(s.outputs().get(i), Msg.OUTPUT_CONFLICT, first, s.stage().name(), path);
                }
            }
        }

        Map<String, Set<String>> deps = new LinkedHashMap<>();
        names.forEach(n -> deps.put(n, new LinkedHashSet<>()));
        for (StageReader.Read s : stages) {
            String name = s.stage().name();
            for (ScalarNode d : s.dependsOn()) {
                addDependency(deps, names, name, d, "depends_on");
            }
            for (int i = 0; i < s.inputs().size(); i++) {
                String path = s.stage().inputs().get(i);
                String producer = producers.get(path);
                if (producer == null) {
                    problems.add(s.inputs().get(i), Msg.NO_PRODUCER, name, path,
                            Suggestions.didYouMean(path, producers.keySet()));
                } else if (!producer.equals(name)) {
                    deps.get(name).add(producer);
                }
            }
        }
        extra.forEach((stageNode, list) -> {
            if (!deps.containsKey(stageNode.getValue())) {
                problems.add(stageNode, Msg.UNKNOWN_STAGE, "dependencies", stageNode.getValue(),
                        Suggestions.didYouMean(stageNode.getValue(), names));
                return;
            }
            list.forEach(d -> addDependency(deps, names, stageNode.getValue(), d, "dependencies"));
        });

        reportCycles(deps, byName);

        Map<String, Integer> fileOrder = new HashMap<>();
        names.forEach(n -> fileOrder.put(n, fileOrder.size()));
        List<Stage> resolved = new ArrayList<>();
        for (StageReader.Read s : stages) {
            if (byName.get(s.stage().name()) != s) {
                continue;
            }
            Set<String> mine = deps.get(s.stage().name());
            List<String> ordered = new ArrayList<>(mine);
            ordered.sort(java.util.Comparator.comparingInt(fileOrder::get));
            Stage st = s.stage();
            resolved.add(new Stage(st.name(), st.agent(), st.advisors(), st.task(), st.category(), st.dependsOn(), ordered,
                    st.maxRetries(), st.minScore(), st.timeoutSeconds(), st.inputs(), st.outputs(), st.description(),
                    st.onReject(), st.with(), st.position(), st.keyPositions()));
        }
        return resolved;
    }

    private void addDependency(Map<String, Set<String>> deps, List<String> names, String stage, ScalarNode dep, String key) {
        String target = dep.getValue();
        if (!deps.containsKey(target)) {
            problems.add(dep, Msg.UNKNOWN_STAGE, key, target, Suggestions.didYouMean(target, names));
        } else if (target.equals(stage)) {
            problems.add(dep, Msg.SELF_DEPENDENCY, stage);
        } else {
            deps.get(stage).add(target);
        }
    }

    /** Reports each cycle once, as found from the first stage in file order that lies on it. */
    private void reportCycles(Map<String, Set<String>> deps, Map<String, StageReader.Read> byName) {
        Map<String, Integer> state = new HashMap<>(); // 1 visiting, 2 done
        Set<Set<String>> reported = new LinkedHashSet<>();
        for (String start : deps.keySet()) {
            List<String> path = new ArrayList<>();
            visit(start, deps, state, path, reported, byName);
        }
    }

    private void visit(String node, Map<String, Set<String>> deps, Map<String, Integer> state, List<String> path,
                       Set<Set<String>> reported, Map<String, StageReader.Read> byName) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            if (reported.add(Set.copyOf(cycle))) {
                String first = byName.keySet().stream().filter(cycle::contains).findFirst().orElseThrow();
                int at = cycle.indexOf(first);
                List<String> rotated = new ArrayList<>(cycle.subList(at, cycle.size()));
                rotated.addAll(cycle.subList(0, at));
                rotated.add(first);
                problems.add(byName.get(first).nameNode(), Msg.CYCLE, String.join(" -> ", rotated));
            }
            return;
        }
        state.put(node, 1);
        path.add(node);
        for (String dep : deps.get(node)) {
            visit(dep, deps, state, path, reported, byName);
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
    }
}
