package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: {@code java -jar target/baton.jar}, exit codes, output. */
class CliIT {

    private static Path project;

    @TempDir
    Path home;

    @BeforeAll
    static void locate() {
        project = Path.of("").toAbsolutePath();
    }

    private static Path resource(String name) {
        return project.resolve("src/test/resources/cli").resolve(name);
    }

    private BatonProcess.Result baton(String... args) throws Exception {
        return BatonProcess.run(project, home, args);
    }

    @Test
    void theExamplePipelineRunsInParallelAndPasses() throws Exception {
        BatonProcess.Result r = baton("--pipeline", "pipelines/example.yaml", "--parallel", "--mem", "product_idea=a bike repair cafe");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("[wave 2] tagline"), r.stdout());
        assertTrue(r.stdout().contains("retry"), "the tagline is sent back once: " + r.stdout());
        assertTrue(r.stdout().contains("COMPLETED"), r.stdout());
        assertEquals("", r.stderr().strip());
        Path brief = Files.list(home.resolve("runs")).findFirst().orElseThrow().resolve("brief.md");
        assertTrue(Files.readString(brief).startsWith("# A bike repair cafe"), Files.readString(brief));
    }

    @Test
    void theReadmesFirstCommandMakesAZipOfThePageItsCssTheReadmeAndBothReports() throws Exception {
        BatonProcess.Result r = baton("--pipeline", "pipelines/idea-to-zip.yaml", "--parallel", "--mem", "product_idea=a bike repair cafe");
        assertEquals(0, r.exitCode(), r.toString());
        String wrote = r.stdout().lines().filter(l -> l.startsWith("baton: wrote ")).findFirst().orElseThrow();
        Path zip = Path.of(wrote.substring("baton: wrote ".length()));
        assertTrue(zip.toString().endsWith("dist/idea-to-zip.zip"), wrote);
        List<String> entries = new ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertEquals(List.of("site/index.html", "site/styles.css", "README.md", "reports/lint.md", "reports/a11y.md"), entries);
    }

    @Test
    void jsonOutputIsTheReportOfTheContract() throws Exception {
        BatonProcess.Result r = baton("run", "--pipeline", "pipelines/example.yaml", "--parallel", "--output", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode report = Json.tree(r.stdout());
        for (String field : List.of("executionId", "instanceId", "pipeline", "status", "stages", "memory")) {
            assertTrue(report.has(field), field + " in " + r.stdout());
        }
        assertEquals("example", report.get("pipeline").asText());
        assertEquals("COMPLETED", report.get("status").asText());
        JsonNode tagline = report.get("stages").get(3);
        assertEquals("tagline", tagline.get("name").asText());
        assertEquals(2, tagline.get("wave").asInt());
        assertEquals(2, tagline.get("attempts").asInt());
        assertEquals(1.0, tagline.get("score").asDouble());
        assertTrue(tagline.get("approved").asBoolean());
        assertTrue(tagline.get("startedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertEquals(report.get("executionId").asLong(), tagline.get("executionId").asLong());
        assertTrue(report.get("memory").get("brief.content").asText().contains("## Features"));
    }

    @Test
    void validateListsEveryMistakeWithItsPlaceAndExitsWithTwo() throws Exception {
        BatonProcess.Result r = baton("validate", "--pipeline", resource("five-mistakes.yaml").toString());
        assertEquals(2, r.exitCode(), r.toString());
        String file = resource("five-mistakes.yaml").toString();
        List<String> lines = r.stderr().lines().toList();
        assertEquals(5, lines.size(), r.stderr());
        assertTrue(lines.get(0).startsWith(file + ":6:5: unknown key 'min_scroe'"), lines.get(0));
        assertTrue(lines.get(0).contains("did you mean 'min_score'?"), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":9:12: unknown agent 'templat'"), lines.get(1));
        assertTrue(lines.get(2).startsWith(file + ":11:18: 'max_retries' must be"), lines.get(2));
        assertTrue(lines.get(3).startsWith(file + ":15:18: "), lines.get(3));
        assertTrue(lines.get(3).contains("reveiw"), lines.get(3));
        assertTrue(lines.get(4).startsWith(file + ":17:"), lines.get(4));
        assertTrue(lines.get(4).contains("loop-a -> loop-b -> loop-a"), lines.get(4));
        assertFalse(r.stderr().contains("Exception"), "no stack trace");
        assertFalse(r.stderr().contains("\tat "), "no stack trace");
    }

    @Test
    void aMissingMemoryValueIsRefusedBeforeTheRunStarts() throws Exception {
        Path pipeline = home.resolve("needs-idea.yaml");
        Files.writeString(pipeline, "stages:\n  - name: s\n    agent: template\n    task: \"PRD for {{ product_idea }}\"\n");
        BatonProcess.Result r = baton("--pipeline", pipeline.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().startsWith(pipeline + ":4:11: stage 's': the task uses 'product_idea'"), r.stderr());
        assertFalse(Files.exists(home.resolve("runs")), "nothing was started");
    }

    @Test
    void translatePrintsTheJobXml() throws Exception {
        BatonProcess.Result r = baton("translate", "--pipeline", "pipelines/example.yaml", "--parallel");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(Files.readString(project.resolve("src/main/resources/META-INF/batch-jobs/example.xml")), r.stdout());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"waves", "eager"})
    void maxWorkersBoundsHowManyStagesRunAtOnce(String schedule) throws Exception {
        BatonProcess.Result r = baton("--pipeline", resource("six-sleepers.yaml").toString(), "--parallel",
                "--max-workers", "2", "--schedule", schedule, "--output", "json");
        assertEquals(0, r.exitCode(), r.toString());
        List<Instant[]> spans = new ArrayList<>();
        Json.tree(r.stdout()).get("stages").forEach(s -> spans.add(new Instant[] {
                Instant.parse(s.get("startedAt").asText()), Instant.parse(s.get("endedAt").asText())}));
        int most = 0;
        for (Instant[] span : spans) {
            Instant t = span[0];
            int running = (int) spans.stream().filter(o -> !o[0].isAfter(t) && o[1].isAfter(t)).count();
            most = Math.max(most, running);
        }
        assertEquals(2, most, "at most two at once, and two reached: " + r.stdout());
    }

    @Test
    void aStageNeverSeesTheOutputOfAStageItDoesNotDependOn() throws Exception {
        BatonProcess.Result r = baton("--pipeline", resource("siblings.yaml").toString(), "--parallel",
                "--max-workers", "1", "--output", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode report = Json.tree(r.stdout());
        JsonNode fast = report.get("stages").get(1);
        JsonNode slow = report.get("stages").get(2);
        // one worker: slow starts once fast has ended, in the same millisecond at the earliest
        assertFalse(Instant.parse(slow.get("startedAt").asText()).isBefore(Instant.parse(fast.get("endedAt").asText())),
                "fast finished before slow started");
        assertEquals("fast is invisible", report.get("memory").get("slow.content").asText());
    }

    @Test
    void badUsageExitsWithTwoWithoutAStackTrace() throws Exception {
        BatonProcess.Result r = baton("run", "--pipeline", "pipelines/example.yaml", "--max-workers", "0");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("--max-workers must be at least 1"), r.stderr());
        BatonProcess.Result missing = baton("--pipeline", "no/such.yaml");
        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.stderr().contains("pipeline file not found: no/such.yaml"), missing.stderr());
        BatonProcess.Result unknown = baton("run", "--pipeline", "pipelines/example.yaml", "--paralel");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("--parallel"), "suggests the right option: " + unknown.stderr());
    }
}
