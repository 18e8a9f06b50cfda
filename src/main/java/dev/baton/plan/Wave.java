package dev.baton.plan;

import java.util.List;

/**
 * Stages whose dependencies all lie in earlier waves.
 *
 * @param number 1-based position of the wave
 * @param stages the wave's stages, in file order
 * @param flows  the stages grouped into at most max-workers flows; the stages of one flow run in
 *               sequence, the flows in parallel. One flow per stage when the wave is narrow enough.
 */
public record Wave(int number, List<String> stages, List<List<String>> flows) {

    public Wave {
        stages = List.copyOf(stages);
        flows = flows.stream().map(List::copyOf).toList();
    }
}
