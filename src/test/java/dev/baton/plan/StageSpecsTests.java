package dev.baton.plan;

import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.PipelineLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which setting a stage gets when the stage, its category and the policy's fallback each may say: the most specific. */
class StageSpecsTests {

    @ParameterizedTest(name = "min_score {0}, category {1}, fallback {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "0.9  | 0.7  | 0.5  | 0.9",
            "     | 0.7  | 0.5  | 0.7",
            "     |      | 0.5  | 0.5",
            "     |      |      | ",      // none: the agent's own default applies at run time
            "0.0  | 0.7  | 0.5  | 0.0",   // a stage may lower its bar below its category's
    })
    void threshold(String minScore, String category, String fallback, Double expected) {
        assertEquals(expected, spec(yaml("thresholds", "min_score", minScore, category, fallback)).threshold());
    }

    @ParameterizedTest(name = "max_retries {0}, category {1}, fallback {2} -> {3} attempts")
    @CsvSource(delimiter = '|', value = {
            "3 | 1 | 2 | 4",
            "0 | 1 | 2 | 2",   // the seed's rule: 0 means "as the policy says"
            "0 |   |   | 1",
            "  | 1 | 2 | 2",
            "  |   | 2 | 3",
            "  |   |   | 1",
    })
    void attempts(String maxRetries, String category, String fallback, int expected) {
        assertEquals(expected, spec(yaml("retries", "max_retries", maxRetries, category, fallback)).maxAttempts());
    }

    @ParameterizedTest(name = "timeout {0}, category {1}, fallback {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "5 | 10 | 20 | 5.0",
            "  | 10 | 20 | 10.0",
            "  |    | 20 | 20.0",
            "  |    |    | ",
    })
    void timeout(String own, String category, String fallback, Double expected) {
        assertEquals(expected, spec(yaml("timeouts", "timeout", own, category, fallback)).timeoutSeconds());
    }

    @ParameterizedTest(name = "own {0}, panel {1}, shared {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // the stage's own reviewers, then its category's panel, then the shared ones; each once
            "a   | b:2, c:1 | d   | a:1.0, b:2.0, c:1.0, d:1.0",
            // the panel's weight wins for a reviewer the stage names too
            "b   | b:3      |     | b:3.0",
            "    |          | d   | d:1.0",
            "a   |          | a   | a:1.0",
    })
    void reviewers(String own, String panel, String shared, String expected) {
        StringBuilder yaml = new StringBuilder();
        if (panel != null) {
            List<String> names = new java.util.ArrayList<>();
            List<String> weights = new java.util.ArrayList<>();
            for (String member : panel.split(",\\s*")) {
                String[] nw = member.split(":");
                names.add(nw[0]);
                weights.add(nw[0] + ": " + nw[1]);
            }
            yaml.append("policy:\n  advisors:\n    docs: {decision: average, list: [").append(String.join(", ", names))
                    .append("], weights: {").append(String.join(", ", weights)).append("}}\n");
        }
        if (shared != null) {
            yaml.append("shared_advisors: [").append(shared).append("]\n");
        }
        yaml.append("stages:\n  - {name: s, agent: template, category: docs").append(own == null ? "" : ", advisors: [" + own + "]").append("}\n");
        StageSpec spec = spec(yaml.toString());
        assertEquals(expected, String.join(", ", spec.advisors().stream().map(a -> a.name() + ":" + a.weight()).toList()));
    }

    private static StageSpec spec(String yaml) {
        LoadResult result = PipelineLoader.withoutNameChecks().load(yaml, "test.yaml", "test");
        if (result instanceof LoadResult.Invalid invalid) {
            throw new AssertionError(invalid.problems().toString());
        }
        Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
        return StageSpecs.resolve(pipeline, Planner.plan(pipeline, new PlanOptions(Mode.SEQUENTIAL, 1))).get(0);
    }

    /** A pipeline of one stage in category {@code docs}: the policy's map {@code policyKey} with the category's and the fallback's values, and the stage's own. */
    private static String yaml(String policyKey, String stageKey, String own, String category, String fallback) {
        return "policy:\n  " + policyKey + ": {" + join(entry("docs", category), entry("default", fallback)) + "}\n"
                + "stages:\n  - {name: s, agent: template, category: docs" + (own == null ? "" : ", " + stageKey + ": " + own) + "}\n";
    }

    private static String entry(String key, String value) {
        return value == null ? null : key + ": " + value;
    }

    private static String join(String... entries) {
        return String.join(", ", java.util.Arrays.stream(entries).filter(e -> e != null).toList());
    }

}
