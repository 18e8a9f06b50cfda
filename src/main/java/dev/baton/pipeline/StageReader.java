package dev.baton.pipeline;

import dev.baton.message.Msg;
import dev.baton.template.TaskRenderer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one stage's mapping. Dependencies are resolved later, by {@link Dependencies}. */
final class StageReader {

    static final Set<String> KEYS = Set.of("name", "agent", "advisor", "advisors", "task", "category", "depends_on",
            "max_retries", "min_score", "timeout", "input", "output", "description", "on_reject", "with");

    private final Nodes nodes;
    private final PolicyReader advisorReader;

    StageReader(Nodes nodes, PolicyReader advisorReader) {
        this.nodes = nodes;
        this.advisorReader = advisorReader;
    }

    /**
     * A stage as read, before dependency resolution.
     *
     * @param stage      the stage with {@code dependencies} still empty
     * @param nameNode   where its name is written
     * @param agentNode  where its agent is written
     * @param dependsOn  the names in depends_on, where written
     * @param inputs     the input paths, where written
     * @param outputs    the output paths, where written
     */
    record Read(Stage stage, ScalarNode nameNode, ScalarNode agentNode, List<ScalarNode> dependsOn,
                List<ScalarNode> inputs, List<ScalarNode> outputs) {
    }

    /** The stage, or null when it lacks a name or agent or is not a mapping (problems recorded). */
    Read read(Node node, int index) {
        String provisional = "stage " + (index + 1);
        Map<String, Nodes.Field> probe = peekName(node);
        String label = probe != null ? "stage '" + ((ScalarNode) probe.get("name").value()).getValue() + "'" : provisional;
        Map<String, Nodes.Field> fields = nodes.mapping(node, "stages[" + index + "]", "in " + label, KEYS);
        if (fields == null) {
            return null;
        }
        Map<String, Position> positions = new HashMap<>();
        fields.forEach((k, f) -> positions.put(k, Problems.position(f.value())));

        String name = fields.containsKey("name") ? nodes.text(fields.get("name").value(), "name") : null;
        if (!fields.containsKey("name")) {
            nodes.problems().add(node, Msg.MISSING_KEY, provisional, "name");
        } else if (name != null && name.length() > Limits.MAX_STAGE_NAME) {
            nodes.problems().add(fields.get("name").value(), Msg.TOO_LONG, "name", name.length(), Limits.MAX_STAGE_NAME);
            name = null;
        }
        String agent = fields.containsKey("agent") ? nodes.text(fields.get("agent").value(), "agent") : null;
        if (!fields.containsKey("agent")) {
            nodes.problems().add(node, Msg.MISSING_KEY, label, "agent");
        }
        List<AdvisorRef> advisors = advisors(fields, label);
        String task = optionalText(fields, "task");
        String templateError = TaskRenderer.syntaxError(name != null ? name : provisional, task);
        if (templateError != null) {
            nodes.problems().add(fields.get("task").value(), Msg.TEMPLATE_SYNTAX.code(), templateError);
        }
        String category = optionalText(fields, "category");
        String description = optionalText(fields, "description");
        List<ScalarNode> dependsOn = fields.containsKey("depends_on") ? orEmpty(nodes.textList(fields.get("depends_on").value(), "depends_on")) : List.of();
        Integer maxRetries = null;
        if (fields.containsKey("max_retries")) {
            Long n = nodes.integer(fields.get("max_retries").value(), "max_retries", 0, Limits.MAX_RETRIES);
            maxRetries = n == null ? null : n.intValue();
        }
        Double minScore = fields.containsKey("min_score")
                ? nodes.number(fields.get("min_score").value(), "min_score", 0, 1, false, "a number from 0 to 1") : null;
        Double timeout = fields.containsKey("timeout")
                ? nodes.number(fields.get("timeout").value(), "timeout", 0, Limits.MAX_TIMEOUT_SECONDS, true, Limits.TIMEOUT_RANGE) : null;
        List<ScalarNode> inputs = paths(fields, "input");
        List<ScalarNode> outputs = paths(fields, "output");
        OnReject onReject = fields.containsKey("on_reject")
                ? nodes.choice(fields.get("on_reject").value(), "on_reject", OnReject.class, OnReject.FAIL) : OnReject.FAIL;
        Map<String, Object> with = Map.of();
        if (fields.containsKey("with")) {
            Node w = fields.get("with").value();
            if (nodes.mapping(w, "with", "in " + label + " with", null) != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> plain = (Map<String, Object>) nodes.plain(w);
                with = plain == null ? Map.of() : plain;
            }
        }
        if (name == null || agent == null) {
            return null;
        }
        Stage stage = new Stage(name, agent, advisors, task, category, dependsOn.stream().map(ScalarNode::getValue).toList(),
                List.of(), maxRetries, minScore, timeout, normalised(inputs), normalised(outputs), description, onReject, with,
                Problems.position(node), positions);
        return new Read(stage, (ScalarNode) fields.get("name").value(), (ScalarNode) fields.get("agent").value(),
                dependsOn, inputs, outputs);
    }

    private Map<String, Nodes.Field> peekName(Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (var t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("name") && t.getValueNode() instanceof ScalarNode) {
                    return Map.of("name", new Nodes.Field(k, t.getValueNode()));
                }
            }
        }
        return null;
    }

    private List<AdvisorRef> advisors(Map<String, Nodes.Field> fields, String label) {
        List<AdvisorRef> refs = new ArrayList<>();
        if (fields.containsKey("advisor") && fields.containsKey("advisors")) {
            nodes.problems().add(fields.get("advisors").key(), Msg.BAD_VALUE, "advisors", "absent when 'advisor' is given",
                    "both", " (use one of them)");
            return refs;
        }
        if (fields.containsKey("advisor")) {
            Node n = fields.get("advisor").value();
            String name = nodes.text(n, "advisor");
            if (name != null) {
                advisorReader.advisorRefs().add((ScalarNode) n);
                refs.add(AdvisorRef.of(name));
            }
        } else if (fields.containsKey("advisors")) {
            Node n = fields.get("advisors").value();
            List<Node> items = n instanceof ScalarNode ? List.of(n) : nodes.list(n, "advisors");
            if (items != null) {
                refs.addAll(advisorReader.readRefs(items, "advisors"));
            }
        }
        return refs;
    }

    private String optionalText(Map<String, Nodes.Field> fields, String key) {
        return fields.containsKey(key) ? nodes.text(fields.get(key).value(), key) : null;
    }

    private List<ScalarNode> paths(Map<String, Nodes.Field> fields, String key) {
        if (!fields.containsKey(key)) {
            return List.of();
        }
        List<ScalarNode> paths = new ArrayList<>();
        for (ScalarNode p : orEmpty(nodes.textList(fields.get(key).value(), key))) {
            if (normalise(p.getValue()) == null) {
                nodes.problems().add(p, Msg.PATH_ESCAPES, key, p.getValue());
            } else {
                paths.add(p);
            }
        }
        return paths;
    }

    private static List<String> normalised(List<ScalarNode> paths) {
        return paths.stream().map(p -> normalise(p.getValue())).toList();
    }

    /**
     * A path relative to the run folder in normal form ({@code ./docs/a.md} is {@code docs/a.md}),
     * or null when it is absolute, empty, or leaves the folder.
     */
    static String normalise(String path) {
        if (path.isBlank() || path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return null;
        }
        try {
            Path p = Path.of(path).normalize();
            String text = p.toString().replace('\\', '/');
            if (p.isAbsolute() || text.isEmpty() || text.equals("..") || text.startsWith("../")) {
                return null;
            }
            return text;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
