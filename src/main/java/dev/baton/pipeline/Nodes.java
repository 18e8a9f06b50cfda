package dev.baton.pipeline;

import dev.baton.message.Msg;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of SnakeYAML nodes: each reader returns the value, or null after recording a
 * problem at the offending node. One place for "a mapping with known keys", "text", "a number
 * from 0 to 1" and the like, so every part of the language is checked the same way.
 */
final class Nodes {

    /** The most nodes a document may expand to (aliases share nodes; this bounds the walk). */
    static final int MAX_NODES = 200_000;

    private final Problems problems;
    private int visited;

    Nodes(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** A mapping's key and value. */
    record Field(ScalarNode key, Node value) {
        String name() {
            return key.getValue();
        }
    }

    /**
     * The fields of a mapping in file order, after checking for duplicate keys and, when
     * {@code known} is given, unknown keys.
     *
     * @param where    "in stage 'x'", "in policy", "at top level", for messages
     * @param known    the allowed keys, or null to allow any
     * @return the fields, or null when the node is not a mapping
     */
    Map<String, Field> mapping(Node node, String key, String where, Collection<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            wrongType(node, key, "a mapping");
            return null;
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode k)) {
                wrongType(tuple.getKeyNode(), "a key " + where, "text");
                continue;
            }
            Field first = fields.get(k.getValue());
            if (first != null) {
                problems.add(k, Msg.DUPLICATE_KEY, k.getValue(), Problems.position(first.key()).line());
                continue;
            }
            if (known != null && !known.contains(k.getValue())) {
                problems.add(k, Msg.UNKNOWN_KEY, k.getValue(), where, Suggestions.didYouMean(k.getValue(), known));
                continue;
            }
            fields.put(k.getValue(), new Field(k, tuple.getValueNode()));
        }
        return fields;
    }

    /** Text: any scalar but null (numbers and booleans are read as written). */
    String text(Node node, String key) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        wrongType(node, key, "text");
        return null;
    }

    /** An integer at least {@code min}. */
    Long integer(Node node, String key, long min) {
        return integer(node, key, min, Long.MAX_VALUE);
    }

    /** A whole number within {@code [min, max]}. */
    Long integer(Node node, String key, long min, long max) {
        String range = max == Long.MAX_VALUE ? "a whole number of at least " + min : "a whole number from " + min + " to " + max;
        if (!(node instanceof ScalarNode s) || !Tag.INT.equals(s.getTag())) {
            wrongType(node, key, range);
            return null;
        }
        Long value = parseInt(s.getValue());
        if (value == null || value < min || value > max) {
            problems.add(node, Msg.OUT_OF_RANGE, key, range, s.getValue());
            return null;
        }
        return value;
    }

    /** A number within {@code [min, max]}, or above {@code min} when {@code exclusiveMin}. */
    Double number(Node node, String key, double min, double max, boolean exclusiveMin, String range) {
        if (!(node instanceof ScalarNode s) || !(Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            wrongType(node, key, range);
            return null;
        }
        Double value = Tag.INT.equals(s.getTag()) ? toDouble(parseInt(s.getValue())) : parseFloat(s.getValue());
        if (value == null || value.isNaN() || value < min || value > max || (exclusiveMin && value == min)) {
            problems.add(node, Msg.OUT_OF_RANGE, key, range, s.getValue());
            return null;
        }
        return value;
    }

    /**
     * One of an enum's values, written in lower case ({@code skip_downstream}); {@code fallback}
     * after a problem when the text is none of them.
     */
    <E extends Enum<E>> E choice(Node node, String key, Class<E> type, E fallback) {
        String text = text(node, key);
        if (text == null) {
            return fallback;
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!allowed.contains(text)) {
            problems.add(node, Msg.BAD_VALUE, key, String.join(", ", allowed), text, Suggestions.didYouMean(text, allowed));
            return fallback;
        }
        return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
    }

    /** A list of texts, or one text standing for a list of one. */
    List<ScalarNode> textList(Node node, String key) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return List.of(s);
        }
        if (!(node instanceof SequenceNode seq)) {
            wrongType(node, key, "a list of texts");
            return null;
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
                items.add(s);
            } else {
                wrongType(item, "an item of '" + key + "'", "text");
            }
        }
        return items;
    }

    /** A list node's items, or null when it is not a list. */
    List<Node> list(Node node, String key) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        wrongType(node, key, "a list");
        return null;
    }

    /**
     * The node as plain immutable Java values: String, Long, Double, Boolean, null, List, Map.
     *
     * @return the value, or null after a problem when the document expands beyond {@link #MAX_NODES}
     */
    Object plain(Node node) {
        if (++visited > MAX_NODES) {
            if (visited == MAX_NODES + 1) {
                problems.add(node, Msg.TOO_MANY_ALIASES, YamlDocument.MAX_ALIASES);
            }
            return null;
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(plain(t.getKeyNode()));
                map.put(k, plain(t.getValueNode()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof SequenceNode s) {
            List<Object> list = new ArrayList<>();
            s.getValue().forEach(item -> list.add(plain(item)));
            return Collections.unmodifiableList(list);
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return switch (s.getValue().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "y" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
        }
        if (Tag.INT.equals(tag)) {
            Long v = parseInt(s.getValue());
            return v != null ? v : s.getValue();
        }
        if (Tag.FLOAT.equals(tag)) {
            Double v = parseFloat(s.getValue());
            return v != null ? v : s.getValue();
        }
        return s.getValue();
    }

    void wrongType(Node node, String key, String expected) {
        problems.add(node, Msg.WRONG_TYPE, key, expected, describe(node));
    }

    /** How a node's value reads in a message: "a list", "text 'two'", "the number 0.5". */
    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        if (Tag.NULL.equals(s.getTag())) {
            return "nothing";
        }
        if (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag())) {
            return "the number " + s.getValue();
        }
        if (Tag.BOOL.equals(s.getTag())) {
            return "the boolean " + s.getValue();
        }
        return "text '" + s.getValue() + "'";
    }

    static Long parseInt(String text) {
        String t = text.replace("_", "");
        try {
            if (t.startsWith("0x") || t.startsWith("-0x") || t.startsWith("+0x")) {
                boolean negative = t.startsWith("-");
                long v = Long.parseLong(t.substring(t.indexOf('x') + 1), 16);
                return negative ? -v : v;
            }
            if (t.startsWith("0b")) {
                return Long.parseLong(t.substring(2), 2);
            }
            if (t.length() > 1 && t.startsWith("0") && t.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(t.substring(1), 8);
            }
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double parseFloat(String text) {
        try {
            return Double.valueOf(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }
}
