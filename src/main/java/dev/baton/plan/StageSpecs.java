package dev.baton.plan;

import dev.baton.pipeline.AdvisorPanel;
import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Decision;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Policy;
import dev.baton.pipeline.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves each stage's settings against the policy. The most specific setting wins:
 * <ul>
 *   <li>threshold: the stage's {@code min_score}, else the category's threshold, else the
 *       {@code default}/{@code overall} fallback, else none (the agent's own default applies at run time);</li>
 *   <li>retries: the stage's {@code max_retries} when it is above 0, else the category's, else the
 *       fallback, else 0 (the seed framework's rule: its pipelines write {@code max_retries: 0} for
 *       "as the policy says");</li>
 *   <li>timeout: the stage's {@code timeout}, else the category's, else the fallback, else none;</li>
 *   <li>reviewers: the stage's own advisors together with the panel of its category (else the
 *       council), and the shared advisors; each reviewer once, weighted as the panel says
 *       (1 otherwise); decided as the panel says, by majority otherwise.</li>
 * </ul>
 */
public final class StageSpecs {

    private StageSpecs() {
    }

    /** The resolved settings of every stage, in file order. */
    public static List<StageSpec> resolve(Pipeline pipeline, Plan plan) {
        List<StageSpec> specs = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            specs.add(resolve(pipeline, stage, plan));
        }
        return specs;
    }

    static StageSpec resolve(Pipeline pipeline, Stage stage, Plan plan) {
        Policy policy = pipeline.policy();
        String category = stage.category();
        Double threshold = stage.minScore() != null ? stage.minScore() : policy.threshold(category).orElse(null);
        int retries = stage.maxRetries() != null && stage.maxRetries() > 0 ? stage.maxRetries()
                : policy.retryCount(category).orElse(0);
        Double timeout = stage.timeoutSeconds() != null ? stage.timeoutSeconds() : policy.timeout(category).orElse(null);
        Optional<AdvisorPanel> panel = policy.panel(category);
        return new StageSpec(stage.name(), stage.agent(), reviewers(stage, panel, pipeline.sharedAdvisors()),
                panel.map(AdvisorPanel::decision).orElse(Decision.MAJORITY), stage.task(), category,
                threshold, retries + 1, timeout, stage.inputs(), stage.outputs(), stage.onReject(), stage.with(),
                plan.dependencies().get(stage.name()), plan.waveOf().get(stage.name()));
    }

    private static List<AdvisorRef> reviewers(Stage stage, Optional<AdvisorPanel> panel, List<AdvisorRef> shared) {
        Map<String, Double> panelWeights = new LinkedHashMap<>();
        panel.ifPresent(p -> p.advisors().forEach(a -> panelWeights.put(a.name(), a.weight())));
        Map<String, Double> weights = new LinkedHashMap<>();
        for (AdvisorRef own : stage.advisors()) {
            weights.putIfAbsent(own.name(), panelWeights.getOrDefault(own.name(), own.weight()));
        }
        panelWeights.forEach(weights::putIfAbsent);
        for (AdvisorRef common : shared) {
            weights.putIfAbsent(common.name(), panelWeights.getOrDefault(common.name(), common.weight()));
        }
        return weights.entrySet().stream().map(e -> new AdvisorRef(e.getKey(), e.getValue())).toList();
    }
}
