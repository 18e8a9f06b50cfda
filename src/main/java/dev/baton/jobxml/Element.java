package dev.baton.jobxml;

import dev.baton.plan.StageSpec;
import dev.baton.plan.Wave;

import java.util.List;
import java.util.Map;

/** One top-level element of a generated job: a stage's step, or a wave's split. */
sealed interface Element {

    /** The element's id, the target of the previous element's {@code next}. */
    String id(StepIds ids);

    /** Writes the element, pointing {@code next} at the following element (null for the last). */
    void write(XmlWriter xml, String next, StepIds ids, Map<String, StageSpec> specs);

    /** A stage's step. */
    record Step(String stage) implements Element {
        @Override
        public String id(StepIds ids) {
            return ids.of(stage);
        }

        @Override
        public void write(XmlWriter xml, String next, StepIds ids, Map<String, StageSpec> specs) {
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
    }

    /** A wave of several stages: a split whose flows run their stages in sequence. */
    record Split(Wave wave) implements Element {
        @Override
        public String id(StepIds ids) {
            return "wave-" + wave.number();
        }

        @Override
        public void write(XmlWriter xml, String next, StepIds ids, Map<String, StageSpec> specs) {
            if (next == null) {
                xml.open("split", "id", id(ids));
            } else {
                xml.open("split", "id", id(ids), "next", next);
            }
            for (int f = 0; f < wave.flows().size(); f++) {
                List<String> flow = wave.flows().get(f);
                xml.open("flow", "id", id(ids) + "-flow-" + (f + 1));
                for (int s = 0; s < flow.size(); s++) {
                    String inner = s + 1 < flow.size() ? ids.of(flow.get(s + 1)) : null;
                    new Step(flow.get(s)).write(xml, inner, ids, specs);
                }
                xml.close("flow");
            }
            xml.close("split");
        }
    }
}
