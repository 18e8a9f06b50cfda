package dev.baton.plan;

import java.util.List;

/**
 * The shape of a schedule, as JSR-352 can express it: a stage, stages in series, or blocks in
 * parallel (a split, each block a flow).
 */
public sealed interface Block {

    /** One stage's step. */
    record Stage(String name) implements Block {
    }

    /** Blocks one after the other; never directly inside another series. */
    record Series(List<Block> blocks) implements Block {
        public Series {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * Blocks side by side: a split whose flows are the blocks.
     *
     * @param id     the split's id; its flows are {@code ID-flow-1}, {@code ID-flow-2}…
     * @param blocks at least two
     */
    record Parallel(String id, List<Block> blocks) implements Block {
        public Parallel {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block's elements in sequence: a series' blocks, or the block alone. */
    static List<Block> sequence(Block block) {
        return block instanceof Series s ? s.blocks() : List.of(block);
    }

    /** A series of the given blocks, flattening nested series; a single block stands alone. */
    static Block series(List<Block> blocks) {
        List<Block> flat = blocks.stream().flatMap(b -> sequence(b).stream()).toList();
        return flat.size() == 1 ? flat.get(0) : new Series(flat);
    }
}
