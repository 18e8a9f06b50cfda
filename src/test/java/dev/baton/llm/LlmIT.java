package dev.baton.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeOpenAiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The llm agent and llm-judge advisor against a local server speaking the OpenAI protocol. */
class LlmIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String KEY = "sk-test-4f1c9a7e-never-in-records";

    @TempDir
    Path tmp;

    private FakeOpenAiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private BatonProcess.Result run(String pipeline) throws Exception {
        return BatonProcess.run(PROJECT, tmp.resolve("home"), Map.of(
                        "BATON_LLM_BASE_URL", server.baseUrl(), "BATON_LLM_API_KEY", KEY, "BATON_LLM_MODEL", "fake-model"),
                "--pipeline", PROJECT.resolve("src/test/resources/llm").resolve(pipeline).toString(),
                "--mem", "product_idea=a tea shop", "--output", "json");
    }

    private static final String APPROVE = "{\"score\": 0.9, \"approved\": true, \"critical_issues\": [], \"suggestions\": [], \"summary\": \"good\"}";

    @Test
    void anLlmWritesAndAnLlmJudgesWithTheStagesSettingsAndTokenUsageIsRecorded() throws Exception {
        server.answer("Tea, brewed slowly.").answer(APPROVE);
        BatonProcess.Result r = run("draft.yaml");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode report = Json.tree(r.stdout());
        assertEquals("Tea, brewed slowly.", report.get("memory").get("draft.content").asText());
        assertEquals(0.9, report.get("stages").get(0).get("score").asDouble());

        List<FakeOpenAiServer.Received> requests = server.received();
        assertEquals(2, requests.size());
        JsonNode agent = requests.get(0).body();
        assertEquals("Bearer " + KEY, requests.get(0).authorization());
        assertEquals("fake-model", agent.get("model").asText());
        assertEquals(0.4, agent.get("temperature").asDouble());
        assertEquals(64, agent.path("max_tokens").asInt(agent.path("max_completion_tokens").asInt()));
        assertEquals("You write short marketing copy.", agent.get("messages").get(0).get("content").asText());
        assertEquals("Write a tagline for a tea shop.", requests.get(0).lastUserMessage());
        String judgePrompt = requests.get(1).lastUserMessage();
        assertTrue(judgePrompt.contains("A tagline of at most ten words") && judgePrompt.contains("Tea, brewed slowly."), judgePrompt);
        assertEquals(0.0, requests.get(1).body().get("temperature").asDouble(), "the judge samples at temperature 0");

        JsonNode details = report.get("memory").get("draft.review").get("details");
        assertEquals(18, details.get("agent").get("usage").get("total_tokens").asInt(), "the writer's usage");
        assertEquals(18, details.get("usage").get(0).get("total_tokens").asInt(), "the judge's usage");
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedUntilAnAnswerComes() throws Exception {
        server.error(429).error(500).answer("Tea for two.").answer(APPROVE);
        BatonProcess.Result r = run("draft.yaml");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(4, server.received().size(), "429, 500, then the answer, then the judge");
        assertEquals("Tea for two.", Json.tree(r.stdout()).get("memory").get("draft.content").asText());
    }

    @Test
    void aJudgeThatAnswersInvalidJsonIsAskedOnceMore() throws Exception {
        server.answer("Tea.").answer("I think it is quite good!").answer("```json\n" + APPROVE + "\n```");
        BatonProcess.Result r = run("draft.yaml");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(3, server.received().size());
        assertTrue(server.received().get(2).lastUserMessage().contains("not a valid verdict"), "the second ask says what was wrong");
        assertEquals(2, Json.tree(r.stdout()).get("memory").get("draft.review").get("details").get("asks").asInt());
    }

    @Test
    void aJudgeThatNeverAnswersJsonFailsTheAttemptWithAClearMessage() throws Exception {
        server.answer("Tea.").answer("no").answer("still no").answer("Tea again.").answer("nope").answer("nope");
        BatonProcess.Result r = run("draft.yaml");
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode stage = Json.tree(r.stdout()).get("stages").get(0);
        assertEquals("FAILED", stage.get("status").asText());
        assertTrue(stage.get("error").asText().contains("llm-judge got no valid JSON verdict after asking twice"), stage.toString());
    }

    @Test
    void aRejectedDraftIsRetriedWithTheJudgesIssues() throws Exception {
        server.answer("Tea.").answer("{\"score\": 0.3, \"approved\": false, \"critical_issues\": [\"name the shop\"]}")
                .answer("Leaf & Cup: tea, brewed slowly.").answer(APPROVE);
        BatonProcess.Result r = run("draft.yaml");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("Write a tagline for a tea shop. Fix: name the shop", server.received().get(2).lastUserMessage());
        assertEquals(2, Json.tree(r.stdout()).get("stages").get(0).get("attempts").asInt());
    }

    @Test
    void theSeedsWritingRolesWriteWithTheModelWhenOneIsConfigured() throws Exception {
        server.answer("# Tea shop PRD\n\nWritten by the model.");
        BatonProcess.Result r = run("roles.yaml");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode report = Json.tree(r.stdout());
        assertEquals("# Tea shop PRD\n\nWritten by the model.", report.get("memory").get("prd.content").asText());
        String prompt = server.received().get(0).lastUserMessage();
        assertTrue(prompt.startsWith("TASK:\nCreate a PRD for: a tea shop"), prompt);
        assertTrue(prompt.contains("A DRAFT TO START FROM") && prompt.contains("## Goals"), "the offline draft is given: " + prompt);
        assertTrue(server.received().get(0).body().get("messages").get(0).get("content").asText().contains("product manager"));
    }

    @Test
    void aSlowModelTimesOut() throws Exception {
        // the answer would come long after the stage's 1 s timeout, and after LangChain4j's own (60 s)
        long late = 120_000;
        server.slowAnswer("late", late);
        long t0 = System.nanoTime();
        BatonProcess.Result r = run("slow.yaml");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode stage = Json.tree(r.stdout()).get("stages").get(0);
        assertTrue(stage.get("error").asText().contains("failed"), stage.toString());
        double stageSeconds = Duration.between(Instant.parse(stage.get("startedAt").asText()), Instant.parse(stage.get("endedAt").asText()))
                .toMillis() / 1e3;
        assertTrue(stageSeconds < 30, "the stage gave up after its timeout, not when the answer came: " + stageSeconds + " s");
        assertTrue(seconds < late / 1e3 / 2, "the run did not wait for the late answer: " + seconds + " s");
    }

    @Test
    void theApiKeyNeverReachesLogsReportsEventsOrTheRepository() throws Exception {
        server.error(401).answer("Tea.").answer(APPROVE);
        run("draft.yaml");
        server.answer("Tea.").answer(APPROVE);
        run("draft.yaml");
        byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(tmp.resolve("home"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(contains(Files.readAllBytes(file), key), "the key is in " + file);
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
