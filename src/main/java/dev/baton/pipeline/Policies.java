package dev.baton.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Merges a preset's policy under a pipeline's own: what the pipeline says wins, the preset fills the gaps. */
public final class Policies {

    private Policies() {
    }

    /**
     * The merged policy: category maps merged key by key (the pipeline's entry wins), the council
     * and each budget limit taken from the pipeline when it sets them.
     */
    public static Policy merge(Policy own, Policy preset) {
        Budget a = own.budget();
        Budget b = preset.budget();
        return new Policy(own.version(),
                under(own.thresholds(), preset.thresholds()),
                under(own.timeouts(), preset.timeouts()),
                under(own.retries(), preset.retries()),
                under(own.advisors(), preset.advisors()),
                own.council() != null ? own.council() : preset.council(),
                new Budget(a.maxRuntimeSeconds() != null ? a.maxRuntimeSeconds() : b.maxRuntimeSeconds(),
                        a.maxStages() != null ? a.maxStages() : b.maxStages(),
                        a.maxArtifactsBytes() != null ? a.maxArtifactsBytes() : b.maxArtifactsBytes()),
                own.memoryView() != null ? own.memoryView() : preset.memoryView(),
                own.memoize().isEmpty() ? preset.memoize() : own.memoize());
    }

    /** A pipeline with a preset's policy merged under its own. */
    public static Pipeline withPreset(Pipeline pipeline, Preset preset) {
        return new Pipeline(pipeline.name(), pipeline.source(), pipeline.description(), pipeline.projectMode(), pipeline.stages(),
                merge(pipeline.policy(), preset.policy()), pipeline.sharedAdvisors(), pipeline.memory());
    }

    private static <T> Map<String, T> under(Map<String, T> own, Map<String, T> preset) {
        Map<String, T> merged = new LinkedHashMap<>(preset);
        merged.putAll(own);
        return merged;
    }
}
