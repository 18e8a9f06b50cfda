package dev.baton.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of the stages a stage depends on, as its memory holds them ({@code NAME.content},
 * {@code NAME.artifacts}, {@code NAME.review}), in memory order (dependency order). The stage's
 * own {@code last_output}/{@code last_review} are not upstream.
 */
public final class Upstream {

    /**
     * One upstream stage's output.
     *
     * @param name      the stage's name
     * @param content   its content: a text, or a JSON-like value
     * @param artifacts the paths it wrote, relative to the run folder
     * @param review    its review as a map ({@code score}, {@code approved}, {@code critical_issues}, …), or empty
     */
    public record Stage(String name, Object content, List<String> artifacts, Map<String, Object> review) {

        /** The content as text: itself when a text, else its JSON-like value printed. */
        public String text() {
            return content instanceof String s ? s : content == null ? "" : String.valueOf(content);
        }
    }

    private final List<Stage> stages;

    private Upstream(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The upstream stages in a memory snapshot. */
    public static Upstream of(Map<String, Object> memory) {
        Map<String, Stage> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : memory.entrySet()) {
            String key = e.getKey();
            if (!key.endsWith(".content")) {
                continue;
            }
            String name = key.substring(0, key.length() - ".content".length());
            List<String> artifacts = new ArrayList<>();
            if (memory.get(name + ".artifacts") instanceof List<?> list) {
                list.forEach(p -> artifacts.add(String.valueOf(p)));
            }
            Map<String, Object> review = new LinkedHashMap<>();
            if (memory.get(name + ".review") instanceof Map<?, ?> map) {
                map.forEach((k, v) -> review.put(String.valueOf(k), v));
            }
            byName.put(name, new Stage(name, e.getValue(), artifacts, review));
        }
        return new Upstream(new ArrayList<>(byName.values()));
    }

    public List<Stage> stages() {
        return stages;
    }

    public boolean isEmpty() {
        return stages.isEmpty();
    }

    /** Every artifact path of every upstream stage, in order, each once. */
    public List<String> artifacts() {
        List<String> all = new ArrayList<>();
        stages.forEach(s -> s.artifacts().stream().filter(p -> !all.contains(p)).forEach(all::add));
        return all;
    }
}
