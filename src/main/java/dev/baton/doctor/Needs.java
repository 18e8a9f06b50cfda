package dev.baton.doctor;

import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.Stage;

import java.util.Set;
import java.util.stream.Stream;

/**
 * What runs will need: with a pipeline, what its stages use; without one, everything is looked at
 * but nothing is required beyond Java and the repository.
 *
 * @param pipeline  whether the needs are one pipeline's (else: any run's)
 * @param model     whether a stage calls a model ({@code llm}, {@code llm-judge})
 * @param chromium  whether a stage takes screenshots ({@code ScreenshotAgent})
 */
record Needs(boolean pipeline, boolean model, boolean chromium) {

    static final Set<String> MODEL_AGENTS = Set.of("llm");
    static final Set<String> MODEL_ADVISORS = Set.of("llm-judge");
    static final Set<String> SCREENSHOT_AGENTS = Set.of("ScreenshotAgent", "screenshot");

    /** Any run's needs: nothing beyond Java and the repository is required. */
    static final Needs ANY = new Needs(false, false, false);

    static Needs of(Pipeline pipeline) {
        boolean model = pipeline.stages().stream().anyMatch(s -> MODEL_AGENTS.contains(s.agent())
                || advisors(pipeline, s).anyMatch(MODEL_ADVISORS::contains));
        boolean chromium = pipeline.stages().stream().anyMatch(s -> SCREENSHOT_AGENTS.contains(s.agent()));
        return new Needs(true, model, chromium);
    }

    private static Stream<String> advisors(Pipeline pipeline, Stage stage) {
        Stream<String> own = stage.advisors().stream().map(AdvisorRef::name);
        Stream<String> policy = pipeline.policy().panel(stage.category()).stream()
                .flatMap(p -> p.advisors().stream()).map(AdvisorRef::name);
        return Stream.concat(own, policy);
    }
}
