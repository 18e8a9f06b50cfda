package dev.baton.stage.memo;

import dev.baton.agent.AgentRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a memoized result is kept under: the call's agent, task, settings and input files, nothing else. */
class MemoKeyTests {

    @TempDir
    Path run;

    private AgentRequest request(String task, Map<String, Object> with, List<String> inputs, int attempt, Path folder) {
        return new AgentRequest("s", task, Map.of("unrelated", "memory"), with, attempt, folder, inputs, List.of(), Map.of("BATON_ATTEMPT", "" + attempt));
    }

    @Test
    void theSameCallInAnotherRunFolderHasTheSameKeyAndEachPartChangesIt() throws Exception {
        Path other = Files.createDirectories(run.resolve("other"));
        Files.writeString(run.resolve("notes.txt"), "tea");
        Files.writeString(other.resolve("notes.txt"), "tea");
        Map<String, Object> with = new LinkedHashMap<>();
        with.put("model", "m");
        with.put("temperature", 0.2);
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("temperature", 0.2);
        reordered.put("model", "m");
        String key = MemoKey.of("llm", "1", request("t", with, List.of("notes.txt"), 1, run));

        assertEquals(key, MemoKey.of("llm", "1", request("t", reordered, List.of("notes.txt"), 2, other)),
                "another run folder, attempt, memory and key order: the same call");
        assertNotEquals(key, MemoKey.of("llm", "2", request("t", with, List.of("notes.txt"), 1, run)), "another agent version");
        assertNotEquals(key, MemoKey.of("template", "1", request("t", with, List.of("notes.txt"), 1, run)), "another agent");
        assertNotEquals(key, MemoKey.of("llm", "1", request("t2", with, List.of("notes.txt"), 1, run)), "another task");
        assertNotEquals(key, MemoKey.of("llm", "1", request("t", Map.of("model", "m"), List.of("notes.txt"), 1, run)), "other settings");
        Files.writeString(other.resolve("notes.txt"), "coffee");
        assertNotEquals(key, MemoKey.of("llm", "1", request("t", with, List.of("notes.txt"), 1, other)), "another input file");
    }

    @Test
    void anInputOutsideTheRunFolderIsMissingAndAnUnreadableOneIsNotMemoized() throws Exception {
        Files.writeString(run.resolve("secret.txt"), "x");
        Path inner = Files.createDirectories(run.resolve("inner"));
        String outside = MemoKey.of("llm", "1", request("t", Map.of(), List.of("../secret.txt"), 1, inner));
        Files.delete(run.resolve("secret.txt"));
        assertEquals(outside, MemoKey.of("llm", "1", request("t", Map.of(), List.of("../secret.txt"), 1, inner)),
                "a path leaving the run folder counts as missing: the file there is never read");
        Path unreadable = Files.createDirectories(run.resolve("c"));
        Path file = Files.writeString(unreadable.resolve("in.txt"), "x");
        if (file.toFile().setReadable(false) && !Files.isReadable(file)) {
            assertNull(MemoKey.of("llm", "1", request("t", Map.of(), List.of("in.txt"), 1, unreadable)));
        }
    }
}
