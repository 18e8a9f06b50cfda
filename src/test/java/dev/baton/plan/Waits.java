package dev.baton.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What a schedule makes each stage wait for: the stages that have surely finished when it starts. */
public final class Waits {

    private Waits() {
    }

    /** Stage name to the stages it waits for under the structure. */
    public static Map<String, Set<String>> of(Block structure) {
        Map<String, Set<String>> waits = new HashMap<>();
        walk(structure, Set.of(), waits);
        return waits;
    }

    /** Walks a block that starts after {@code before}; returns the stages it holds. */
    private static Set<String> walk(Block block, Set<String> before, Map<String, Set<String>> waits) {
        if (block instanceof Block.Stage stage) {
            waits.put(stage.name(), before);
            return Set.of(stage.name());
        }
        Set<String> inside = new HashSet<>();
        if (block instanceof Block.Series series) {
            Set<String> done = new HashSet<>(before);
            for (Block b : series.blocks()) {
                Set<String> held = walk(b, Set.copyOf(done), waits);
                done.addAll(held);
                inside.addAll(held);
            }
            return inside;
        }
        for (Block b : ((Block.Parallel) block).blocks()) {
            inside.addAll(walk(b, before, waits));
        }
        return inside;
    }

    /** How many (stage, stage it waits for but does not depend on) pairs the structure adds. */
    public static int falseDependencies(Plan plan) {
        int count = 0;
        for (Map.Entry<String, Set<String>> e : of(plan.structure()).entrySet()) {
            Set<String> extra = new HashSet<>(e.getValue());
            extra.removeAll(plan.upstream(e.getKey()));
            count += extra.size();
        }
        return count;
    }
}
