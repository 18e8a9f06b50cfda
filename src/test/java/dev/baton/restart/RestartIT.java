package dev.baton.restart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.Repositories;
import dev.baton.testing.Repositories.Repository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restart as users meet it: a failed run restarts where it stopped, in both modes, on H2 and PostgreSQL. */
class RestartIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    /** The memory of an uninterrupted run, per mode. */
    private static final Map<String, JsonNode> UNINTERRUPTED = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    static Stream<Arguments> modesAndRepositories() {
        return Repositories.all().stream().flatMap(r -> Stream.of(Arguments.of(r, false), Arguments.of(r, true)));
    }

    static Stream<Repository> repositories() {
        return Repositories.all().stream();
    }

    private static Path resource(String name) {
        return PROJECT.resolve("src/test/resources/restart").resolve(name);
    }

    private Map<String, String> env(Repository repository) {
        Map<String, String> env = new HashMap<>(repository.env());
        env.put("COUNTER", tmp.resolve("counter").toString());
        env.put("FAIL_ONCE", tmp.resolve("failed-once").toString());
        return env;
    }

    private BatonProcess.Result baton(Map<String, String> env, String... args) throws Exception {
        return BatonProcess.run(PROJECT, tmp.resolve("home"), env, args);
    }

    private List<String> counter() throws Exception {
        Path counter = tmp.resolve("counter");
        return Files.exists(counter) ? Files.readAllLines(counter) : List.of();
    }

    @ParameterizedTest(name = "{0}, parallel {1}")
    @MethodSource("modesAndRepositories")
    void aFailedThirdStageRestartsAndTheFirstTwoRunOnce(Repository repository, boolean parallel) throws Exception {
        Map<String, String> env = env(repository);
        String mode = parallel ? "--parallel" : "--max-workers=1";
        BatonProcess.Result first = baton(env, "--pipeline", resource("flaky.yaml").toString(), mode, "--output", "json");
        assertEquals(1, first.exitCode(), first.toString());
        JsonNode failed = Json.tree(first.stdout());
        assertEquals("FAILED", failed.get("status").asText());
        long executionId = failed.get("executionId").asLong();

        BatonProcess.Result restart = baton(env, "restart", Long.toString(executionId), "--output", "json");
        assertEquals(0, restart.exitCode(), restart.toString());
        JsonNode done = Json.tree(restart.stdout());
        assertEquals("COMPLETED", done.get("status").asText());
        assertEquals(failed.get("instanceId").asLong(), done.get("instanceId").asLong(), "same run");
        assertEquals(List.of("one", "two", "three", "three"), counter(), "one and two ran once; three twice (failed, then passed)");
        assertEquals(executionId, done.get("stages").get(0).get("executionId").asLong(), "one was run by the first execution");
        assertEquals(done.get("executionId").asLong(), done.get("stages").get(3).get("executionId").asLong(), "three by the restart");

        assertEquals(uninterruptedMemory(env, mode), done.get("memory"), "the restarted run's memory equals an uninterrupted run's");
    }

    /** The memory of flaky.yaml run once without failing, in a mode: the same on every repository, so run once per mode. */
    private JsonNode uninterruptedMemory(Map<String, String> env, String mode) throws Exception {
        JsonNode memory = UNINTERRUPTED.get(mode);
        if (memory == null) {
            Map<String, String> clean = new HashMap<>(env);
            clean.put("COUNTER", tmp.resolve("clean-counter").toString());
            Files.writeString(tmp.resolve("clean-failed-once"), "");
            clean.put("FAIL_ONCE", tmp.resolve("clean-failed-once").toString());
            BatonProcess.Result run = BatonProcess.run(PROJECT, tmp.resolve("clean-home"), clean, "--pipeline", resource("flaky.yaml").toString(),
                    mode, "--output", "json");
            assertEquals(0, run.exitCode(), "with FAIL_ONCE present, the run never fails: " + run);
            memory = Json.tree(run.stdout()).get("memory");
            UNINTERRUPTED.put(mode, memory);
        }
        return memory;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aRestartRunsTheTranslationThatStartedTheRunEvenWhenTheFileIsGone(Repository repository) throws Exception {
        Map<String, String> env = env(repository);
        Path copy = tmp.resolve("flaky-copy.yaml");
        Files.copy(resource("flaky.yaml"), copy);
        BatonProcess.Result first = baton(env, "--pipeline", copy.toString(), "--output", "json", "--mem", "kept=1", "--mem", "changed=1");
        long executionId = Json.tree(first.stdout()).get("executionId").asLong();
        Files.delete(copy);
        BatonProcess.Result restart = baton(env, "restart", Long.toString(executionId), "--output", "json", "--mem", "changed=2");
        assertEquals(0, restart.exitCode(), restart.toString());
        JsonNode memory = Json.tree(restart.stdout()).get("memory");
        assertEquals(1, memory.get("kept").asInt(), "restart parameters keep the original ones they do not name");
        assertEquals(2, memory.get("changed").asInt(), "and override the ones they name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositories")
    void aCompletedRunCannotBeRestartedAndAnUnknownOneIsReported(Repository repository) throws Exception {
        Map<String, String> env = env(repository);
        Files.createFile(tmp.resolve("failed-once"));
        BatonProcess.Result run = baton(env, "--pipeline", resource("flaky.yaml").toString(), "--output", "json");
        long executionId = Json.tree(run.stdout()).get("executionId").asLong();
        BatonProcess.Result again = baton(env, "restart", Long.toString(executionId));
        assertEquals(1, again.exitCode(), again.toString());
        assertTrue(again.stderr().contains("cannot restart execution " + executionId), again.stderr());
        BatonProcess.Result missing = baton(env, "status", "987654321");
        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.stderr().contains("no job execution 987654321"), missing.stderr());
        assertFalse(missing.stderr().contains("\tat "), "no stack trace");
    }
}
