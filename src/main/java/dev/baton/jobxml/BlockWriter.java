package dev.baton.jobxml;

import dev.baton.plan.Block;
import dev.baton.plan.StageSpec;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Map;

/** Writes a schedule's blocks as JSR-352 elements: a stage as a step, parallel blocks as a split of flows. */
final class BlockWriter {

    private final JobXmlDocument doc;
    private final StepIds ids;
    private final Map<String, StageSpec> specs;

    BlockWriter(JobXmlDocument doc, StepIds ids, Map<String, StageSpec> specs) {
        this.doc = doc;
        this.ids = ids;
        this.specs = specs;
    }

    /** Writes blocks into {@code parent} in sequence, each pointing {@code next} at the following one; the last at nothing. */
    void sequence(Element parent, List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            write(parent, blocks.get(i), i + 1 < blocks.size() ? id(blocks.get(i + 1)) : null);
        }
    }

    private void write(Element parent, Block block, String next) {
        if (block instanceof Block.Stage stage) {
            step(parent, stage.name(), next);
        } else if (block instanceof Block.Parallel parallel) {
            split(parent, parallel, next);
        } else {
            throw new IllegalArgumentException("a series inside a sequence: " + block);
        }
    }

    private String id(Block block) {
        if (block instanceof Block.Stage stage) {
            return ids.of(stage.name());
        }
        if (block instanceof Block.Parallel parallel) {
            return parallel.id();
        }
        return id(((Block.Series) block).blocks().get(0));
    }

    private void step(Element parent, String stage, String next) {
        Element step = next == null ? doc.child(parent, "step", "id", ids.of(stage))
                : doc.child(parent, "step", "id", ids.of(stage), "next", next);
        Element batchlet = doc.child(step, "batchlet", "ref", JobProperties.STAGE_BATCHLET);
        doc.properties(batchlet, StageProperties.write(specs.get(stage)));
    }

    private void split(Element parent, Block.Parallel parallel, String next) {
        Element split = next == null ? doc.child(parent, "split", "id", parallel.id())
                : doc.child(parent, "split", "id", parallel.id(), "next", next);
        for (int f = 0; f < parallel.blocks().size(); f++) {
            Element flow = doc.child(split, "flow", "id", parallel.id() + "-flow-" + (f + 1));
            sequence(flow, Block.sequence(parallel.blocks().get(f)));
        }
    }
}
