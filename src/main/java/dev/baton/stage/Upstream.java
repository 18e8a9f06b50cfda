package dev.baton.stage;

import dev.baton.record.StageResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stage may see of its run: the stages it depends on, directly or not, and their final
 * results. Asked one stage at a time, so a stage costs what it reads, not what runs before it.
 */
public interface Upstream {

    /** The stages it depends on directly, in file order. */
    List<String> direct();

    /** Whether it depends on {@code stage}, directly or not. */
    boolean includes(String stage);

    /** The final result of a stage it depends on, or null when it does not depend on it or that stage has none. */
    StageResult result(String stage);

    /** Every stage it depends on, in plan order (this walks the whole upstream). */
    List<String> all();

    /**
     * The upstream stage a template name means: the stage of that name, else the stage whose
     * identifier form it is ("Code Skeleton" as {@code code_skeleton}) when no stage has that name;
     * null when it means no upstream stage.
     */
    String stageNamed(String name);

    /** An upstream of these stages and results, every one of them a direct dependency (for workers and tests). */
    static Upstream of(Map<String, StageResult> results) {
        Map<String, StageResult> copy = new LinkedHashMap<>(results);
        Map<String, String> aliases = Aliases.of(copy.keySet());
        return new Upstream() {
            @Override
            public List<String> direct() {
                return new ArrayList<>(copy.keySet());
            }

            @Override
            public boolean includes(String stage) {
                return copy.containsKey(stage);
            }

            @Override
            public StageResult result(String stage) {
                return copy.get(stage);
            }

            @Override
            public List<String> all() {
                return direct();
            }

            @Override
            public String stageNamed(String name) {
                String stage = copy.containsKey(name) ? name : aliases.get(name);
                return stage != null && copy.containsKey(stage) ? stage : null;
            }
        };
    }
}
