package dev.baton.runtime;

import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.PipelineLoader;
import dev.baton.pipeline.Problem;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the check before a run says of each task, with the run's memory: a name nothing gives, a stage it does not depend on. */
class PreflightTests {

    private static List<String> check(String yaml, Map<String, Object> memory) {
        LoadResult result = PipelineLoader.withoutNameChecks().load(yaml, "p.yaml", "p");
        if (result instanceof LoadResult.Invalid invalid) {
            throw new AssertionError(invalid.problems().toString());
        }
        Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
        Map<String, Object> initial = new java.util.LinkedHashMap<>(pipeline.memory());
        initial.putAll(memory);
        return Preflight.check(pipeline, Planner.plan(pipeline, new PlanOptions(Mode.PARALLEL, 4)), initial).stream()
                .map(Problem::toString).toList();
    }

    @Test
    void aStageItDoesNotDependOnIsNamedWithTheFix() {
        List<String> problems = check("""
                stages:
                  - {name: Code Skeleton, agent: template, task: html}
                  - {name: lint, agent: template, task: "{{ code_skeleton.content }}"}
                  - {name: audit, agent: template, depends_on: [lint], task: "{{ lint.content }} {{ 'Code Skeleton'|length }}"}
                """, Map.of());
        assertEquals(List.of("p.yaml:3:41: stage 'lint': the task uses 'code_skeleton.content', the output of stage 'Code Skeleton', "
                + "which it does not depend on; add depends_on: [Code Skeleton]"), problems);
    }

    @Test
    void namesComeFromMemoryOrUpstreamOrDefaults() {
        String yaml = """
                memory: {brand: Acme}
                stages:
                  - {name: a, agent: template, task: "{{ brand }} {{ idea }}"}
                  - {name: b, agent: template, depends_on: [a], task: "{{ a.content }} {{ a.review.score }} {{ tone | default('plain') }}"}
                  - {name: c, agent: template, depends_on: [b], task: "{{ a.content }} {{ b.content.title }}"}
                """;
        List<String> problems = check(yaml, Map.of());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("p.yaml:3:38: stage 'a': the task uses 'idea', which is not defined"), problems.get(0));
        assertEquals(List.of(), check(yaml, Map.of("idea", "x")), "a stage sees what it depends on indirectly too");
    }
}
