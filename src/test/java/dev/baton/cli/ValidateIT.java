package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code validate} finds what {@code run} would refuse, at its place; scripts get one JSON object; nothing is left behind. */
class ValidateIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    private static String resource(String name) {
        return PROJECT.resolve("src/test/resources/validate").resolve(name).toString();
    }

    private BatonProcess.Result baton(String... args) throws Exception {
        return BatonProcess.run(PROJECT, home, args);
    }

    @Test
    void everyReasonInTheFileIsAProblemAtItsPlaceForPeopleAndForScripts() throws Exception {
        String file = resource("hostile.yaml");
        BatonProcess.Result human = baton("validate", "--pipeline", file);
        assertEquals(2, human.exitCode(), human.toString());
        assertEquals(List.of(
                file + ":3:38: stage 's': the task template is not valid: Unclosed token (line 1 of the task)",
                file + ":3:66: 'max_retries' must be a whole number from 0 to 100, not 2147483647",
                file + ":4:41: 'timeout' must be a number of seconds above 0, at most 2592000 (thirty days), not 1e300"),
                human.stderr().lines().toList());
        assertFalse(human.stderr().contains("\tat "), "no stack trace");

        for (String[] args : List.of(new String[] {"validate", "--pipeline", file, "--output", "json"},
                new String[] {"--pipeline", file, "--output", "json"})) {
            BatonProcess.Result json = baton(args);
            assertEquals(2, json.exitCode(), json.toString());
            JsonNode report = Json.tree(json.stdout());
            assertFalse(report.get("valid").asBoolean());
            assertEquals(3, report.get("problems").size(), json.stdout());
            JsonNode first = report.get("problems").get(0);
            assertEquals(file, first.get("file").asText());
            assertEquals(3, first.get("line").asInt());
            assertEquals(38, first.get("column").asInt());
            assertTrue(first.get("message").asText().startsWith("stage 's': the task template is not valid"), first.toString());
        }
        assertFalse(Files.exists(home.resolve("jobs")), "nothing stored");
    }

    @Test
    void filesThatBrokeTheLoaderAreProblemsToo() throws Exception {
        BatonProcess.Result recursive = baton("validate", "--pipeline", resource("recursive.yaml"));
        assertEquals(2, recursive.exitCode(), recursive.toString());
        assertEquals(resource("recursive.yaml") + ":2:9: the value anchored here contains itself through an alias; a pipeline's values must not refer to themselves",
                recursive.stderr().strip());
        BatonProcess.Result latin1 = baton("validate", "--pipeline", resource("latin1.yaml"));
        assertEquals(2, latin1.exitCode(), latin1.toString());
        assertTrue(latin1.stderr().strip().startsWith(resource("latin1.yaml") + ":2:15: the file is not UTF-8 text: byte 0xE9"), latin1.stderr());
        Path empty = home.resolve("empty.yaml");
        Files.writeString(empty, "");
        BatonProcess.Result nothing = baton("validate", "--pipeline", empty.toString(), "--output", "json");
        assertEquals(2, nothing.exitCode());
        assertEquals("the file is empty; a pipeline file is a mapping with a 'stages' list",
                Json.tree(nothing.stdout()).get("problems").get(0).get("message").asText());
    }

    @Test
    void namesOnlyTheRunsMemoryCanGiveAreNotesAndMemoryClearsThem() throws Exception {
        BatonProcess.Result notes = baton("validate", "--pipeline", resource("needs.yaml"));
        assertEquals(0, notes.exitCode(), notes.toString());
        assertTrue(notes.stdout().contains(":3:38: note: stage 's': the task uses 'customer', which is not defined"), notes.stdout());
        BatonProcess.Result given = baton("validate", "--pipeline", resource("needs.yaml"), "--mem", "customer=Ann", "--output", "json");
        assertEquals(0, given.exitCode(), given.toString());
        JsonNode report = Json.tree(given.stdout());
        assertTrue(report.get("valid").asBoolean());
        assertEquals(0, report.get("needs").size());
    }

    @Test
    void aTaskWithAControlCharacterRunsAndKeepsIt() throws Exception {
        BatonProcess.Result run = baton("--pipeline", resource("control.yaml"), "--output", "json");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("\u001b[31mred\u001b[0m", Json.tree(run.stdout()).get("memory").get("s.content").asText());
    }
}
