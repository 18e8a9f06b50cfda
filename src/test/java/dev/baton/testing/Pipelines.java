package dev.baton.testing;

import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.OnReject;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Policy;
import dev.baton.pipeline.Position;
import dev.baton.pipeline.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Pipelines built in code, for tests of the parts after the loader. */
public final class Pipelines {

    private Pipelines() {
    }

    /** A {@code template} stage with a task and dependencies. */
    public static Stage stage(String name, String task, String... dependencies) {
        return new Stage(name, "template", List.of(), task, null, List.of(dependencies), List.of(dependencies),
                null, null, null, List.of(), List.of(), null, OnReject.FAIL, Map.of(), Position.NONE, Map.of());
    }

    /** A stage of any agent, advisors and parameters. */
    public static Stage stage(String name, String agent, List<String> advisors, String task, Map<String, Object> with,
                              Integer maxRetries, Double minScore, OnReject onReject, String... dependencies) {
        return new Stage(name, agent, advisors.stream().map(AdvisorRef::of).toList(), task, null, List.of(dependencies),
                List.of(dependencies), maxRetries, minScore, null, List.of(), List.of(), null, onReject, with,
                Position.NONE, Map.of());
    }

    public static Pipeline pipeline(String name, Map<String, Object> memory, Stage... stages) {
        return new Pipeline(name, name + ".yaml", null, null, List.of(stages), Policy.EMPTY, List.of(), memory);
    }

    /** A random DAG of {@code n} stages, each depending on earlier ones with the given probability. */
    public static Map<String, List<String>> randomDag(Random random, int n, double edgeProbability) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> d = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextDouble() < edgeProbability) {
                    d.add("s" + j);
                }
            }
            deps.put("s" + i, d);
        }
        return deps;
    }

    /** A pipeline of {@code template} stages over a dependency graph. */
    public static Pipeline fromGraph(String name, Map<String, List<String>> deps) {
        List<Stage> stages = new ArrayList<>();
        deps.forEach((s, d) -> stages.add(stage(s, "stage " + s, d.toArray(String[]::new))));
        return pipeline(name, Map.of(), stages.toArray(Stage[]::new));
    }
}
