package dev.baton.pipeline;

import dev.baton.runtime.Baton;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the seed framework, pinned: its errors with today's agents and advisors, and its
 * plan when the seed's roles are known. Rewrite the pins after a deliberate change with
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt && java -cp target/classes:target/test-classes:$(cat cp.txt) dev.baton.pipeline.SeedCorpus}
 * and read the diff.
 */
class SeedCorpusTests {

    @TestFactory
    List<DynamicTest> everySeedFileHasItsPinnedOutcome() throws IOException {
        Catalog installed = new Baton().catalog();
        List<Path> files = SeedCorpus.files();
        assertTrue(files.size() >= 13, "the seed corpus is there: " + SeedCorpus.root());
        return files.stream().map(file -> DynamicTest.dynamicTest(SeedCorpus.root().relativize(file).toString(), () -> {
            Path expected = SeedCorpus.expectation(file);
            assertTrue(Files.exists(expected), "no pin for " + file + " at " + expected);
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), SeedCorpus.outcome(file, installed));
        })).toList();
    }

    /** The copy under src/test/resources is the shared corpus, unchanged, wherever the shared folder is at hand. */
    @Test
    void theCopyOfTheCorpusIsTheSharedOne() throws IOException {
        Path shared = Path.of("../shared/seed-pipelines");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no ../shared next to this checkout");
        for (Path file : SeedCorpus.files()) {
            Path twin = shared.resolve(SeedCorpus.root().relativize(file).toString());
            assertEquals(Files.readString(twin), Files.readString(file), file.toString());
        }
    }

    @Test
    void theThreeWaysOfDeclaringDependenciesAgree() throws IOException {
        Catalog all = SeedCorpus.seedRoles(new Baton().catalog());
        Pipeline hard = ((LoadResult.Loaded) new PipelineLoader(all).load(SeedCorpus.root().resolve("hard_test.yaml"))).pipeline();
        assertEquals(List.of("accessibility", "accessibility2"), hard.stage("final_review").orElseThrow().dependencies());
        Pipeline api = ((LoadResult.Loaded) new PipelineLoader(all).load(SeedCorpus.root().resolve("gallery/api-service/pipeline.yaml"))).pipeline();
        assertEquals(List.of("API Design"), api.stage("Implementation").orElseThrow().dependencies(), "from dependencies: and from input");
    }
}
