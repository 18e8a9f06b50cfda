package dev.baton.restart;

import dev.baton.testing.ExamplePrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's plain Jakarta Batch program, compiled against baton.jar and run as a user would. */
class PlainClientIT {

    @TempDir
    Path tmp;

    @Test
    void aProgramThatKnowsOnlyJakartaBatchStartsFailsAndRestartsABundledPipeline() throws Exception {
        ExamplePrograms.Result run = ExamplePrograms.run("PlainClient", tmp);
        assertEquals(0, run.exitCode(), run.toString());
        String stdout = run.stdout();
        List<String> lines = run.lines();
        assertTrue(lines.get(0).matches("execution (\\d+): FAILED"), stdout);
        assertTrue(lines.get(1).matches("execution (\\d+): COMPLETED"), stdout);
        assertTrue(lines.contains("  execution 1 ran stage-outline: COMPLETED"), stdout);
        assertTrue(lines.contains("  execution 1 ran stage-letter: FAILED"), stdout);
        assertTrue(lines.contains("  execution 2 ran stage-letter: COMPLETED"), stdout);
        assertTrue(lines.stream().noneMatch(l -> l.equals("  execution 2 ran stage-outline: COMPLETED")), "outline is not run again");
        String letter = Files.readString(tmp.resolve(".baton/runs/1/welcome.md"));
        assertTrue(letter.startsWith("Dear Ann,"), letter);
    }
}
