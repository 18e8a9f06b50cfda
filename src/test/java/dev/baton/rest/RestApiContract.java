package dev.baton.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The REST API's behaviour, one set of tests that runs against every server: WildFly with the
 * deployed WAR ({@code WildFlyApiIT}) and {@code baton serve} ({@link SeApiIT}). The servers keep
 * their repositories between tests, so each test looks only at the runs it starts.
 */
public abstract class RestApiContract {

    /** The API with the credentials of a user who may act. */
    protected abstract ApiClient admin();

    /** The API with the credentials of a user who may only read, or null where the server has no such user. */
    protected abstract ApiClient viewer();

    /** The API with no credentials. */
    protected ApiClient anonymous() {
        return admin().as(null);
    }

    @Test
    void refusesRequestsWithoutCredentials() throws Exception {
        ApiClient.Reply list = anonymous().get("pipelines");
        assertEquals(401, list.status(), list.toString());
        assertNoStackTrace(list);
        ApiClient.Reply start = anonymous().post("pipelines/welcome/executions", null);
        assertEquals(401, start.status(), start.toString());
        assertEquals(401, admin().as("Bearer wrong").get("executions").status());
    }

    @Test
    void viewersReadButDoNotAct() throws Exception {
        assumeTrue(viewer() != null, "this server has no read-only users");
        assertEquals(200, viewer().get("pipelines").status());
        assertEquals(200, viewer().get("executions").status());
        ApiClient.Reply start = viewer().post("pipelines/welcome/executions", null);
        assertEquals(403, start.status(), start.toString());
        ApiClient.Reply posted = viewer().post("executions", "{\"pipeline\": \"stages:\\n  - {name: a, agent: template, task: hi}\\n\"}");
        assertEquals(403, posted.status(), posted.toString());
    }

    @Test
    void listsTheBundledPipelinesWithTheirPlans() throws Exception {
        ApiClient.Reply reply = admin().get("pipelines");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonNode example = find(reply.json(), "name", "example");
        assertEquals("bundled", example.path("source").asText());
        assertEquals("example", example.path("jobName").asText());
        assertEquals(3, example.path("waves").size());
        assertEquals(List.of("audience", "features", "tagline"), texts(example.path("waves").get(1).path("stages")));
        JsonNode tagline = find(example.path("stages"), "name", "tagline");
        assertEquals("copy", tagline.path("category").asText());
        assertEquals(0.8, tagline.path("threshold").asDouble());
        assertEquals(List.of("command"), texts(tagline.path("advisors")));
        assertNotNull(find(reply.json(), "name", "welcome"));

        assertEquals(2, admin().get("pipelines/welcome").json().path("waves").size());
        ApiClient.Reply missing = admin().get("pipelines/welcom");
        assertEquals(404, missing.status());
        assertTrue(missing.json().path("message").asText().contains("did you mean 'welcome'"), missing.toString());
    }

    @Test
    void validatesAPostedPipelineWithLinesAndColumns() throws Exception {
        String yaml = "stages:\n  - name: a\n    agent: templat\n    task: hi\n  - name: b\n    agnt: template\n";
        ApiClient.Reply reply = admin().postYaml("pipelines/validate", yaml);
        assertEquals(200, reply.status(), reply.toString());
        JsonNode v = reply.json();
        assertFalse(v.path("valid").asBoolean());
        JsonNode unknownAgent = find(v.path("problems"), "code", "BATON-106");
        assertEquals(3, unknownAgent.path("line").asInt());
        assertEquals(12, unknownAgent.path("column").asInt());
        assertTrue(unknownAgent.path("message").asText().contains("did you mean 'template'"));
        assertEquals(6, find(v.path("problems"), "code", "BATON-101").path("line").asInt());

        ApiClient.Reply ok = admin().postYaml("pipelines/validate?parallel=true",
                "stages:\n  - {name: a, agent: template, task: x}\n  - {name: b, agent: template, task: y}\n"
                        + "  - {name: c, agent: template, task: z, depends_on: [a, b]}\n");
        assertTrue(ok.json().path("valid").asBoolean(), ok.toString());
        assertEquals(List.of("a", "b"), texts(ok.json().path("pipeline").path("waves").get(0).path("stages")));
    }

    @Test
    void aFailedRunRestartsWithMoreMemoryAndSkipsItsCompletedStages() throws Exception {
        ApiClient.Reply started = admin().post("pipelines/welcome/executions", null);
        assertEquals(201, started.status(), started.toString());
        long first = started.json().path("executionId").asLong();
        assertTrue(started.location().endsWith("/executions/" + first), started.location());
        JsonNode failed = admin().await(first);
        assertEquals("FAILED", failed.path("status").asText(), failed.toString());
        assertEquals("PASSED", find(failed.path("stages"), "name", "outline").path("status").asText());
        assertEquals("local", find(failed.path("stages"), "name", "outline").path("worker").asText(), "run by the server's own process");
        JsonNode letter = find(failed.path("stages"), "name", "letter");
        assertEquals("FAILED", letter.path("status").asText());
        assertTrue(letter.path("error").asText().contains("customer"), letter.toString());

        ApiClient.Reply restarted = admin().post("executions/" + first + "/restart", "{\"memory\": {\"customer\": \"Ann\"}}");
        assertEquals(201, restarted.status(), restarted.toString());
        long second = restarted.json().path("executionId").asLong();
        JsonNode completed = admin().await(second);
        assertEquals("COMPLETED", completed.path("status").asText(), completed.toString());
        assertEquals(first, find(completed.path("stages"), "name", "outline").path("executionId").asLong(), "outline was not run again");
        assertEquals(second, find(completed.path("stages"), "name", "letter").path("executionId").asLong());
        assertEquals("Ann", completed.path("memory").path("customer").asText());

        JsonNode output = admin().get("executions/" + second + "/stages/letter").json();
        assertTrue(output.path("content").asText().startsWith("Dear Ann,"), output.toString());
        JsonNode artifact = find(output.path("artifacts"), "path", "welcome.md");
        ApiClient.Reply file = admin().get(artifact.path("href").asText());
        assertEquals(200, file.status());
        assertTrue(file.body().startsWith("Dear Ann,"), file.body());
        var download = admin().getWithHeaders(artifact.path("href").asText());
        assertEquals("attachment; filename=\"welcome.md\"", download.headers().firstValue("Content-Disposition").orElse(null),
                "an artifact is a download, never a page of the API's origin");

        assertConflict(admin().post("executions/" + second + "/restart", null), "already completed");
        assertConflict(admin().post("executions/" + first + "/restart", null), "most recent");
        assertConflict(admin().post("executions/" + second + "/stop", null), "not running");
        ApiClient.Reply abandoned = admin().post("executions/" + second + "/abandon", null);
        assertEquals(200, abandoned.status(), abandoned.toString());
        assertEquals("ABANDONED", abandoned.json().path("status").asText());
        assertConflict(admin().post("executions/" + second + "/restart", null), "");
    }

    @Test
    void runsTheExampleAndStreamsItsEvents() throws Exception {
        ApiClient.Reply started = admin().post("pipelines/example/executions", "{\"memory\": {\"product_idea\": \"a bike repair cafe\"}}");
        assertEquals(201, started.status(), started.toString());
        long id = started.json().path("executionId").asLong();
        List<ApiClient.SseEvent> events = admin().events("executions/" + id + "/events");
        ApiClient.SseEvent end = events.get(events.size() - 1);
        assertEquals("end", end.name(), events.toString());
        assertTrue(end.data().contains("\"COMPLETED\""), end.data());
        List<String> passed = new ArrayList<>();
        for (ApiClient.SseEvent e : events.subList(0, events.size() - 1)) {
            JsonNode event = dev.baton.json.Json.tree(e.data());
            assertEquals(id, event.path("executionId").asLong());
            if (event.path("type").asText().equals("stage.passed")) {
                passed.add(event.path("stage").asText());
            }
        }
        assertEquals(5, passed.size(), passed.toString());
        assertEquals("run.started", dev.baton.json.Json.tree(events.get(0).data()).path("type").asText());

        List<ApiClient.SseEvent> resumed = admin().events("executions/" + id + "/events", events.get(2).id());
        assertEquals(events.subList(3, events.size()), resumed, "a client that reconnects gets only what it missed");

        JsonNode run = admin().await(id);
        JsonNode tagline = find(run.path("stages"), "name", "tagline");
        assertEquals(2, tagline.path("attempts").asInt(), "the first tagline is sent back");
        assertEquals(1.0, tagline.path("review").path("score").asDouble());
        assertTrue(run.path("memory").path("brief.content").asText().startsWith("# A bike repair cafe"), run.toString());
        assertEquals("[\"brief.md\"]", run.path("results").toString(), "the artifacts of the stages nothing depends on");
    }

    @Test
    void aMemoizedStageIsReusedByTheNextRunWithoutCallingItsAgent() throws Exception {
        String name = "memo-" + UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path calls = java.nio.file.Files.createTempFile("baton-" + name, ".calls");
        String yaml = "name: " + name + "\npolicy:\n  memoize: {stages: [answer]}\nstages:\n"
                + "  - name: answer\n    agent: command\n    task: the same question\n"
                + "    with: {command: [sh, -c, 'echo called >> \"$0\"; echo forty-two', '" + calls + "']}\n"
                + "  - {name: after, agent: template, depends_on: [answer], task: 'said {{ answer.content }}'}\n";
        assertEquals(201, admin().putYaml("pipelines/" + name, yaml).status());
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long id = admin().post("pipelines/" + name + "/executions", null).json().path("executionId").asLong();
            JsonNode run = admin().await(id);
            assertEquals("COMPLETED", run.path("status").asText(), run.toString());
            assertTrue(run.path("memory").path("after.content").asText().contains("forty-two"), run.toString());
            runs.add(id);
        }
        assertEquals(1, java.nio.file.Files.readAllLines(calls).size(), "the second run reused the answer: the command ran once");
        long uncached = admin().post("pipelines/" + name + "/executions", "{\"noCache\": true}").json().path("executionId").asLong();
        assertEquals("COMPLETED", admin().await(uncached).path("status").asText());
        assertEquals(2, java.nio.file.Files.readAllLines(calls).size(), "noCache calls the agent all the same");
        java.nio.file.Files.delete(calls);
        List<String> reused = new ArrayList<>();
        for (ApiClient.SseEvent e : admin().events("executions/" + runs.get(1) + "/events")) {
            JsonNode event = "end".equals(e.name()) ? null : dev.baton.json.Json.tree(e.data());
            if (event != null && event.path("type").asText().equals("stage.reused")) {
                reused.add(event.path("stage").asText());
                assertEquals(runs.get(0), event.path("data").path("executionId").asLong(), event.toString());
            }
        }
        assertEquals(List.of("answer"), reused);
    }

    @Test
    void listsExecutionsWithFiltersAndPaging() throws Exception {
        String before = Instant.now().minusSeconds(1).toString();
        long failed = admin().post("pipelines/welcome/executions", null).json().path("executionId").asLong();
        admin().await(failed);
        long completed = admin().post("pipelines/welcome/executions", "{\"memory\": {\"customer\": \"Bo\"}}").json().path("executionId").asLong();
        admin().await(completed);

        JsonNode failures = admin().get("executions?status=FAILED&pipeline=welcome&since=" + before).json();
        assertTrue(ids(failures).contains(failed), failures.toString());
        assertFalse(ids(failures).contains(completed));
        failures.path("items").forEach(e -> assertEquals("FAILED", e.path("status").asText()));

        JsonNode both = admin().get("executions?status=FAILED,COMPLETED&pipeline=welcome&since=" + before).json();
        assertTrue(ids(both).containsAll(List.of(failed, completed)), both.toString());
        JsonNode page = admin().get("executions?limit=1&offset=0").json();
        assertEquals(1, page.path("items").size());
        assertTrue(page.path("total").asInt() >= 2);
        assertEquals(completed, page.path("items").get(0).path("executionId").asLong(), "newest first");
        JsonNode small = page.path("items").get(0);
        assertFalse(small.has("stages"), "a list item is small");

        assertEquals(0, admin().get("executions?since=" + Instant.now().plusSeconds(3600)).json().path("total").asInt());
        assertEquals(400, admin().get("executions?limit=0").status());
        assertEquals(400, admin().get("executions?since=yesterday").status());
    }

    @Test
    void stopsARunningStageAndRestartsTheRun() throws Exception {
        String name = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = "name: " + name + "\nstages:\n  - name: first\n    agent: template\n    task: ready\n"
                + "  - name: wait\n    agent: command\n    depends_on: [first]\n    task: \"{{ pace | default('slow') }}\"\n"
                + "    with: {command: [sh, -c, 'read t; [ \"$t\" = fast ] || sleep 60; echo \"$t done\"']}\n";
        assertEquals(201, admin().putYaml("pipelines/" + name, yaml).status());
        ApiClient.Reply started = admin().post("pipelines/" + name + "/executions", null);
        assertEquals(201, started.status(), started.toString());
        long id = started.json().path("executionId").asLong();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"RUNNING".equals(find(admin().get("executions/" + id).json().path("stages"), "name", "wait").path("status").asText())) {
            assertTrue(System.currentTimeMillis() < deadline, "the stage 'wait' never ran");
            Thread.sleep(100);
        }
        ApiClient.Reply stopped = admin().post("executions/" + id + "/stop", null);
        assertEquals(200, stopped.status(), stopped.toString());
        long asked = System.currentTimeMillis();
        JsonNode run = admin().await(id);
        assertEquals("STOPPED", run.path("status").asText(), run.toString());
        assertTrue(System.currentTimeMillis() - asked < 20_000, "the 60 s command was interrupted");
        assertEquals("PASSED", find(run.path("stages"), "name", "first").path("status").asText());

        ApiClient.Reply restarted = admin().post("executions/" + id + "/restart", "{\"memory\": {\"pace\": \"fast\"}}");
        assertEquals(201, restarted.status(), restarted.toString());
        long second = restarted.json().path("executionId").asLong();
        JsonNode done = admin().await(second);
        assertEquals("COMPLETED", done.path("status").asText(), done.toString());
        assertEquals(id, find(done.path("stages"), "name", "first").path("executionId").asLong(), "'first' is not run again");
        assertEquals("fast done", done.path("memory").path("wait.content").asText().strip(), done.toString());
    }

    @Test
    void savesAndRunsAPipelineGivenAfterDeployment() throws Exception {
        String name = "greeting-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = "name: " + name + "\nstages:\n  - name: hello\n    agent: template\n    task: \"Hello {{ who }}\"\n"
                + "  - name: bye\n    agent: template\n    depends_on: [hello]\n    task: \"{{ hello.content }}, and goodbye\"\n";
        ApiClient.Reply saved = admin().putYaml("pipelines/" + name, yaml);
        assertEquals(201, saved.status(), saved.toString());
        assertEquals("directory", saved.json().path("source").asText());
        assertNotNull(find(admin().get("pipelines").json(), "name", name));

        ApiClient.Reply noMemory = admin().post("pipelines/" + name + "/executions", null);
        assertEquals(422, noMemory.status(), noMemory.toString());
        assertEquals("BATON-125", noMemory.json().path("problems").get(0).path("code").asText());
        assertEquals(5, noMemory.json().path("problems").get(0).path("line").asInt());

        ApiClient.Reply started = admin().post("pipelines/" + name + "/executions", "{\"memory\": {\"who\": \"Ann\"}, \"parallel\": true}");
        assertEquals(201, started.status(), started.toString());
        JsonNode run = admin().await(started.json().path("executionId").asLong());
        assertEquals("COMPLETED", run.path("status").asText(), run.toString());
        assertEquals(name, run.path("pipeline").asText());
        assertTrue(run.path("jobName").asText().startsWith(name + "-"), "a content-hashed job name");
        assertEquals("Hello Ann, and goodbye", run.path("memory").path("bye.content").asText());

        ApiClient.Reply replaced = admin().putYaml("pipelines/" + name, yaml + "  - name: again\n    agent: template\n    task: once more\n");
        assertEquals(200, replaced.status(), replaced.toString());
        assertEquals(3, admin().get("pipelines/" + name).json().path("stages").size(), "a replaced pipeline is shown as it is now");

        ApiClient.Reply invalid = admin().putYaml("pipelines/" + name, "stages:\n  - name: a\n    agent: nobody\n");
        assertEquals(422, invalid.status(), invalid.toString());
        assertEquals(3, invalid.json().path("problems").get(0).path("line").asInt());
        assertEquals(409, admin().putYaml("pipelines/example", yaml.replace(name, "example")).status());
    }

    @Test
    void runsAPipelineSentWithTheRequestWithoutKeepingItsFile() throws Exception {
        String name = "sent-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = "stages:\n  - name: hello\n    agent: template\n    task: \"Hello {{ who }}\"\n"
                + "  - name: bye\n    agent: template\n    depends_on: [hello]\n    task: \"{{ hello.content }}, and goodbye\"\n";
        ApiClient.Reply started = admin().post("executions", ApiClient.json(java.util.Map.of("pipeline", yaml, "source", "my/" + name + ".yml",
                "memory", java.util.Map.of("who", "Ann"), "parallel", true, "maxWorkers", 2, "schedule", "eager")));
        assertEquals(201, started.status(), started.toString());
        long id = started.json().path("executionId").asLong();
        assertTrue(started.location().endsWith("/executions/" + id), started.location());
        JsonNode run = admin().await(id);
        assertEquals("COMPLETED", run.path("status").asText(), run.toString());
        assertEquals(name, run.path("pipeline").asText(), "named after its source when the YAML has no name");
        assertTrue(run.path("jobName").asText().startsWith(name + "-"), "a content-hashed job name");
        assertEquals("Hello Ann, and goodbye", run.path("memory").path("bye.content").asText());
        assertEquals(404, admin().get("pipelines/" + name).status(), "the server keeps no file of a sent pipeline");

        ApiClient.Reply noMemory = admin().post("executions", ApiClient.json(java.util.Map.of("pipeline", yaml, "source", "my/" + name + ".yml")));
        assertEquals(422, noMemory.status(), noMemory.toString());
        JsonNode problem = noMemory.json().path("problems").get(0);
        assertEquals("BATON-125", problem.path("code").asText(), problem.toString());
        assertEquals("my/" + name + ".yml", problem.path("source").asText());
        assertEquals(4, problem.path("line").asInt());

        ApiClient.Reply invalid = admin().post("executions", ApiClient.json(java.util.Map.of("pipeline", "stages:\n  - name: a\n    agent: nobody\n")));
        assertEquals(422, invalid.status(), invalid.toString());
        assertEquals("pipeline.yaml", invalid.json().path("problems").get(0).path("source").asText());
        assertEquals(3, invalid.json().path("problems").get(0).path("line").asInt());

        assertEquals(400, admin().post("executions", "{}").status(), "no pipeline");
        assertEquals(400, admin().post("executions", ApiClient.json(java.util.Map.of("pipeline", yaml, "schedule", "soon"))).status());
        assertEquals(400, admin().post("executions", ApiClient.json(java.util.Map.of("pipeline", yaml, "source", "a\nforged line"))).status());
    }

    @Test
    void errorsAreJsonWithoutStackTraces() throws Exception {
        ApiClient.Reply missing = admin().get("executions/987654321");
        assertEquals(404, missing.status());
        assertEquals("not-found", missing.json().path("code").asText());
        assertNoStackTrace(missing);
        ApiClient.Reply notANumber = admin().get("executions/abc");
        assertEquals(404, notANumber.status());
        assertNoStackTrace(notANumber);
        ApiClient.Reply badJson = admin().post("pipelines/welcome/executions", "{bad");
        assertEquals(400, badJson.status());
        assertEquals("BATON-512", badJson.json().path("code").asText());
        assertNoStackTrace(badJson);
        ApiClient.Reply badKey = admin().post("pipelines/welcome/executions", "{\"memory\": {\"baton.x\": 1}}");
        assertEquals(400, badKey.status(), badKey.toString());
    }

    @Test
    void aPostThatAWebPageCouldSendIsRefusedBeforeItActs() throws Exception {
        long before = admin().get("executions?pipeline=welcome").json().path("total").asLong();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
            ApiClient.Reply refused = admin().postAs("pipelines/welcome/executions", type, type == null ? null : "memory=x");
            assertEquals(415, refused.status(), type + ": " + refused);
            assertEquals("BATON-514", refused.json().path("code").asText());
        }
        assertEquals(before, admin().get("executions?pipeline=welcome").json().path("total").asLong(), "nothing started");
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndCaching() throws Exception {
        var reply = admin().getWithHeaders("pipelines");
        assertEquals(200, reply.statusCode());
        assertEquals("nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", reply.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(reply.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"), reply.headers().toString());
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(null));
    }

    static void assertConflict(ApiClient.Reply reply, String reason) {
        assertEquals(409, reply.status(), reply.toString());
        assertEquals("conflict", reply.json().path("code").asText());
        assertTrue(reply.json().path("message").asText().contains(reason), reply.toString());
        assertNoStackTrace(reply);
    }

    static void assertNoStackTrace(ApiClient.Reply reply) {
        assertFalse(reply.body().contains("\tat ") || reply.body().contains(".java:") || reply.body().contains("Exception:"), reply.body());
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + "=" + value + " in " + array);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<Long> ids(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.path("items").forEach(n -> out.add(n.path("executionId").asLong()));
        return out;
    }
}
