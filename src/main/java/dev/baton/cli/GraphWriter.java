package dev.baton.cli;

import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Stage;
import dev.baton.plan.Plan;
import dev.baton.plan.StageSpec;
import dev.baton.plan.StageSpecs;
import dev.baton.plan.Wave;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A pipeline as a Graphviz graph: one cluster per wave, stages labelled with agent, category and threshold, edges for dependencies. */
final class GraphWriter {

    private GraphWriter() {
    }

    static String dot(Pipeline pipeline, Plan plan) {
        Map<String, StageSpec> specs = new LinkedHashMap<>();
        StageSpecs.resolve(pipeline, plan).forEach(s -> specs.put(s.name(), s));
        StringBuilder dot = new StringBuilder();
        dot.append("digraph ").append(quote(pipeline.name())).append(" {\n");
        dot.append("  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        for (Wave wave : plan.waves()) {
            dot.append("  subgraph ").append(quote("cluster_wave_" + wave.number())).append(" {\n");
            dot.append("    label=").append(quote("wave " + wave.number())).append(";\n    style=dashed;\n");
            for (String name : wave.stages()) {
                StageSpec s = specs.get(name);
                StringBuilder label = new StringBuilder(name).append("\\n").append(s.agent());
                if (s.category() != null) {
                    label.append(" · ").append(s.category());
                }
                if (s.threshold() != null) {
                    label.append(String.format(Locale.ROOT, " · ≥ %.2f", s.threshold()));
                }
                dot.append("    ").append(quote(name)).append(" [label=").append(quote(label.toString())).append("];\n");
            }
            dot.append("  }\n");
        }
        for (Stage stage : pipeline.stages()) {
            for (String dependency : stage.dependencies()) {
                dot.append("  ").append(quote(dependency)).append(" -> ").append(quote(stage.name())).append(";\n");
            }
        }
        return dot.append("}\n").toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
    }
}
