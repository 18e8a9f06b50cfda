package dev.baton.stage.memo;

import dev.baton.advisor.Advisor;
import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.record.ArtifactRecord;
import dev.baton.record.StageResult;
import dev.baton.record.StageStatus;
import dev.baton.stage.AgentDirectory;
import dev.baton.stage.RunIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a memoized stage keeps of the files it declared as outputs. */
class StageMemoTests {

    @TempDir
    Path dir;

    private final Map<String, Memo> kept = new HashMap<>();
    private final MemoStore store = new MemoStore() {
        @Override
        public Optional<Memo> find(String key) {
            return Optional.ofNullable(kept.get(key));
        }

        @Override
        public void save(String key, Memo memo) {
            kept.put(key, memo);
        }
    };

    @Test
    void aDeclaredOutputFileTheCommandWroteIsKeptWithTheResult() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("report.txt"), "written by the command");
        finish(run, "report.txt");
        assertEquals(1, kept.size());
        Memo memo = kept.values().iterator().next();
        assertEquals("report.txt", memo.artifacts().get(0).path());
        assertEquals("written by the command", new String(memo.artifacts().get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aDeclaredOutputThatLinksOutOfTheRunFolderIsNotReadNorKept() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not the run's");
        Files.createSymbolicLink(run.resolve("leak.txt"), secret);
        finish(run, "leak.txt");
        assertTrue(kept.isEmpty(), "nothing kept: " + kept);
    }

    /** Runs a memoized stage's agent call in {@code run} and finishes it with the declared file recorded. */
    private void finish(Path run, String file) throws Exception {
        StageMemo memo = new StageMemo(new MemoSettings(Set.of("s"), true, true), "s", new RunIdentity("job", 1, 1), store,
                (type, attempt, data) -> { });
        AgentDirectory directory = memo.directory(new AgentDirectory() {
            @Override
            public dev.baton.agent.Agent agent(String name) {
                return request -> new AgentOutput("done", List.of());
            }

            @Override
            public Advisor advisor(String name) {
                throw new AssertionError("no advisor");
            }
        });
        directory.agent("command").produce(new AgentRequest("s", "write " + file, Map.of(), Map.of(), 1, run, List.of(), List.of(file),
                Map.of()));
        memo.finished(new StageResult("s", StageStatus.PASSED, 1, 1, null, null, 0.0, "done",
                List.of(new ArtifactRecord(file, 1, "x")), null, null, false, 1, null, null, Map.of(), null));
    }
}
