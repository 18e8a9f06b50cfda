package dev.baton.jobxml;

import dev.baton.pipeline.LoadResult;
import dev.baton.pipeline.Pipeline;
import dev.baton.pipeline.PipelineLoader;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Planner;
import dev.baton.plan.Schedule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translator's output, byte for byte, for pipelines of every shape: committed golden files
 * under {@code src/test/resources/golden}, so that a translation never changes without the change
 * showing in review. Write them anew with {@code -Dbaton.golden.write=true} after a deliberate change.
 */
class GoldenTranslationsTests {

    private static final Path FOLDER = Path.of("src/test/resources/golden");
    private static final boolean WRITE = Boolean.getBoolean("baton.golden.write");

    /** A pipeline file and the options to translate it with; its golden file is {@code FILE-SUFFIX.xml}. */
    private record Case(String file, String suffix, PlanOptions options) {
    }

    private static final List<Case> CASES = List.of(
            new Case("chain", "sequential", new PlanOptions(Mode.SEQUENTIAL, 4)),
            new Case("chain", "waves", new PlanOptions(Mode.PARALLEL, 4)),
            new Case("diamond", "waves", new PlanOptions(Mode.PARALLEL, 4)),
            new Case("diamond", "eager", new PlanOptions(Mode.PARALLEL, 4, Schedule.EAGER)),
            new Case("wide", "waves-2", new PlanOptions(Mode.PARALLEL, 2)),
            new Case("wide", "sequential", new PlanOptions(Mode.SEQUENTIAL, 4)),
            new Case("n-shape", "eager", new PlanOptions(Mode.PARALLEL, 4, Schedule.EAGER)),
            new Case("n-shape", "waves", new PlanOptions(Mode.PARALLEL, 4)),
            new Case("texts", "waves", new PlanOptions(Mode.PARALLEL, 4)));

    @TestFactory
    List<DynamicTest> translationsMatchTheirGoldenFiles() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.file() + " (" + c.suffix() + ")", () -> {
            String xml = translate(c);
            Path golden = FOLDER.resolve(c.file() + "-" + c.suffix() + ".xml");
            if (WRITE) {
                Files.writeString(golden, xml, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + "; write it with -Dbaton.golden.write=true");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), xml,
                    golden + " differs; if the change is meant, write the golden files anew with -Dbaton.golden.write=true");
        })).toList();
    }

    @TestFactory
    List<DynamicTest> theJobPropertiesAloneReadAsTheWholeDocumentReadsThem() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.file() + " (" + c.suffix() + ")", () -> {
            String xml = translate(c);
            Map<String, String> whole = JobXmlReader.read(stream(xml)).properties();
            assertTrue(whole.containsKey(JobProperties.STAGES), whole.toString());
            assertEquals(whole, JobXmlReader.jobProperties(stream(xml)));
        })).toList();
    }

    private static java.io.InputStream stream(String xml) {
        return new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String translate(Case c) throws IOException {
        Path file = FOLDER.resolve(c.file() + ".yaml");
        LoadResult result = PipelineLoader.withoutNameChecks().load(file);
        if (result instanceof LoadResult.Invalid invalid) {
            throw new AssertionError(invalid.problems().toString());
        }
        Pipeline pipeline = ((LoadResult.Loaded) result).pipeline();
        return JobXmlTranslator.translate(pipeline, Planner.plan(pipeline, c.options()), pipeline.name());
    }
}
