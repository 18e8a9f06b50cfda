package dev.baton.plan;

import java.util.List;

/**
 * Stages whose dependencies all lie in earlier waves.
 *
 * @param number 1-based position of the wave
 * @param stages the wave's stages, in file order
 * @param flows  the wave's flows, one per stage: every stage of the wave starts as soon as a worker
 *               is free (the {@code --max-workers} permits are taken in file order when the wave
 *               starts), so one slow stage never holds back the stages beside it
 */
public record Wave(int number, List<String> stages, List<List<String>> flows) {

    public Wave {
        stages = List.copyOf(stages);
        flows = flows.stream().map(List::copyOf).toList();
    }
}
