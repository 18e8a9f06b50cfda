package dev.baton.pipeline;

import dev.baton.message.Msg;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strict loader of pipeline files. It returns a valid {@link Pipeline} or every problem of
 * the file, each at its line and column, and never throws for a user's mistake. Plain Java: the
 * names of the installed agents and advisors come in as a {@link Catalog}.
 */
public final class PipelineLoader {

    static final Set<String> TOP_KEYS = Set.of("stages", "policy", "dependencies", "memory", "project_mode",
            "description", "name", "shared_advisors");

    private final Catalog catalog;

    public PipelineLoader(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A loader that checks everything but the names of agents and advisors: for a front end that
     * wants to start on a file while the catalog of names is not known yet. Its verdict is never
     * final; the loader with a catalog decides.
     */
    public static PipelineLoader withoutNameChecks() {
        return new PipelineLoader(null);
    }

    /** Loads a file; messages name it as given. */
    public LoadResult load(Path file) {
        String text;
        try {
            text = SourceText.read(file);
        } catch (SourceText.Unreadable e) {
            return new LoadResult.Invalid(e.problems);
        }
        String fileName = file.getFileName() == null ? "pipeline" : file.getFileName().toString();
        return load(text, file.toString(), JobIds.from(fileName.replaceFirst("\\.[^.]*$", "")));
    }

    /**
     * Loads a pipeline from text.
     *
     * @param yamlText    the file's content
     * @param source      how messages name the file
     * @param defaultName the job name when the file has no {@code name:}
     */
    public LoadResult load(String yamlText, String source, String defaultName) {
        Problems problems = new Problems(source);
        Node root = YamlDocument.parse(yamlText, problems);
        if (root == null) {
            if (problems.isEmpty()) {
                problems.add(new Position(1, 1), Msg.EMPTY_FILE);
            }
            return new LoadResult.Invalid(problems.sorted());
        }
        Nodes nodes = new Nodes(problems);
        if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
            problems.add(root, Msg.NOT_A_MAPPING, Nodes.describe(root));
            return new LoadResult.Invalid(problems.sorted());
        }
        Map<String, Nodes.Field> top = nodes.mapping(root, "pipeline", "at top level", TOP_KEYS);
        PolicyReader policyReader = new PolicyReader(nodes);
        StageReader stageReader = new StageReader(nodes, policyReader);

        String name = defaultName;
        if (top.containsKey("name")) {
            Node n = top.get("name").value();
            String given = nodes.text(n, "name");
            if (given != null && given.length() > Limits.MAX_PIPELINE_NAME) {
                problems.add(n, Msg.TOO_LONG, "name", given.length(), Limits.MAX_PIPELINE_NAME);
            } else if (given != null && !JobIds.isValid(given)) {
                problems.add(n, Msg.BAD_VALUE, "name", "a job id (letters, digits, '-', '_' and '.', starting with a letter or '_')",
                        given, " (did you mean '" + JobIds.from(given) + "'?)");
            } else if (given != null) {
                name = given;
            }
        }
        String description = top.containsKey("description") ? nodes.text(top.get("description").value(), "description") : null;
        String projectMode = top.containsKey("project_mode") ? nodes.text(top.get("project_mode").value(), "project_mode") : null;
        Policy policy = top.containsKey("policy") ? policyReader.read(top.get("policy").value()) : Policy.EMPTY;

        List<AdvisorRef> shared = List.of();
        if (top.containsKey("shared_advisors")) {
            List<Node> items = nodes.list(top.get("shared_advisors").value(), "shared_advisors");
            if (items != null) {
                shared = policyReader.readRefs(items, "shared_advisors");
            }
        }

        Map<String, Object> memory = Map.of();
        Map<String, Nodes.Field> memoryFields = Map.of();
        if (top.containsKey("memory")) {
            Node m = top.get("memory").value();
            Map<String, Nodes.Field> fields = nodes.mapping(m, "memory", "in memory", null);
            if (fields != null) {
                memoryFields = fields;
                @SuppressWarnings("unchecked")
                Map<String, Object> plain = (Map<String, Object>) nodes.plain(m);
                memory = plain == null ? Map.of() : plain;
            }
        }

        List<StageReader.Read> stages = new ArrayList<>();
        if (!top.containsKey("stages")) {
            problems.add(root, Msg.MISSING_KEY, "a pipeline", "stages");
        } else {
            List<Node> items = nodes.list(top.get("stages").value(), "stages");
            if (items != null && items.isEmpty()) {
                problems.add(top.get("stages").value(), Msg.EMPTY_STAGES);
            }
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    StageReader.Read read = stageReader.read(items.get(i), i);
                    if (read != null) {
                        stages.add(read);
                    }
                }
            }
        }
        checkNames(stages, policyReader, problems);
        checkMemory(memoryFields, stages, problems);
        Map<ScalarNode, List<ScalarNode>> extra = topDependencies(nodes, top.get("dependencies"));
        List<Stage> resolved = new Dependencies(problems).resolve(stages, extra);
        if (!policy.budget().allowsStages(stages.size())) {
            problems.add(policyReader.maxStagesNode(), Msg.BUDGET_STAGES, stages.size(), policy.budget().maxStages());
        }
        if (!problems.isEmpty()) {
            return new LoadResult.Invalid(problems.sorted());
        }
        return new LoadResult.Loaded(new Pipeline(name, source, description, projectMode, resolved, policy, shared, memory));
    }

    private void checkNames(List<StageReader.Read> stages, PolicyReader policyReader, Problems problems) {
        Map<String, StageReader.Read> seen = new HashMap<>();
        for (StageReader.Read s : stages) {
            StageReader.Read first = seen.putIfAbsent(s.stage().name(), s);
            if (first != null) {
                problems.add(s.nameNode(), Msg.DUPLICATE_STAGE, s.stage().name(), Problems.position(first.nameNode()).line());
            }
            if (catalog == null) {
                continue;
            }
            if (!catalog.agents().contains(s.stage().agent())) {
                problems.add(s.agentNode(), Msg.UNKNOWN_AGENT, s.stage().agent(),
                        Suggestions.didYouMean(s.stage().agent(), catalog.agents()));
            }
        }
        for (ScalarNode memoized : policyReader.memoizedStages()) {
            if (!seen.containsKey(memoized.getValue())) {
                problems.add(memoized, Msg.UNKNOWN_MEMOIZED_STAGE, memoized.getValue(),
                        Suggestions.didYouMean(memoized.getValue(), seen.keySet()));
            }
        }
        for (ScalarNode advisor : catalog == null ? List.<ScalarNode>of() : policyReader.advisorRefs()) {
            if (!catalog.advisors().contains(advisor.getValue())) {
                problems.add(advisor, Msg.UNKNOWN_ADVISOR, advisor.getValue(),
                        Suggestions.didYouMean(advisor.getValue(), catalog.advisors()));
            }
        }
    }

    private static void checkMemory(Map<String, Nodes.Field> memory, List<StageReader.Read> stages, Problems problems) {
        for (StageReader.Read s : stages) {
            Nodes.Field clash = memory.get(s.stage().name());
            if (clash != null) {
                problems.add(clash.key(), Msg.MEMORY_CLASH, clash.name());
            }
        }
    }

    private static Map<ScalarNode, List<ScalarNode>> topDependencies(Nodes nodes, Nodes.Field field) {
        Map<ScalarNode, List<ScalarNode>> extra = new LinkedHashMap<>();
        if (field == null) {
            return extra;
        }
        Map<String, Nodes.Field> entries = nodes.mapping(field.value(), "dependencies", "in dependencies", null);
        if (entries == null) {
            return extra;
        }
        for (Nodes.Field entry : entries.values()) {
            List<ScalarNode> list = nodes.textList(entry.value(), "dependencies." + entry.name());
            extra.put(entry.key(), list == null ? List.of() : list);
        }
        return extra;
    }
}
