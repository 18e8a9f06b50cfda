package dev.baton.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.plan.StageSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pipeline as the API lists it: where it comes from and its plan.
 *
 * @param name        the pipeline's name, which the API starts it by
 * @param description its description, or null
 * @param source      {@code bundled} (a job of the deployment, translated at build time) or {@code directory}
 *                    (a YAML file in the pipelines folder, translated when a run starts)
 * @param jobName     the job name of a bundled pipeline; null for a directory pipeline, whose runs get a
 *                    job name with a content hash
 * @param mode        {@code sequential} or {@code parallel}
 * @param maxWorkers  the most stages running at once
 * @param waves       the stages of each wave, in plan order
 * @param stages      each stage: wave, agent, category, threshold, reviewers, attempts, dependencies
 * @param valid       false when the file has problems (then {@code problems} lists them and there is no plan)
 * @param problems    the file's problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PipelineView(String name, String description, String source, String jobName, String mode, Integer maxWorkers,
                           List<WaveView> waves, List<PlannedStage> stages, boolean valid, List<ProblemView> problems) {

    /**
     * One wave.
     *
     * @param wave   its number, from 1
     * @param stages its stages
     */
    public record WaveView(int wave, List<String> stages) {
    }

    /**
     * One stage of the plan.
     *
     * @param name         the stage's name
     * @param wave         its wave
     * @param agent        the producer
     * @param category     its category, or null
     * @param threshold    the score it needs, or null for the agent's default
     * @param advisors     its reviewers
     * @param maxAttempts  attempts allowed
     * @param dependencies every stage it depends on, directly or not
     */
    public record PlannedStage(String name, int wave, String agent, String category, Double threshold, List<String> advisors,
                               int maxAttempts, List<String> dependencies) {
    }

    /** The view of a valid pipeline from its resolved stages. */
    static PipelineView of(String name, String description, String source, String jobName, String mode, int maxWorkers,
                           List<StageSpec> specs) {
        Map<Integer, List<String>> byWave = new TreeMap<>();
        List<PlannedStage> stages = new ArrayList<>();
        for (StageSpec s : specs) {
            byWave.computeIfAbsent(s.wave(), w -> new ArrayList<>()).add(s.name());
            stages.add(new PlannedStage(s.name(), s.wave(), s.agent(), s.category(), s.threshold(),
                    s.advisors().stream().map(a -> a.name()).toList(), s.maxAttempts(), s.dependencies()));
        }
        List<WaveView> waves = new ArrayList<>();
        byWave.forEach((wave, names) -> waves.add(new WaveView(wave, names)));
        return new PipelineView(name, description, source, jobName, mode, maxWorkers, waves, stages, true, null);
    }

    /** The view of a pipeline file with problems. */
    static PipelineView invalid(String name, String source, List<ProblemView> problems) {
        return new PipelineView(name, null, source, null, null, null, null, null, false, problems);
    }
}
