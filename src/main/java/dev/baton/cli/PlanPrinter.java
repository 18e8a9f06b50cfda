package dev.baton.cli;

import dev.baton.json.Json;
import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.Plan;
import dev.baton.plan.StageSpec;
import dev.baton.plan.StageSpecs;
import dev.baton.plan.Wave;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a plan: its waves and flows, and each stage's agent, reviewers, threshold and attempts. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static void print(PrintWriter out, Pipeline pipeline, Plan plan, OutputFormat format) {
        Map<String, StageSpec> specs = new LinkedHashMap<>();
        StageSpecs.resolve(pipeline, plan).forEach(s -> specs.put(s.name(), s));
        if (format == OutputFormat.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("pipeline", pipeline.name());
            json.put("mode", plan.options().mode().name().toLowerCase(Locale.ROOT));
            json.put("maxWorkers", plan.options().maxWorkers());
            json.put("waves", plan.waves().stream().map(w -> Map.of("wave", w.number(), "flows", w.flows())).toList());
            json.put("order", plan.order());
            json.put("stages", specs.values());
            out.println(Json.writePretty(json));
            return;
        }
        out.printf(Locale.ROOT, "%s: %d stages in %d waves, %s%n", pipeline.name(), plan.order().size(), plan.waves().size(),
                plan.options().mode() == Mode.PARALLEL ? "parallel, at most " + plan.options().maxWorkers() + " at once" : "sequential");
        for (Wave wave : plan.waves()) {
            out.printf(Locale.ROOT, "wave %d%n", wave.number());
            for (List<String> flow : wave.flows()) {
                for (int i = 0; i < flow.size(); i++) {
                    StageSpec s = specs.get(flow.get(i));
                    out.printf(Locale.ROOT, "  %s %s  agent %s%s%s, %d attempt%s%n", i == 0 ? "-" : " ", s.name(), s.agent(),
                            s.advisors().isEmpty() ? "" : ", reviewed by " + String.join(", ", s.advisors().stream().map(a -> a.name()).toList()),
                            s.threshold() == null ? "" : String.format(Locale.ROOT, " (min %.2f)", s.threshold()),
                            s.maxAttempts(), s.maxAttempts() == 1 ? "" : "s");
                }
            }
        }
    }
}
