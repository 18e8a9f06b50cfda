package dev.baton.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random dependency graphs for tests and benchmarks. */
public final class Graphs {

    private Graphs() {
    }

    /** A graph written as {@code "stage:dep1,dep2"} entries, in order ({@code "a:"} has no dependency). */
    public static Map<String, List<String>> of(String... entries) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        for (String e : entries) {
            String[] parts = e.split(":", -1);
            g.put(parts[0], parts[1].isEmpty() ? List.of() : List.of(parts[1].split(",")));
        }
        return g;
    }

    /** A random series-parallel graph of {@code size} stages: blocks composed in series and in parallel, recursively. */
    public static Map<String, List<String>> seriesParallel(Random random, int size) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        build(random, size, List.of(), g);
        return g;
    }

    /** Adds a series-parallel block of {@code size} stages after {@code before}; returns its sinks. */
    private static List<String> build(Random random, int size, List<String> before, Map<String, List<String>> g) {
        if (size <= 1) {
            String name = "s" + g.size();
            g.put(name, before);
            return List.of(name);
        }
        int left = 1 + random.nextInt(size - 1);
        if (random.nextBoolean()) {
            List<String> mid = build(random, left, before, g);
            return build(random, size - left, mid, g);
        }
        List<String> sinks = new ArrayList<>(build(random, left, before, g));
        sinks.addAll(build(random, size - left, before, g));
        return sinks;
    }
}
