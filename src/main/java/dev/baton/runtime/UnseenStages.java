package dev.baton.runtime;

import dev.baton.message.Msg;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Problem;
import dev.baton.pipeline.Stage;
import dev.baton.pipeline.Visibility;
import dev.baton.plan.Plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a pipeline written for the seed framework changes meaning: the seed gave every stage the
 * results of every earlier wave, Baton gives it its dependencies' only. One note per stage that no
 * longer sees a stage of an earlier wave, naming them, with the two ways back (depend on them, or
 * {@code policy.memory_view: earlier_waves}). Notes are for pipelines of a size people write by hand.
 */
final class UnseenStages {

    /** Larger pipelines are generated, not ported from the seed framework: no notes (their cost would grow with the square). */
    static final int MAX_STAGES = 500;
    private static final int MAX_NAMES = 5;

    private UnseenStages() {
    }

    static List<Problem> notes(Pipeline pipeline, Plan plan) {
        List<Problem> notes = new ArrayList<>();
        if (pipeline.policy().visibility() == Visibility.EARLIER_WAVES || pipeline.stages().size() > MAX_STAGES) {
            return notes;
        }
        for (Stage stage : pipeline.stages()) {
            int wave = plan.waveOf().get(stage.name());
            Set<String> seen = new HashSet<>(plan.upstream(stage.name()));
            List<String> unseen = plan.order().stream()
                    .filter(other -> plan.waveOf().get(other) < wave && !seen.contains(other)).toList();
            if (unseen.isEmpty()) {
                continue;
            }
            String names = String.join(", ", unseen.subList(0, Math.min(MAX_NAMES, unseen.size())))
                    + (unseen.size() > MAX_NAMES ? " and " + (unseen.size() - MAX_NAMES) + " more" : "");
            notes.add(new Problem(pipeline.source(), stage.position(), Msg.STAGES_UNSEEN.code(),
                    Msg.STAGES_UNSEEN.format(stage.name(), names)));
        }
        return notes;
    }
}
