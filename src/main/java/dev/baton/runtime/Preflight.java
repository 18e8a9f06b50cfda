package dev.baton.runtime;

import dev.baton.template.TaskRenderer;
import dev.baton.template.TemplateContext;
import dev.baton.template.TemplateException;
import dev.baton.message.Msg;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Problem;
import dev.baton.pipeline.Stage;
import dev.baton.plan.Plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before a run starts, that every task template renders with the run's initial memory:
 * each name a task uses must be in the memory, be the output of a stage it depends on, or have a
 * default; and the pipeline fits its {@code budget.max_stages}. Outputs are not known yet, so a stage's dependencies stand in with empty outputs, and
 * names under them are not judged. Every missing name of every stage is reported, at its task.
 */
public final class Preflight {

    private static final Pattern USES = Pattern.compile("the task uses '([^']*)'");
    private static final Pattern ROOT = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final int MAX_PER_STAGE = 20;

    private Preflight() {
    }

    /** The problems of the pipeline's tasks with this initial memory; empty when all render. */
    public static List<Problem> check(Pipeline pipeline, Plan plan, Map<String, Object> initialMemory) {
        TaskRenderer renderer = new TaskRenderer();
        List<Problem> problems = new ArrayList<>();
        if (!pipeline.policy().budget().allowsStages(pipeline.stages().size())) { // a preset's budget, merged after loading
            problems.add(new Problem(pipeline.source(), new dev.baton.pipeline.Position(1, 1), Msg.BUDGET_STAGES.code(),
                    Msg.BUDGET_STAGES.format(pipeline.stages().size(), pipeline.policy().budget().maxStages())));
        }
        for (Stage stage : pipeline.stages()) {
            if (stage.task() == null) {
                continue;
            }
            Map<String, Object> memory = new LinkedHashMap<>(initialMemory);
            List<String> upstream = plan.upstream(stage.name());
            for (String dependency : upstream) {
                memory.put(dependency + ".content", "");
                memory.put(dependency + ".artifacts", List.of());
                memory.put(dependency + ".review", Map.of("score", 0.0, "approved", false,
                        "critical_issues", List.of(), "suggestions", List.of(), "summary", ""));
            }
            List<String> upstreamRoots = TemplateContext.of(memory).keySet().stream()
                    .filter(k -> !initialMemory.containsKey(k)).toList();
            for (int round = 0; round < MAX_PER_STAGE; round++) {
                try {
                    renderer.render(stage.name(), stage.task(), memory);
                    break;
                } catch (TemplateException e) {
                    Matcher uses = USES.matcher(e.getMessage());
                    if (!uses.find()) {
                        problems.add(problem(pipeline, stage, e.getMessage()));
                        break;
                    }
                    Matcher root = ROOT.matcher(uses.group(1));
                    String name = root.find() ? root.group(1) : uses.group(1);
                    if (upstreamRoots.contains(name) || memory.containsKey(name)) {
                        break; // a field of an upstream output, or a null value: known only at run time
                    }
                    problems.add(problem(pipeline, stage, e.getMessage()));
                    memory.put(name, "");
                }
            }
        }
        return problems;
    }

    private static Problem problem(Pipeline pipeline, Stage stage, String message) {
        return new Problem(pipeline.source(), stage.positionOf("task"), "BATON-125", message);
    }
}
