package dev.baton.runtime;

import dev.baton.message.Msg;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Position;
import dev.baton.pipeline.Problem;
import dev.baton.pipeline.Stage;
import dev.baton.plan.Plan;
import dev.baton.plan.StageGraph;
import dev.baton.stage.Aliases;
import dev.baton.template.Names;
import dev.baton.template.TaskRenderer;
import dev.baton.template.TemplateContext;
import dev.baton.template.TemplateException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, before a run starts, that every task template renders with the run's initial memory:
 * each name a task uses must be in the memory, be the output of a stage it depends on, or have a
 * default; and the pipeline fits its {@code budget.max_stages}. Outputs are not known yet, so a
 * stage's upstream stands in with empty outputs, and names under them are not judged. A task that
 * uses a stage it does not depend on is told to depend on it. Every missing name of every stage is
 * reported, at its task. A stage's check costs what its template reads, not the length of the
 * pipeline before it.
 */
public final class Preflight {

    private static final int MAX_PER_STAGE = 20;
    /** What an upstream stage's output looks like before it exists. */
    private static final Map<String, Object> PLACEHOLDER = Map.of("content", "", "artifacts", List.of(),
            "review", Map.of("score", 0.0, "approved", false, "critical_issues", List.of(), "suggestions", List.of(), "summary", ""));

    private Preflight() {
    }

    /** The problems of the pipeline's tasks with this initial memory; empty when all render. */
    public static List<Problem> check(Pipeline pipeline, Plan plan, Map<String, Object> initialMemory) {
        TaskRenderer renderer = new TaskRenderer();
        List<Problem> problems = new ArrayList<>();
        if (!pipeline.policy().budget().allowsStages(pipeline.stages().size())) { // a preset's budget, merged after loading
            problems.add(new Problem(pipeline.source(), new Position(1, 1), Msg.BUDGET_STAGES.code(),
                    Msg.BUDGET_STAGES.format(pipeline.stages().size(), pipeline.policy().budget().maxStages())));
        }
        StageGraph graph = plan.graph();
        Map<String, String> aliases = Aliases.of(graph.order());
        Map<String, Object> initialNames = TemplateContext.of(initialMemory);
        for (Stage stage : pipeline.stages()) {
            if (stage.task() == null || stage.task().indexOf('{') < 0) {
                continue;
            }
            Map<String, Object> assumed = new HashMap<>();
            Names names = name -> {
                if (assumed.containsKey(name)) {
                    return assumed.get(name);
                }
                Object value = initialNames.get(name);
                if (value != null) {
                    return value;
                }
                String other = stageNamed(graph, aliases, name);
                return other != null && graph.dependsOn(stage.name(), other) ? PLACEHOLDER : null;
            };
            for (int round = 0; round < MAX_PER_STAGE; round++) {
                try {
                    renderer.render(stage.name(), stage.task(), names);
                    break;
                } catch (TemplateException e) {
                    String root = e.undefinedRoot();
                    if (root == null) {
                        problems.add(problem(pipeline, stage, Msg.TEMPLATE_SYNTAX, e.getMessage()));
                        break;
                    }
                    if (names.resolve(root) != null) {
                        break; // a field of an upstream output, or a null value: known only at run time
                    }
                    String other = stageNamed(graph, aliases, root);
                    problems.add(other == null ? problem(pipeline, stage, Msg.TEMPLATE_UNDEFINED, e.getMessage())
                            : problem(pipeline, stage, Msg.TEMPLATE_NOT_UPSTREAM,
                                    Msg.TEMPLATE_NOT_UPSTREAM.format(stage.name(), e.undefined(), other, yamlName(other))));
                    assumed.put(root, other == null ? "" : PLACEHOLDER);
                }
            }
        }
        return problems;
    }

    /** The stage a template name means, whether the stage depends on it or not; null when none. */
    private static String stageNamed(StageGraph graph, Map<String, String> aliases, String name) {
        return graph.contains(name) ? name : aliases.get(name);
    }

    /** A stage name as a YAML flow list item: bare when it can be, else quoted. */
    private static String yamlName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_ .-]*") && !name.endsWith(" ") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
    }

    private static Problem problem(Pipeline pipeline, Stage stage, Msg kind, String message) {
        return new Problem(pipeline.source(), stage.positionOf("task"), kind.code(), message);
    }
}
