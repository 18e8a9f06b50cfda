package dev.baton.jobxml;

import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.runtime.Baton;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed translations of the bundled pipelines match what the translator makes of them now. */
class BundledJobsTests {

    @TestFactory
    List<DynamicTest> committedTranslationsHaveNotDrifted() throws IOException {
        List<Path> pipelines;
        try (Stream<Path> files = Files.list(Path.of("pipelines"))) {
            pipelines = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(!pipelines.isEmpty());
        Baton baton = new Baton();
        return pipelines.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            LoadResult result = baton.load(file);
            assertTrue(result instanceof LoadResult.Loaded, file + " is valid: " + result);
            Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
            Path committed = Path.of("src/main/resources/META-INF/batch-jobs", pipeline.name() + ".xml");
            String now = JobXmlTranslator.translate(pipeline, Planner.plan(pipeline, PlanOptions.DEFAULT_PARALLEL), pipeline.name());
            assertTrue(Files.exists(committed), "no committed translation " + committed);
            assertEquals(now, Files.readString(committed, StandardCharsets.UTF_8), committed + " drifted from " + file
                    + "; regenerate: java -jar target/baton.jar translate --pipeline " + file + " --parallel > " + committed);
        })).toList();
    }
}
