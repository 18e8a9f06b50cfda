package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.rest.ApiClient;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.ServedBaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code baton run --server}: a pipeline file run by a {@code baton serve} process, started as a
 * user would, and followed from the command line; the client shares the server's
 * {@code BATON_HOME} (its token) unless a test says otherwise.
 */
class RemoteRunIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private static ServedBaton served;
    private static Path home;
    private static String url;
    private static ApiClient api;

    @TempDir
    Path work;

    @BeforeAll
    static void serve() throws Exception {
        served = ServedBaton.start(Files.createTempDirectory("baton-remote"), Map.of());
        home = served.home();
        url = served.url();
        api = new ApiClient(URI.create(served.started().base() + "api/"), "Bearer " + served.started().token());
    }

    @AfterAll
    static void stop() throws Exception {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void theServerSaysHowToRunAPipelineOnIt() {
        assertTrue(served.started().message().contains("baton: run a pipeline on this server with: baton run --server " + url + " --pipeline FILE"),
                served.started().message());
    }

    @Test
    void runsThePipelineFileOnTheServerAndPrintsWhatARunPrints() throws Exception {
        Path file = write("greeting.yaml", """
                stages:
                  - name: hello
                    agent: template
                    task: "Hello {{ who }}, {{ n + 1 }}"
                  - name: bye
                    agent: template
                    depends_on: [hello]
                    output: greeting.md
                    task: "{{ hello.content }} and goodbye"
                """);
        Path saved = work.resolve("saved");
        BatonProcess.Result run = BatonProcess.run(PROJECT, home, "run", "--server", url, "--pipeline", file.toString(),
                "--mem", "who={{ secret }}", "--mem", "n=2", "--max-workers", "2", "--save-artifacts", saved.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("baton: running greeting as job greeting-"), run.stdout());
        assertTrue(run.stdout().contains("parallel, at most 2 stages at once"), "--max-workers implies --parallel, as in a local run: " + run);
        assertTrue(run.stdout().matches("(?s).*\\[wave 2] bye +passed.*"), run.stdout());
        assertTrue(run.stdout().contains("COMPLETED in") && run.stdout().contains("2 passed"), run.stdout());
        long id = Long.parseLong(run.stdout().replaceFirst("(?s).*baton: execution (\\d+) COMPLETED.*", "$1"));

        JsonNode done = api.get("executions/" + id).json();
        assertEquals("greeting", done.path("pipeline").asText());
        assertEquals("Hello {{ secret }}, 3 and goodbye", done.path("memory").path("bye.content").asText().strip(),
                "memory values are data, and JSON values stay JSON: " + done);
        assertTrue(run.stdout().contains("run folder " + done.path("runFolder").asText() + " (on the server)"), run.stdout());
        Path result = Path.of(done.path("runFolder").asText(), "greeting.md");
        assertTrue(run.stdout().contains("baton: wrote " + result + " (on the server)"), run.stdout());
        assertEquals("Hello {{ secret }}, 3 and goodbye", Files.readString(result).strip());
        assertEquals(Files.readString(result), Files.readString(saved.resolve("greeting.md")), "--save-artifacts downloads it");
        JsonNode manifest = Json.tree(Files.readString(saved.resolve("manifest.json")));
        assertEquals("bye", manifest.get(0).path("stage").asText(), manifest.toString());
        assertEquals(dev.baton.stage.RunFolder.sha256(Files.readAllBytes(result)), manifest.get(0).path("sha256").asText());
        assertTrue(run.stdout().contains("baton: artifacts saved in " + saved.toAbsolutePath() + " (manifest.json)"), run.stdout());
        assertEquals(404, api.get("pipelines/greeting").status(), "the server keeps no copy of the file");
    }

    @Test
    void aPipelineWithProblemsIsRefusedWithItsLinesAndNothingRuns() throws Exception {
        Path file = write("typo.yaml", "stages:\n  - name: a\n    agent: templat\n    task: x\n");
        long before = api.get("executions").json().path("total").asLong();
        BatonProcess.Result run = BatonProcess.run(PROJECT, home, Map.of("BATON_SERVER", url), "--pipeline", file.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains(file + ":3:12:") && run.stderr().contains("did you mean 'template'"), run.stderr());
        assertNoStackTrace(run);

        BatonProcess.Result json = BatonProcess.run(PROJECT, home, Map.of("BATON_SERVER", url), "--pipeline", file.toString(), "--output", "json");
        assertEquals(2, json.exitCode(), json.toString());
        JsonNode problem = Json.tree(json.stdout()).path("problems").get(0);
        assertEquals(file.toString(), problem.path("file").asText());
        assertEquals(3, problem.path("line").asInt());
        assertEquals(before, api.get("executions").json().path("total").asLong(), "no execution was made");
    }

    @Test
    void aFailedRunExitsWithOneAndBatonRestartContinuesItOnTheServer() throws Exception {
        Path ok = work.resolve("ok");
        Path file = write("fragile.yaml", """
                name: fragile
                stages:
                  - {name: first, agent: template, task: "first"}
                  - name: second
                    agent: command
                    depends_on: [first]
                    with: {infra_retries: 0, command: [sh, -c, 'if [ ! -f "%s" ]; then echo "not yet" >&2; exit 3; fi; echo fine']}
                """.formatted(ok));
        BatonProcess.Result run = BatonProcess.run(PROJECT, home, "--server", url, "--pipeline", file.toString());
        assertEquals(1, run.exitCode(), run.toString());
        long id = Long.parseLong(run.stdout().replaceFirst("(?s).*baton: execution (\\d+) FAILED.*", "$1"));
        assertTrue(run.stdout().contains("baton: second: "), run.stdout());
        assertTrue(run.stdout().contains("baton: restart it with: baton restart " + id + " --server " + url), run.stdout());

        Files.writeString(ok, "");
        BatonProcess.Result restart = BatonProcess.run(PROJECT, home, "restart", String.valueOf(id), "--server", url);
        assertEquals(0, restart.exitCode(), restart.toString());
        assertTrue(restart.stdout().contains("baton: restarting fragile execution " + id + " as execution "), restart.stdout());
        long second = Long.parseLong(restart.stdout().replaceFirst("(?s).*baton: execution (\\d+) COMPLETED.*", "$1"));
        JsonNode done = api.get("executions/" + second).json();
        assertEquals(id, done.path("stages").get(0).path("executionId").asLong(), "'first' is not run again");
        assertEquals(second, done.path("stages").get(1).path("executionId").asLong(), "'second' runs in the restart");

        BatonProcess.Result again = BatonProcess.run(PROJECT, home, "restart", String.valueOf(second), "--server", url);
        assertEquals(1, again.exitCode(), "a completed run does not restart, as in a local restart: " + again);
        BatonProcess.Result missing = BatonProcess.run(PROJECT, home, "restart", "987654", "--server", url);
        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.stderr().contains("987654"), missing.stderr());
        assertNoStackTrace(again);
        assertNoStackTrace(missing);
    }

    @Test
    void ctrlCStopsTheRunOnTheServerSoThatItRestarts() throws Exception {
        Path log = work.resolve("client.log");
        Process client = BatonProcess.start(PROJECT, home, Map.of(), log, "--server", url,
                "--pipeline", PROJECT.resolve("src/test/resources/interrupt/sleepy.yaml").toString());
        Path marker = awaitMarker(log);
        new ProcessBuilder("kill", "-INT", Long.toString(client.pid())).start().waitFor();
        assertTrue(client.waitFor(30, TimeUnit.SECONDS), "the command ends long before the stage's sleep");
        String output = Files.readString(log);
        assertEquals(130, client.exitValue(), output);
        long id = Long.parseLong(output.replaceFirst("(?s).*baton: stopping execution (\\d+).*", "$1"));
        assertTrue(output.contains("execution " + id + " STOPPED"), output);
        assertEquals("STOPPED", api.get("executions/" + id).json().path("status").asText());
        Files.delete(marker);
    }

    @Test
    void withoutTheServerOrItsTokenItSaysWhatToDo() throws Exception {
        Path file = write("one.yaml", "stages:\n  - {name: a, agent: template, task: x}\n");
        Path elsewhere = work.resolve("other-home");
        BatonProcess.Result noToken = BatonProcess.run(PROJECT, elsewhere, "--server", url, "--pipeline", file.toString());
        assertEquals(2, noToken.exitCode(), noToken.toString());
        assertTrue(noToken.stderr().contains("set BATON_API_TOKEN"), noToken.stderr());
        BatonProcess.Result wrong = BatonProcess.run(PROJECT, home, Map.of("BATON_API_TOKEN", "x".repeat(43)), "--server", url,
                "--pipeline", file.toString());
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.stderr().contains("refused this command"), wrong.stderr());

        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        BatonProcess.Result down = BatonProcess.run(PROJECT, home, "--server", "http://127.0.0.1:" + unused, "--pipeline", file.toString());
        assertEquals(2, down.exitCode(), down.toString());
        assertTrue(down.stderr().contains("no Baton server answers at http://127.0.0.1:" + unused + "/baton/api/"), down.stderr());

        BatonProcess.Result local = BatonProcess.run(PROJECT, home, "--server", url, "--pipeline", file.toString(), "--dry-run", "--preset", "mvp-fast");
        assertEquals(2, local.exitCode(), local.toString());
        assertTrue(local.stderr().contains("--dry-run, --preset are not for a run on a server"), local.stderr());
        for (BatonProcess.Result r : new BatonProcess.Result[] {noToken, wrong, down, local}) {
            assertNoStackTrace(r);
        }
    }

    private Path write(String name, String yaml) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    /** The marker of sleepy.yaml's stage b in the server's run folder, once the stage has started. */
    private static Path awaitMarker(Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!Files.isDirectory(home.resolve("runs"))) {
                Thread.sleep(50);
                continue;
            }
            try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
                Path found = runs.map(r -> r.resolve("b.started")).filter(Files::exists).findFirst().orElse(null);
                if (found != null) {
                    return found;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("stage b did not start within a minute: " + Files.readString(log));
    }

    private static void assertNoStackTrace(BatonProcess.Result r) {
        assertFalse(r.stderr().contains("\tat ") || r.stdout().contains("\tat ") || r.stderr().contains("Exception"), r.toString());
    }
}
