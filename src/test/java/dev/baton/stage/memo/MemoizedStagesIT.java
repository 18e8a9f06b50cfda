package dev.baton.stage.memo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeOpenAiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Memoized stages across runs sharing one repository, counted by the model server they would call. */
class MemoizedStagesIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String APPROVE = "{\"score\": 0.9, \"approved\": true, \"critical_issues\": [], \"suggestions\": [\"keep it short\", \"name the shop\"], \"summary\": \"good\"}";

    @TempDir
    Path tmp;

    private FakeOpenAiServer model;
    private Path notes;

    @BeforeEach
    void start() throws Exception {
        model = new FakeOpenAiServer();
        notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "Our tea is brewed slowly.");
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private JsonNode run(String pipeline, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--pipeline", PROJECT.resolve("src/test/resources/memo").resolve(pipeline).toString(),
                "--mem", "product_idea=a tea shop", "--output", "json"));
        args.addAll(List.of(more));
        BatonProcess.Result r = BatonProcess.run(PROJECT, tmp.resolve("home"), Map.of("BATON_LLM_BASE_URL", model.baseUrl(),
                "BATON_LLM_MODEL", "fake-model", "NOTES_FILE", notes.toString(), "CALLS_FILE", tmp.resolve("calls").toString()),
                args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        return Json.tree(r.stdout());
    }

    private static JsonNode stage(JsonNode report, String name) {
        for (JsonNode s : report.get("stages")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name + " in " + report);
    }

    @Test
    void aSecondRunReusesWithoutCallingTheModelAndAChangedInputRerunsOnlyTheStageThatReadsIt() throws Exception {
        // sequential, in plan order: each agent call is followed by its judge's
        model.answer("One.").answer(APPROVE).answer("Two.").answer(APPROVE);
        JsonNode first = run("memoized.yaml");
        assertEquals(4, model.received().size());
        assertTrue(stage(first, "summary").get("reusedFrom").isNull());

        JsonNode second = run("memoized.yaml", "--top-suggestions", "1");
        assertEquals(4, model.received().size(), "no model call for memoized stages with the same inputs");
        long firstExecution = first.get("executionId").asLong();
        String markdown = Files.readString(Path.of(second.get("runFolder").asText()).resolve("report.md"));
        String instance = first.get("instanceId").asText();
        for (String name : List.of("summary", "tagline")) {
            assertTrue(markdown.contains("| " + name + " | " + name + " | `" + first.get("jobName").asText() + "` | " + firstExecution
                    + " | " + instance + " |"), "report.md says where " + name + " came from:\n" + markdown);
        }
        assertTrue(markdown.contains("\n1. keep it short (2 stages: tagline, summary)\n"), markdown);
        assertTrue(!markdown.contains("name the shop (2 stages"), "--top-suggestions 1 lists one:\n" + markdown);
        assertTrue(!Files.readString(Path.of(first.get("runFolder").asText()).resolve("report.md")).contains("Reused results"),
                "the first run reused nothing");
        for (String name : List.of("summary", "tagline")) {
            JsonNode reused = stage(second, name).get("reusedFrom");
            assertEquals(firstExecution, reused.get("executionId").asLong(), name + " reused from the first run");
            assertEquals("PASSED", stage(second, name).get("status").asText());
            assertEquals(first.get("memory").get(name + ".content"), second.get("memory").get(name + ".content"));
        }
        assertTrue(stage(second, "source").get("reusedFrom").isNull(), "a stage the policy does not name always runs");
        String events = Files.readString(Path.of(second.get("runFolder").asText()).resolve("events.jsonl"));
        assertEquals(2, events.lines().filter(l -> l.contains("\"stage.reused\"")).count(), events);
        assertEquals("Our tea is brewed slowly.", Files.readString(Path.of(second.get("runFolder").asText()).resolve("notes.txt")));

        Files.writeString(notes, "Our tea is brewed quickly now.");
        model.answer("Tea, quickly.").answer(APPROVE);
        JsonNode third = run("memoized.yaml");
        List<FakeOpenAiServer.Received> calls = model.received().subList(4, model.received().size());
        assertEquals(2, calls.size(), "the summary's agent and judge, nothing else");
        assertEquals("Summarize the notes.", calls.get(0).lastUserMessage());
        assertTrue(stage(third, "summary").get("reusedFrom").isNull());
        assertEquals("Tea, quickly.", third.get("memory").get("summary.content").asText());
        assertEquals(firstExecution, stage(third, "tagline").get("reusedFrom").get("executionId").asLong());

        model.answer("Tea, again.").answer(APPROVE).answer("Cup & Leaf.").answer(APPROVE);
        JsonNode uncached = run("memoized.yaml", "--no-cache");
        assertEquals(10, model.received().size(), "--no-cache calls every agent");
        assertTrue(stage(uncached, "tagline").get("reusedFrom").isNull());
        JsonNode after = run("memoized.yaml");
        assertEquals(10, model.received().size(), "what --no-cache produced was kept, and is reused");
        assertEquals(uncached.get("executionId").asLong(), stage(after, "tagline").get("reusedFrom").get("executionId").asLong());
        assertEquals(uncached.get("memory").get("tagline.content"), after.get("memory").get("tagline.content"));
    }

    @Test
    void aReusedOutputIsReviewedAgainUnlessThePolicySaysOtherwise() throws Exception {
        model.answer("Leaf & Cup.").answer(APPROVE).answer(APPROVE);
        run("review-again.yaml");
        JsonNode second = run("review-again.yaml");
        assertEquals(3, model.received().size(), "the judge only");
        assertTrue(model.received().get(2).lastUserMessage().startsWith("Judge the OUTPUT"), model.received().get(2).lastUserMessage());
        assertEquals("Leaf & Cup.", second.get("memory").get("tagline.content").asText());
    }

    @Test
    void aReusedCommandBringsBackTheFileItWroteToItsDeclaredOutput() throws Exception {
        run("command-file.yaml");
        JsonNode second = run("command-file.yaml");
        assertEquals(List.of("call"), Files.readAllLines(tmp.resolve("calls")), "the second run reused the command's result");
        assertEquals("written", second.get("memory").get("report.content").asText());
        assertEquals("the report itself\n", Files.readString(Path.of(second.get("runFolder").asText()).resolve("report.txt")),
                "the file the command wrote, not its standard output");
    }
}
