package dev.baton.pipeline;

import dev.baton.message.Msg;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code policy:} mapping (of a pipeline or a preset). */
final class PolicyReader {

    private Node maxStagesNode;

    static final Set<String> KEYS = Set.of("version", "score_thresholds", "thresholds", "timeouts", "retries", "advisors", "budget", "memory_view", "memoize");
    private static final Set<String> MEMOIZE_KEYS = Set.of("stages", "categories", "review");
    private static final Set<String> PANEL_KEYS = Set.of("decision", "list", "weights");
    private static final Set<String> COUNCIL_MEMBER_KEYS = Set.of("name", "weight");
    private static final Set<String> BUDGET_KEYS = Set.of("max_runtime_sec", "max_stages", "max_artifacts_bytes", "max_bytes");

    private final Nodes nodes;

    /** Advisor names and where they were written, checked against the catalog by the caller. */
    private final List<ScalarNode> advisorRefs = new ArrayList<>();

    PolicyReader(Nodes nodes) {
        this.nodes = nodes;
    }

    private final List<ScalarNode> memoizedStages = new java.util.ArrayList<>();

    List<ScalarNode> advisorRefs() {
        return advisorRefs;
    }

    /** The policy, or {@link Policy#EMPTY} parts where the file has mistakes (recorded). */
    Policy read(Node node) {
        Map<String, Nodes.Field> fields = nodes.mapping(node, "policy", "in policy", KEYS);
        if (fields == null) {
            return Policy.EMPTY;
        }
        if (fields.containsKey("version")) {
            Node v = fields.get("version").value();
            if (!(v instanceof ScalarNode s) || !s.getValue().strip().equals("1")) {
                nodes.problems().add(v, Msg.BAD_VALUE, "version", "1", Nodes.describe(v), "");
            }
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, Nodes.Field> scoreThresholds = categories(fields.get("score_thresholds"));
        Map<String, Nodes.Field> aliasThresholds = categories(fields.get("thresholds"));
        scoreThresholds.forEach((category, f) -> put(thresholds, category, score(f)));
        aliasThresholds.forEach((category, f) -> {
            if (scoreThresholds.containsKey(category)) {
                nodes.problems().add(f.key(), Msg.THRESHOLD_ALIAS_CONFLICT, category);
            } else {
                put(thresholds, category, score(f));
            }
        });
        Map<String, Double> timeouts = new LinkedHashMap<>();
        categories(fields.get("timeouts")).forEach((category, f) ->
                put(timeouts, category, nodes.number(f.value(), "timeouts." + category, 0, Limits.MAX_TIMEOUT_SECONDS, true, Limits.TIMEOUT_RANGE)));
        Map<String, Integer> retries = new LinkedHashMap<>();
        categories(fields.get("retries")).forEach((category, f) -> {
            Long n = nodes.integer(f.value(), "retries." + category, 0, Limits.MAX_RETRIES);
            if (n != null) {
                retries.put(category, n.intValue());
            }
        });
        Map<String, AdvisorPanel> panels = new LinkedHashMap<>();
        AdvisorPanel council = null;
        Nodes.Field advisors = fields.get("advisors");
        if (advisors != null) {
            Map<String, Nodes.Field> byCategory = nodes.mapping(advisors.value(), "advisors", "in policy advisors", null);
            if (byCategory != null) {
                for (Nodes.Field f : byCategory.values()) {
                    if (f.name().equals("council")) {
                        council = council(f.value());
                    } else {
                        AdvisorPanel panel = panel(f);
                        if (panel != null) {
                            panels.put(f.name(), panel);
                        }
                    }
                }
            }
        }
        Budget budget = fields.containsKey("budget") ? budget(fields.get("budget").value()) : Budget.NONE;
        Visibility memoryView = fields.containsKey("memory_view")
                ? nodes.choice(fields.get("memory_view").value(), "memory_view", Visibility.class, null) : null;
        Memoize memoize = fields.containsKey("memoize") ? memoize(fields.get("memoize").value()) : Memoize.NONE;
        return new Policy(1, thresholds, timeouts, retries, panels, council, budget, memoryView, memoize);
    }

    /** The stage names {@code policy.memoize.stages} gives, as written, for the loader to check. */
    List<ScalarNode> memoizedStages() {
        return memoizedStages;
    }

    /** {@code memoize: {stages: [...], categories: [...], review: again|reuse}}. */
    private Memoize memoize(Node node) {
        Map<String, Nodes.Field> fields = nodes.mapping(node, "memoize", "in policy memoize", MEMOIZE_KEYS);
        if (fields == null) {
            return Memoize.NONE;
        }
        java.util.Set<String> stages = new java.util.LinkedHashSet<>();
        java.util.Set<String> categories = new java.util.LinkedHashSet<>();
        if (fields.containsKey("stages")) {
            List<ScalarNode> names = nodes.textList(fields.get("stages").value(), "memoize.stages");
            if (names != null) {
                memoizedStages.addAll(names);
                names.forEach(n -> stages.add(n.getValue()));
            }
        }
        if (fields.containsKey("categories")) {
            List<ScalarNode> names = nodes.textList(fields.get("categories").value(), "memoize.categories");
            if (names != null) {
                names.forEach(n -> categories.add(n.getValue()));
            }
        }
        boolean reuse = fields.containsKey("review")
                && nodes.choice(fields.get("review").value(), "memoize.review", MemoizedReview.class, MemoizedReview.AGAIN) == MemoizedReview.REUSE;
        return new Memoize(stages, categories, reuse);
    }

    /** What {@code memoize.review} may say: review a reused output again, or keep its earlier review. */
    private enum MemoizedReview { AGAIN, REUSE }

    private Map<String, Nodes.Field> categories(Nodes.Field field) {
        if (field == null) {
            return Map.of();
        }
        Map<String, Nodes.Field> m = nodes.mapping(field.value(), field.name(), "in policy " + field.name(), null);
        return m == null ? Map.of() : m;
    }

    private Double score(Nodes.Field f) {
        return nodes.number(f.value(), f.name(), 0, 1, false, "a number from 0 to 1");
    }

    private static <T> void put(Map<String, T> map, String key, T value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private AdvisorPanel panel(Nodes.Field category) {
        String where = "in policy advisors." + category.name();
        Map<String, Nodes.Field> fields = nodes.mapping(category.value(), "advisors." + category.name(), where, PANEL_KEYS);
        if (fields == null) {
            return null;
        }
        Decision decision = Decision.MAJORITY;
        if (fields.containsKey("decision")) {
            decision = nodes.choice(fields.get("decision").value(), "decision", Decision.class, Decision.MAJORITY);
        }
        List<ScalarNode> list = fields.containsKey("list") ? nodes.textList(fields.get("list").value(), "list") : null;
        if (list == null) {
            if (!fields.containsKey("list")) {
                nodes.problems().add(category.key(), Msg.MISSING_KEY, "advisors." + category.name(), "list");
            }
            return null;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        if (fields.containsKey("weights")) {
            Map<String, Nodes.Field> w = nodes.mapping(fields.get("weights").value(), "weights", where + ".weights", null);
            if (w != null) {
                List<String> listed = list.stream().map(ScalarNode::getValue).toList();
                for (Nodes.Field f : w.values()) {
                    if (!listed.contains(f.name())) {
                        nodes.problems().add(f.key(), Msg.BAD_VALUE, "weights." + f.name(), "the advisors in 'list'",
                                f.name(), Suggestions.didYouMean(f.name(), listed));
                        continue;
                    }
                    put(weights, f.name(), nodes.number(f.value(), "weights." + f.name(), 0, Double.MAX_VALUE, true, "a number above 0"));
                }
            }
        }
        List<AdvisorRef> refs = new ArrayList<>();
        for (ScalarNode name : list) {
            advisorRefs.add(name);
            refs.add(new AdvisorRef(name.getValue(), weights.getOrDefault(name.getValue(), 1.0)));
        }
        return refs.isEmpty() ? null : new AdvisorPanel(decision, refs);
    }

    private AdvisorPanel council(Node node) {
        List<Node> members = nodes.list(node, "council");
        if (members == null) {
            return null;
        }
        List<AdvisorRef> refs = readRefs(members, "council");
        return refs.isEmpty() ? null : new AdvisorPanel(Decision.AVERAGE, refs);
    }

    /** Advisors written as names or as {@code {name, weight}} mappings. */
    List<AdvisorRef> readRefs(List<Node> items, String key) {
        List<AdvisorRef> refs = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode s) {
                String name = nodes.text(s, key);
                if (name != null) {
                    advisorRefs.add(s);
                    refs.add(AdvisorRef.of(name));
                }
                continue;
            }
            Map<String, Nodes.Field> member = nodes.mapping(item, "an item of '" + key + "'", "in " + key, COUNCIL_MEMBER_KEYS);
            if (member == null) {
                continue;
            }
            if (!member.containsKey("name")) {
                nodes.problems().add(item, Msg.MISSING_KEY, "an item of '" + key + "'", "name");
                continue;
            }
            Node nameNode = member.get("name").value();
            String name = nodes.text(nameNode, "name");
            Double weight = member.containsKey("weight")
                    ? nodes.number(member.get("weight").value(), "weight", 0, Double.MAX_VALUE, true, "a number above 0") : Double.valueOf(1.0);
            if (name != null && weight != null) {
                advisorRefs.add((ScalarNode) nameNode);
                refs.add(new AdvisorRef(name, weight));
            }
        }
        return refs;
    }

    /** Where the budget's {@code max_stages} is written, once read; null when it is not. */
    Node maxStagesNode() {
        return maxStagesNode;
    }

    private Budget budget(Node node) {
        Map<String, Nodes.Field> fields = nodes.mapping(node, "budget", "in policy budget", BUDGET_KEYS);
        if (fields == null) {
            return Budget.NONE;
        }
        Long runtime = fields.containsKey("max_runtime_sec")
                ? nodes.integer(fields.get("max_runtime_sec").value(), "max_runtime_sec", 1, (long) Limits.MAX_TIMEOUT_SECONDS) : null;
        Long stages = fields.containsKey("max_stages")
                ? nodes.integer(fields.get("max_stages").value(), "max_stages", 1, Integer.MAX_VALUE) : null;
        if (stages != null) {
            maxStagesNode = fields.get("max_stages").value();
        }
        Long bytes = null;
        for (String key : List.of("max_artifacts_bytes", "max_bytes")) {
            if (fields.containsKey(key)) {
                if (bytes != null) {
                    nodes.problems().add(fields.get(key).key(), Msg.DUPLICATE_KEY, key + " (alias of max_artifacts_bytes)",
                            Problems.position(fields.get("max_artifacts_bytes").key()).line());
                    continue;
                }
                bytes = nodes.integer(fields.get(key).value(), key, 1);
            }
        }
        return new Budget(runtime, stages == null ? null : stages.intValue(), bytes);
    }
}
