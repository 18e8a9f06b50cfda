package dev.baton.runtime;

import dev.baton.testing.ExamplePrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's program that embeds Baton (docs/examples/EmbeddedRun.java), compiled against baton.jar and run as a user would. */
class EmbeddedRunIT {

    @TempDir
    Path tmp;

    @Test
    void aProgramRunsAPipelineFileInItsOwnJvmAndReadsTheReport() throws Exception {
        String welcome = Path.of("pipelines/welcome.yaml").toAbsolutePath().toString();

        ExamplePrograms.Result refused = ExamplePrograms.run("EmbeddedRun", tmp, welcome);
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.stdout().startsWith("refused: " + welcome + ":25:11: stage 'letter': the task uses 'customer', which is not defined"),
                refused.toString());
        assertTrue(!Files.exists(tmp.resolve(".baton/runs")), "nothing started");

        ExamplePrograms.Result run = ExamplePrograms.run("EmbeddedRun", tmp, welcome, "customer=Ann");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("welcome COMPLETED (execution 1)", run.lines().get(0), run.toString());
        assertEquals("  outline PASSED, 1 attempt(s)", run.lines().get(1));
        assertEquals("  letter PASSED, 1 attempt(s)", run.lines().get(2));
        String letter = Files.readString(tmp.resolve(".baton/runs/1/welcome.md"));
        assertTrue(letter.startsWith("Dear Ann,"), letter);
    }
}
