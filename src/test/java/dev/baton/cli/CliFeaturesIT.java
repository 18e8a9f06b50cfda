package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rest of the run command: --preset, --fail-fast, --export-graph, --save-artifacts, and reused artifacts on restart. */
class CliFeaturesIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private BatonProcess.Result baton(String... args) throws Exception {
        return BatonProcess.run(PROJECT, tmp.resolve("home"), Map.of("FAIL_ONCE", tmp.resolve("failed-once").toString()), args);
    }

    private static String resource(String name) {
        return PROJECT.resolve("src/test/resources/features").resolve(name).toString();
    }

    @Test
    void aPresetFillsWhatThePipelineLeavesOpenAndThePipelineWins() throws Exception {
        BatonProcess.Result own = baton("--pipeline", resource("gated.yaml"), "--output", "json");
        assertEquals("REJECTED", Json.tree(own.stdout()).get("stages").get(0).get("status").asText(), own.toString());
        // 'research' sets codegen: 0.65, which the pipeline does not set for that category: it applies
        BatonProcess.Result research = baton("--pipeline", resource("gated.yaml"), "--preset", "research", "--output", "json");
        assertEquals(0, research.exitCode(), research.toString());
        assertEquals("PASSED", Json.tree(research.stdout()).get("stages").get(0).get("status").asText());
        BatonProcess.Result unknown = baton("--pipeline", resource("gated.yaml"), "--preset", "reserch");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("no preset named 'reserch' (did you mean 'research'?)"), unknown.stderr());
    }

    @Test
    void failFastStopsTheRunAtTheFirstFailureAndInterruptsTheRest() throws Exception {
        long t0 = System.nanoTime();
        BatonProcess.Result r = baton("--pipeline", resource("failfast.yaml"), "--parallel", "--fail-fast", "--output", "json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode report = Json.tree(r.stdout());
        assertEquals("STOPPED", report.get("status").asText());
        assertEquals("STOPPED", report.get("stages").get(1).get("status").asText(), "the sleeper was interrupted");
        assertTrue(seconds < 60, "did not wait for the 300 s sleep: " + seconds);
        assertEquals("FAILED", report.get("stages").get(0).get("status").asText());
    }

    @Test
    void theGraphIsExportedForGraphviz() throws Exception {
        Path dot = tmp.resolve("graph.dot");
        BatonProcess.Result r = baton("--pipeline", "pipelines/idea-to-zip.yaml", "--parallel", "--dry-run", "--export-graph", dot.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String text = Files.readString(dot);
        assertTrue(text.startsWith("digraph \"idea-to-zip\" {"), text);
        assertTrue(text.contains("subgraph \"cluster_wave_4\"") && text.contains("\"page\" -> \"lint\";") && text.contains("\"page\" -> \"a11y\";"), text);
        assertTrue(text.contains("validation · ≥ 0.70"), "categories and thresholds: " + text);
        assertTrue(r.stdout().contains("wave 4"), "the dry run prints the plan: " + r.stdout());
    }

    @Test
    void savedArtifactsComeWithAManifestOfTheirHashes() throws Exception {
        Path target = tmp.resolve("saved");
        BatonProcess.Result r = baton("--pipeline", "pipelines/idea-to-zip.yaml", "--parallel", "--save-artifacts", target.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode manifest = Json.tree(Files.readString(target.resolve("manifest.json")));
        assertTrue(manifest.size() >= 7, manifest.toString());
        for (JsonNode entry : manifest) {
            Path file = target.resolve(entry.get("name").asText());
            assertEquals(entry.get("bytes").asLong(), Files.size(file));
            assertEquals(entry.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
        assertTrue(Files.readString(target.resolve("report.md")).startsWith("# Run of idea-to-zip"));
    }

    @Test
    void aRestartRefusesAnArtifactChangedSinceItWasWritten() throws Exception {
        BatonProcess.Result first = baton("--pipeline", resource("handoff.yaml"), "--output", "json");
        assertEquals(1, first.exitCode(), first.toString());
        JsonNode report = Json.tree(first.stdout());
        Path words = Path.of(report.get("runFolder").asText(), "notes/words.txt");
        Files.writeString(words, "tampered");
        BatonProcess.Result restart = baton("restart", report.get("executionId").asText(), "--output", "json");
        assertEquals(1, restart.exitCode(), restart.toString());
        String error = Json.tree(restart.stdout()).get("stages").get(1).get("error").asText();
        assertTrue(error.contains("input 'notes/words.txt', written by stage 'write', has changed"), error);
    }
    /** The seed framework's flags: its users' scripts say {@code --resume-run-id} and {@code --refine-on-fail}. */
    @Test
    void theSeedsResumeFlagRestartsTheRunOfThatPipelineAndItsRefineFlagSaysWhatToUse() throws Exception {
        BatonProcess.Result first = baton("--pipeline", resource("handoff.yaml"), "--output", "json");
        assertEquals(1, first.exitCode(), first.toString());
        String id = Json.tree(first.stdout()).get("executionId").asText();

        BatonProcess.Result other = baton("--pipeline", resource("failfast.yaml"), "--resume-run-id", id);
        assertEquals(2, other.exitCode(), other.toString());
        assertTrue(other.stderr().contains("execution " + id + " is a run of pipeline 'handoff', not of 'failfast'"), other.stderr());
        assertTrue(!other.stderr().contains("\tat "), "no stack trace: " + other.stderr());

        BatonProcess.Result resumed = baton("--pipeline", resource("handoff.yaml"), "--resume-run-id", id, "--output", "json");
        assertEquals(0, resumed.exitCode(), resumed.toString());
        JsonNode report = Json.tree(resumed.stdout());
        assertEquals("COMPLETED", report.get("status").asText());
        assertTrue(report.get("executionId").asLong() > Long.parseLong(id), "a new execution of the same run");
        assertEquals(Long.parseLong(id), report.get("stages").get(0).get("executionId").asLong(), "'write' was not run again");

        BatonProcess.Result refine = baton("--pipeline", resource("handoff.yaml"), "--refine-on-fail");
        assertEquals(2, refine.exitCode(), refine.toString());
        assertTrue(refine.stderr().startsWith("baton: ") && refine.stderr().strip().lines().count() <= 3, refine.stderr());
    }
}
