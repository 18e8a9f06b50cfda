package dev.baton.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineLoaderTests {

    private static final Catalog CATALOG = new Catalog(Set.of("template", "command", "RequirementsDraftingAgent"),
            Set.of("command", "RequirementsAdvisor", "CodeReviewAdvisor"));

    private static List<String> errors(String yaml) {
        LoadResult r = new PipelineLoader(CATALOG).load(yaml, "p.yaml", "p");
        assertInstanceOf(LoadResult.Invalid.class, r, "expected problems");
        return ((LoadResult.Invalid) r).problems().stream().map(Problem::toString).toList();
    }

    private static Pipeline valid(String yaml) {
        LoadResult r = new PipelineLoader(CATALOG).load(yaml, "p.yaml", "p");
        if (r instanceof LoadResult.Invalid invalid) {
            throw new AssertionError(invalid.problems());
        }
        return ((LoadResult.Loaded) r).pipeline();
    }

    @Test
    void aPipelineLoadedAgainOnceTheNamesAreKnownIsReadTheSameAndItsProblemsKeepTheirPlaces() {
        String yaml = "name: twice\nstages:\n  - {name: a, agent: template, task: x}\n  - {name: b, agent: Nobody, task: '{{ a.content }}', depends_on: [a]}\n";
        LoadResult early = PipelineLoader.withoutNameChecks().load(yaml, "twice.yaml", "twice");
        assertInstanceOf(LoadResult.Loaded.class, early);
        LoadResult full = new PipelineLoader(CATALOG).load(yaml, "twice.yaml", "twice");
        assertInstanceOf(LoadResult.Invalid.class, full);
        List<String> problems = ((LoadResult.Invalid) full).problems().stream().map(Problem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("twice.yaml:4:22: ") && problems.get(0).contains("Nobody"), problems.toString());
        assertEquals(((LoadResult.Loaded) early).pipeline(),
                ((LoadResult.Loaded) PipelineLoader.withoutNameChecks().load(yaml, "twice.yaml", "twice")).pipeline());
    }

    @Test
    void loadsTheWholeLanguageIntoRecords() {
        Pipeline p = valid("""
                name: full
                description: everything
                project_mode: nightly
                memory: {idea: tea, n: 3, tags: [a, b]}
                shared_advisors: [command]
                policy:
                  version: "1"
                  score_thresholds: {requirements: 0.8}
                  thresholds: {overall: 0.7}
                  timeouts: {default: 300, codegen: 120.5}
                  retries: {default: 1}
                  advisors:
                    requirements: {decision: average, list: [RequirementsAdvisor, CodeReviewAdvisor], weights: {CodeReviewAdvisor: 2}}
                    council: [{name: RequirementsAdvisor, weight: 1.0}, {name: CodeReviewAdvisor, weight: 1.5}]
                  budget: {max_runtime_sec: 900, max_stages: 20, max_bytes: 10_000_000}
                stages:
                  - name: Requirements
                    agent: RequirementsDraftingAgent
                    advisor: RequirementsAdvisor
                    category: requirements
                    task: "PRD for {product_idea}"
                    output: ./docs/requirements.md
                    min_score: 0.85
                    max_retries: 2
                    timeout: 30
                    on_reject: skip_downstream
                    with: {temperature: 0.2, stop: [x]}
                  - name: Code
                    agent: template
                    advisors: [CodeReviewAdvisor, {name: RequirementsAdvisor, weight: 3}]
                    input: [docs/requirements.md]
                    output: [src/index.html, src/site.css]
                """);
        assertEquals("full", p.name());
        assertEquals(Map.of("idea", "tea", "n", 3L, "tags", List.of("a", "b")), p.memory());
        assertEquals(List.of(AdvisorRef.of("command")), p.sharedAdvisors());
        Policy policy = p.policy();
        assertEquals(0.8, policy.threshold("requirements").orElseThrow());
        assertEquals(0.7, policy.threshold("codegen").orElseThrow(), "overall is the fallback");
        assertEquals(120.5, policy.timeout("codegen").orElseThrow());
        assertEquals(300.0, policy.timeout("other").orElseThrow());
        assertEquals(new AdvisorPanel(Decision.AVERAGE, List.of(new AdvisorRef("RequirementsAdvisor", 1.0), new AdvisorRef("CodeReviewAdvisor", 2.0))),
                policy.advisors().get("requirements"));
        assertEquals(List.of(new AdvisorRef("RequirementsAdvisor", 1.0), new AdvisorRef("CodeReviewAdvisor", 1.5)), policy.council().advisors());
        assertEquals(new Budget(900L, 20, 10_000_000L), policy.budget());
        Stage req = p.stages().get(0);
        assertEquals(List.of("docs/requirements.md"), req.outputs());
        assertEquals(OnReject.SKIP_DOWNSTREAM, req.onReject());
        assertEquals(Map.of("temperature", 0.2, "stop", List.of("x")), req.with());
        assertEquals(new Position(21, 11), req.positionOf("task"));
        Stage code = p.stages().get(1);
        assertEquals(List.of("Requirements"), code.dependencies(), "input makes the producer a dependency");
        assertEquals(List.of(AdvisorRef.of("CodeReviewAdvisor"), new AdvisorRef("RequirementsAdvisor", 3.0)), code.advisors());
    }

    @Test
    void unknownKeysAtEveryLevelWithSuggestions() {
        assertEquals(List.of(
                "p.yaml:1:1: unknown key 'stagse' at top level (did you mean 'stages'?)",
                "p.yaml:1:1: a pipeline needs 'stages'",
                "p.yaml:2:1: unknown key 'polcy' at top level (did you mean 'policy'?)"), errors("""
                stagse: []
                polcy: {}
                """));
        assertEquals(List.of(
                "p.yaml:3:5: unknown key 'min_scroe' in stage 's' (did you mean 'min_score'?)",
                "p.yaml:5:3: unknown key 'retry' in policy (did you mean 'retries'?)",
                "p.yaml:6:12: unknown key 'max_byte' in policy budget (did you mean 'max_bytes'?)"), errors("""
                stages:
                  - {name: s, agent: template,
                    min_scroe: 0.8}
                policy:
                  retry: {}
                  budget: {max_byte: 1}
                """));
    }

    @Test
    void wrongTypesAndRanges() {
        assertEquals(List.of(
                "p.yaml:4:18: 'max_retries' must be a whole number from 0 to 100, not text 'two'",
                "p.yaml:5:16: 'min_score' must be a number from 0 to 1, not 1.5",
                "p.yaml:6:14: 'timeout' must be a number of seconds above 0, at most 2592000 (thirty days), not 0",
                "p.yaml:7:12: 'agent' must be text, not a list",
                "p.yaml:9:16: 'on_reject' must be one of fail, continue, skip_downstream, not 'skip'"), errors("""
                stages:
                  - name: s
                    agent: template
                    max_retries: two
                    min_score: 1.5
                    timeout: 0
                  - agent: [a]
                    name: t
                    on_reject: skip
                """).stream().map(e -> e.replaceAll(" \\(did you mean.*", "")).toList());
    }

    @Test
    void duplicateKeysAndDuplicateStages() {
        assertEquals(List.of(
                "p.yaml:4:5: duplicate key 'agent' (first at line 3)",
                "p.yaml:6:11: duplicate stage name 's' (first at line 2)"), errors("""
                stages:
                  - name: s
                    agent: template
                    agent: command
                  - agent: template
                    name: s
                """));
    }

    @Test
    void unknownAgentsAndAdvisorsWithSuggestions() {
        assertEquals(List.of(
                "p.yaml:3:12: unknown agent 'RequirementDraftingAgent' (did you mean 'RequirementsDraftingAgent'?)",
                "p.yaml:4:14: unknown advisor 'CodeReview' (did you mean 'CodeReviewAdvisor'?)",
                "p.yaml:7:22: unknown advisor 'Nobody'"), errors("""
                stages:
                  - name: s
                    agent: RequirementDraftingAgent
                    advisor: CodeReview
                policy:
                  advisors:
                    council: [{name: Nobody}]
                """));
    }

    @Test
    void memoizedStagesAndCategoriesAreReadAndCheckedAtTheirPlace() {
        Pipeline p = valid("""
                stages:
                  - {name: draft, agent: template, category: docs}
                  - {name: tagline, agent: template}
                policy:
                  memoize: {stages: [tagline], categories: [docs], review: reuse}
                """);
        assertEquals(new Memoize(java.util.Set.of("tagline"), java.util.Set.of("docs"), true), p.policy().memoize());
        assertTrue(p.policy().memoize().covers("draft", "docs"));
        assertEquals(List.of(
                "p.yaml:5:22: policy.memoize names stage 'taglne', which the pipeline does not have (did you mean 'tagline'?)",
                "p.yaml:5:39: 'memoize.review' must be one of again, reuse, not 'later'",
                "p.yaml:5:46: unknown key 'stage' in policy memoize (did you mean 'stages'?)"), errors("""
                stages:
                  - {name: tagline, agent: template}
                policy:
                  version: 1
                  memoize: {stages: [taglne], review: later, stage: x}
                """));
    }

    @Test
    void missingDependenciesFromAllThreeWays() {
        assertEquals(List.of(
                "p.yaml:4:18: 'depends_on' names stage 'ghost', which does not exist",
                "p.yaml:6:39: stage 'b' reads 'docs/x.md', which no stage writes as output (did you mean 'docs/a.md'?)",
                "p.yaml:8:3: 'dependencies' names stage 'c', which does not exist (did you mean 'a' or 'b'?)",
                "p.yaml:9:7: 'dependencies' names stage 'zz', which does not exist"), errors("""
                stages:
                  - name: a
                    agent: template
                    depends_on: [ghost]
                    output: docs/a.md
                  - {name: b, agent: template, input: docs/x.md}
                dependencies:
                  c: [a]
                  b: [zz]
                """));
    }

    @Test
    void cyclesAreNamedOnceAndSelfDependenciesToo() {
        assertEquals(List.of(
                "p.yaml:2:11: dependency cycle: a -> c -> b -> a",
                "p.yaml:5:45: stage 'd' depends on itself"), errors("""
                stages:
                  - name: a
                    agent: template
                    depends_on: [c]
                  - {name: d, agent: template, depends_on: [d]}
                  - {name: b, agent: template, depends_on: [a]}
                  - {name: c, agent: template, depends_on: [b]}
                """));
    }

    @Test
    void outputsMayNotClashOrEscapeTheRunFolder() {
        assertEquals(List.of(
                "p.yaml:2:41: 'output' must be a relative path inside the run folder, not '../etc/passwd'",
                "p.yaml:3:40: 'output' must be a relative path inside the run folder, not '/tmp/x'",
                "p.yaml:5:40: stages 'a' and 'd' both write 'out/x.md'"), errors("""
                stages:
                  - {name: a, agent: template, output: [../etc/passwd, out/x.md]}
                  - {name: b, agent: template, output: /tmp/x}
                  - {name: c, agent: template, output: docs/../ok.md}
                  - {name: d, agent: template, output: ./out/x.md}
                """));
    }

    @Test
    void memoryMayNotHideAStage() {
        assertEquals(List.of("p.yaml:1:10: memory key 's' has the name of a stage, whose outputs it would hide"),
                errors("memory: {s: 1}\nstages: [{name: s, agent: template}]\n"));
    }

    @Test
    void yamlItselfIsCheckedSafely() {
        List<String> syntax = errors("stages:\n  - name: [unclosed\n");
        assertTrue(syntax.get(0).startsWith("p.yaml:3:1: invalid YAML"), syntax.toString());
        String bomb = """
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                memory: {x: *g}
                stages: [{name: s, agent: template}]
                """;
        long t0 = System.nanoTime();
        List<String> refused = errors(bomb);
        assertTrue((System.nanoTime() - t0) < 5_000_000_000L);
        assertEquals(List.of("p.yaml:1:1: the document uses more than 50 YAML aliases; refused as a possible alias bomb"), refused);
        assertEquals(List.of("p.yaml:1:1: the document is larger than 3145728 characters; refused"),
                errors("# " + "x".repeat(3 * 1024 * 1024 + 10)));
        assertTrue(errors("stages: []\n---\nstages: []\n").get(0).contains("one YAML document"));
    }

    @Test
    void theJobNameComesFromTheFileAndIsAValidId() {
        assertEquals("my-pipeline_v2", JobIds.from("my pipeline_v2"));
        assertEquals("p-2024-plan", JobIds.from("2024 plan"));
        assertEquals("p", valid("stages: [{name: s, agent: template}]").name());
        assertEquals(List.of("p.yaml:1:7: 'name' must be one of a job id (letters, digits, '-', '_' and '.', starting with a letter or '_'), not 'my job' (did you mean 'my-job'?)"),
                errors("name: my job\nstages: [{name: s, agent: template}]\n"));
    }
}
