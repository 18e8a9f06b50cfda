package dev.baton.pipeline;

import dev.baton.message.Msg;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Loads presets files, strictly as pipelines are loaded. Two forms: a collection
 * ({@code presets: {NAME: {description, policy}}}) and a single preset
 * ({@code preset_name, description, policy}).
 */
public final class PresetLoader {

    private static final Set<String> COLLECTION_KEYS = Set.of("presets");
    private static final Set<String> SINGLE_KEYS = Set.of("preset_name", "description", "policy");
    private static final Set<String> ENTRY_KEYS = Set.of("description", "policy");

    private final Catalog catalog;

    public PresetLoader(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Loads a presets file. */
    public PresetResult load(Path file) {
        String text;
        try {
            text = SourceText.read(file);
        } catch (SourceText.Unreadable e) {
            return new PresetResult.Invalid(e.problems);
        }
        return load(text, file.toString());
    }

    /** Loads presets from text; {@code source} names the file in messages. */
    public PresetResult load(String yamlText, String source) {
        Problems problems = new Problems(source);
        Node root = YamlDocument.parse(yamlText, problems);
        if (root == null) {
            return new PresetResult.Invalid(problems.sorted());
        }
        Nodes nodes = new Nodes(problems);
        PolicyReader policies = new PolicyReader(nodes);
        Map<String, Preset> presets = new LinkedHashMap<>();
        boolean collection = root instanceof MappingNode m && m.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("presets"));
        if (collection) {
            Map<String, Nodes.Field> top = nodes.mapping(root, "presets file", "in a presets file", COLLECTION_KEYS);
            Map<String, Nodes.Field> entries = nodes.mapping(top.get("presets").value(), "presets", "in presets", null);
            if (entries != null) {
                for (Nodes.Field entry : entries.values()) {
                    Map<String, Nodes.Field> fields = nodes.mapping(entry.value(), entry.name(), "in preset '" + entry.name() + "'", ENTRY_KEYS);
                    if (fields != null) {
                        presets.put(entry.name(), preset(nodes, policies, entry.key(), entry.name(), fields));
                    }
                }
            }
        } else {
            Map<String, Nodes.Field> fields = nodes.mapping(root, "preset file", "in a preset file", SINGLE_KEYS);
            if (fields != null) {
                if (!fields.containsKey("preset_name")) {
                    problems.add(root, Msg.MISSING_KEY, "a preset file", "preset_name");
                } else {
                    String name = nodes.text(fields.get("preset_name").value(), "preset_name");
                    if (name != null) {
                        presets.put(name, preset(nodes, policies, root, name, fields));
                    }
                }
            }
        }
        for (ScalarNode advisor : policies.advisorRefs()) {
            if (!catalog.advisors().contains(advisor.getValue())) {
                problems.add(advisor, Msg.UNKNOWN_ADVISOR, advisor.getValue(), Suggestions.didYouMean(advisor.getValue(), catalog.advisors()));
            }
        }
        return problems.isEmpty() ? new PresetResult.Loaded(presets) : new PresetResult.Invalid(problems.sorted());
    }

    private static Preset preset(Nodes nodes, PolicyReader policies, Node at, String name, Map<String, Nodes.Field> fields) {
        String description = fields.containsKey("description") ? nodes.text(fields.get("description").value(), "description") : null;
        Policy policy = Policy.EMPTY;
        if (fields.containsKey("policy")) {
            policy = policies.read(fields.get("policy").value());
        } else {
            nodes.problems().add(at, Msg.MISSING_KEY, "preset '" + name + "'", "policy");
        }
        return new Preset(name, description, policy);
    }
}
