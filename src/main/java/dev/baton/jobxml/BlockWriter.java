package dev.baton.jobxml;

import dev.baton.plan.Block;
import dev.baton.plan.StageSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a schedule's blocks as JSR-352 elements: a stage as a step, parallel blocks as a split of
 * flows. A batch runtime runs each {@code next} by a call inside the previous element's (JBeret
 * overflows a thread's stack after about 1,500 steps in a row, and looks each {@code next} up by a
 * scan of its siblings), so a sequence longer than {@value #MAX_SEQUENCE} elements is written as
 * flows of at most that many, nested as deep as needed: any length runs at a depth of a few hundred.
 */
final class BlockWriter {

    /** The most elements in a row at one level of the job. */
    static final int MAX_SEQUENCE = 64;

    private final JobXmlDocument doc;
    private int chains;
    private final StepIds ids;
    private final Map<String, StageSpec> specs;

    BlockWriter(JobXmlDocument doc, StepIds ids, Map<String, StageSpec> specs) {
        this.doc = doc;
        this.ids = ids;
        this.specs = specs;
    }

    /** Writes blocks into {@code parent} in sequence, each pointing {@code next} at the following one; the last at nothing. */
    void sequence(JobXmlDocument.Element parent, List<Block> blocks) {
        if (blocks.size() <= MAX_SEQUENCE) {
            for (int i = 0; i < blocks.size(); i++) {
                write(parent, blocks.get(i), i + 1 < blocks.size() ? id(blocks.get(i + 1)) : null);
            }
            return;
        }
        long chunk = MAX_SEQUENCE;
        while (chunk * MAX_SEQUENCE < blocks.size()) {
            chunk *= MAX_SEQUENCE;
        }
        List<String> ids = new ArrayList<>();
        List<List<Block>> chunks = new ArrayList<>();
        for (int from = 0; from < blocks.size(); from += (int) chunk) {
            chunks.add(blocks.subList(from, (int) Math.min(blocks.size(), from + chunk)));
            ids.add("chain-" + (++chains));
        }
        for (int i = 0; i < chunks.size(); i++) {
            JobXmlDocument.Element flow = i + 1 < chunks.size() ? doc.child(parent, "flow", "id", ids.get(i), "next", ids.get(i + 1))
                    : doc.child(parent, "flow", "id", ids.get(i));
            sequence(flow, chunks.get(i));
        }
    }

    private void write(JobXmlDocument.Element parent, Block block, String next) {
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

    private void step(JobXmlDocument.Element parent, String stage, String next) {
        JobXmlDocument.Element step = next == null ? doc.child(parent, "step", "id", ids.of(stage))
                : doc.child(parent, "step", "id", ids.of(stage), "next", next);
        JobXmlDocument.Element batchlet = doc.child(step, "batchlet", "ref", JobProperties.STAGE_BATCHLET);
        doc.properties(batchlet, StageProperties.write(specs.get(stage)));
    }

    private void split(JobXmlDocument.Element parent, Block.Parallel parallel, String next) {
        JobXmlDocument.Element split = next == null ? doc.child(parent, "split", "id", parallel.id())
                : doc.child(parent, "split", "id", parallel.id(), "next", next);
        for (int f = 0; f < parallel.blocks().size(); f++) {
            JobXmlDocument.Element flow = doc.child(split, "flow", "id", parallel.id() + "-flow-" + (f + 1));
            sequence(flow, Block.sequence(parallel.blocks().get(f)));
        }
    }
}
