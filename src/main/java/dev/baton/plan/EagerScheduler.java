package dev.baton.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Builds the eager schedule of a dependency graph: a series-parallel decomposition. A set of
 * stages that falls apart into independent groups runs them in parallel; a connected set is cut
 * into the finest series of chunks where every stage of a chunk depends on every stage of the
 * chunks before it; a connected set that admits no such cut (the graph is not series-parallel
 * there, e.g. the "N" shape a→c, b→c, b→d) is cut at the layer boundary that adds the fewest false
 * dependencies, and decomposed further. On a series-parallel graph no stage waits for a stage it
 * does not depend on.
 */
final class EagerScheduler {

    private final List<String> names;
    private final BitSet[] preds;
    private final BitSet[] ancestors;
    private int splits;

    private EagerScheduler(List<String> names, BitSet[] preds, BitSet[] ancestors) {
        this.names = names;
        this.preds = preds;
        this.ancestors = ancestors;
    }

    /** The eager schedule of a graph whose iteration order is a topological order (plan order). */
    static Block schedule(List<String> order, Map<String, List<String>> dependencies) {
        int n = order.size();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(order.get(i), i);
        }
        BitSet[] preds = new BitSet[n];
        BitSet[] ancestors = new BitSet[n];
        for (int i = 0; i < n; i++) {
            preds[i] = new BitSet(n);
            ancestors[i] = new BitSet(n);
            for (String d : dependencies.get(order.get(i))) {
                int j = index.get(d);
                preds[i].set(j);
                ancestors[i].set(j);
                ancestors[i].or(ancestors[j]);
            }
        }
        BitSet all = new BitSet(n);
        all.set(0, n);
        return new EagerScheduler(order, preds, ancestors).decompose(all);
    }

    private Block decompose(BitSet set) {
        if (set.cardinality() == 1) {
            return new Block.Stage(names.get(set.nextSetBit(0)));
        }
        List<BitSet> components = components(set);
        if (components.size() > 1) {
            List<Block> flows = new ArrayList<>();
            String id = "split-" + (++splits);
            for (BitSet c : components) {
                flows.add(decompose(c));
            }
            return new Block.Parallel(id, flows);
        }
        List<BitSet> chunks = seriesChunks(set);
        if (chunks.size() == 1) {
            chunks = bestCut(set);
        }
        List<Block> series = new ArrayList<>();
        for (BitSet chunk : chunks) {
            series.add(decompose(chunk));
        }
        return Block.series(series);
    }

    /** Weakly connected components of the set, ordered by their first stage. */
    private List<BitSet> components(BitSet set) {
        List<BitSet> components = new ArrayList<>();
        BitSet left = (BitSet) set.clone();
        while (!left.isEmpty()) {
            BitSet component = new BitSet();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            int first = left.nextSetBit(0);
            todo.add(first);
            left.clear(first);
            component.set(first);
            while (!todo.isEmpty()) {
                int v = todo.poll();
                for (int u = left.nextSetBit(0); u >= 0; u = left.nextSetBit(u + 1)) {
                    if (preds[v].get(u) || preds[u].get(v)) {
                        left.clear(u);
                        component.set(u);
                        todo.add(u);
                    }
                }
            }
            components.add(component);
        }
        return components;
    }

    /** The finest series cut of a set: chunks where every stage depends on every stage of the chunks before. */
    private List<BitSet> seriesChunks(BitSet set) {
        List<BitSet> chunks = new ArrayList<>();
        BitSet rest = (BitSet) set.clone();
        while (!rest.isEmpty()) {
            BitSet chunk = minimal(rest);
            while (true) {
                BitSet grow = new BitSet();
                for (int u = rest.nextSetBit(0); u >= 0; u = rest.nextSetBit(u + 1)) {
                    if (!chunk.get(u) && !dominates(u, chunk)) {
                        grow.set(u);
                        BitSet up = (BitSet) ancestors[u].clone();
                        up.and(rest);
                        grow.or(up);
                    }
                }
                grow.andNot(chunk);
                if (grow.isEmpty()) {
                    break;
                }
                chunk.or(grow);
            }
            chunks.add(chunk);
            rest.andNot(chunk);
        }
        return chunks;
    }

    /** Cuts a set with no series cut at the layer boundary that adds the fewest false dependencies. */
    private List<BitSet> bestCut(BitSet set) {
        Map<Integer, Integer> layer = new java.util.HashMap<>();
        int layers = 0;
        for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
            int l = 0;
            BitSet p = (BitSet) preds[v].clone();
            p.and(set);
            for (int u = p.nextSetBit(0); u >= 0; u = p.nextSetBit(u + 1)) {
                l = Math.max(l, layer.get(u) + 1);
            }
            layer.put(v, l);
            layers = Math.max(layers, l + 1);
        }
        long bestCost = Long.MAX_VALUE;
        BitSet best = null;
        for (int boundary = 0; boundary < layers - 1; boundary++) {
            BitSet before = new BitSet();
            for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
                if (layer.get(v) <= boundary) {
                    before.set(v);
                }
            }
            long cost = 0;
            for (int q = set.nextSetBit(0); q >= 0; q = set.nextSetBit(q + 1)) {
                if (!before.get(q)) {
                    BitSet missing = (BitSet) before.clone();
                    missing.andNot(ancestors[q]);
                    cost += missing.cardinality();
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = before;
            }
        }
        BitSet after = (BitSet) set.clone();
        after.andNot(best);
        return List.of(best, after);
    }

    private BitSet minimal(BitSet set) {
        BitSet minimal = new BitSet();
        for (int v = set.nextSetBit(0); v >= 0; v = set.nextSetBit(v + 1)) {
            if (!preds[v].intersects(set)) {
                minimal.set(v);
            }
        }
        return minimal;
    }

    private boolean dominates(int u, BitSet chunk) {
        BitSet missing = (BitSet) chunk.clone();
        missing.andNot(ancestors[u]);
        return missing.isEmpty();
    }
}
