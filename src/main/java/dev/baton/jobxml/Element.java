package dev.baton.jobxml;

import dev.baton.plan.Block;
import dev.baton.plan.StageSpec;

import java.util.List;
import java.util.Map;

/** Writes a schedule's blocks as JSR-352 elements: a stage as a step, parallel blocks as a split of flows. */
final class Element {

    private final XmlWriter xml;
    private final StepIds ids;
    private final Map<String, StageSpec> specs;

    Element(XmlWriter xml, StepIds ids, Map<String, StageSpec> specs) {
        this.xml = xml;
        this.ids = ids;
        this.specs = specs;
    }

    /** Writes blocks in sequence, each pointing {@code next} at the following one; the last at nothing. */
    void sequence(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            write(blocks.get(i), i + 1 < blocks.size() ? id(blocks.get(i + 1)) : null);
        }
    }

    private void write(Block block, String next) {
        if (block instanceof Block.Stage stage) {
            step(stage.name(), next);
        } else if (block instanceof Block.Parallel parallel) {
            split(parallel, next);
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

    private void step(String stage, String next) {
        if (next == null) {
            xml.open("step", "id", ids.of(stage));
        } else {
            xml.open("step", "id", ids.of(stage), "next", next);
        }
        xml.open("batchlet", "ref", JobProperties.STAGE_BATCHLET);
        xml.properties(StageProperties.write(specs.get(stage)));
        xml.close("batchlet");
        xml.close("step");
    }

    private void split(Block.Parallel parallel, String next) {
        if (next == null) {
            xml.open("split", "id", parallel.id());
        } else {
            xml.open("split", "id", parallel.id(), "next", next);
        }
        for (int f = 0; f < parallel.blocks().size(); f++) {
            xml.open("flow", "id", parallel.id() + "-flow-" + (f + 1));
            sequence(Block.sequence(parallel.blocks().get(f)));
            xml.close("flow");
        }
        xml.close("split");
    }
}
