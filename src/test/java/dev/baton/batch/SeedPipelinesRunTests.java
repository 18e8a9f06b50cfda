package dev.baton.batch;

import dev.baton.web.Chromium;
import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.PipelineLoader;
import dev.baton.plan.PlanOptions;
import dev.baton.runtime.Baton;
import dev.baton.testing.Jobs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed framework's pipelines, run offline end to end by JBeret in this JVM with the built-in
 * roles: every stage passes its reviewers. (The gallery's {@code idea-to-zip/pipeline.yaml} names
 * roles that never existed and is refused by the loader, as the seed corpus pins say.)
 */
class SeedPipelinesRunTests {

    private static final Path SEEDS = Path.of("src/test/resources/seed-pipelines");
    private static final Map<String, String> DESIGN = Map.of("product_idea", "Coffee shop", "brand", "BlueBean",
            "primary_color", "#0ea5e9", "tone", "minimal", "font_family", "Inter");

    @ParameterizedTest
    @ValueSource(strings = {"example.yaml", "advanced.yaml", "with_codegen.yaml", "production.yaml", "hard_test.yaml",
            "gallery/api-service/pipeline.yaml", "gallery/etl-pipeline/pipeline.yaml", "gallery/static-site/pipeline.yaml",
            "gallery/idea-to-zip/pipeline-with-design.yaml", "gallery/idea-to-zip/pipeline-marketing-first.yaml",
            "gallery/idea-to-zip/pipeline-production-demo.yaml"})
    void everyStagePasses(String file) throws Exception {
        String yaml = Files.readString(SEEDS.resolve(file));
        boolean screenshotWithoutChromium = yaml.contains("ScreenshotAgent") && Chromium.find(null).isEmpty();
        LoadResult loaded = new PipelineLoader(new Baton().catalog()).load(SEEDS.resolve(file));
        assertTrue(loaded instanceof LoadResult.Loaded, loaded.toString());
        Pipeline pipeline = ((LoadResult.Loaded) loaded).pipeline();
        var report = Jobs.run(pipeline, PlanOptions.DEFAULT_PARALLEL, DESIGN);
        if (screenshotWithoutChromium) {
            // scripts/test.sh installs Chromium; without it the screenshot stage fails, saying why
            var shot = report.stages().stream().filter(st -> st.name().equals("Screenshot")).findFirst().orElseThrow();
            assertEquals("FAILED", shot.status());
            assertTrue(shot.error().contains("ScreenshotAgent needs Chromium"), shot.error());
            return;
        }
        for (var stage : report.stages()) {
            assertEquals("PASSED", stage.status(), file + ": " + stage.name() + " " + stage.error());
        }
        assertEquals("COMPLETED", report.status(), file);
    }
}
