package dev.baton.restart;

import dev.baton.testing.BatonProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's plain Jakarta Batch program, compiled against baton.jar and run as a user would. */
class PlainClientIT {

    @TempDir
    Path tmp;

    @Test
    void aProgramThatKnowsOnlyJakartaBatchStartsFailsAndRestartsABundledPipeline() throws Exception {
        Path source = Path.of("docs/examples/PlainClient.java").toAbsolutePath();
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", BatonProcess.jar().toString(), "-d", classes.toString(), source.toString());
        assertEquals(0, compiled, "the program compiles against baton.jar alone");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", BatonProcess.jar() + ":" + classes, "PlainClient")
                .directory(tmp.toFile()).redirectErrorStream(false);
        builder.environment().remove("BATON_HOME");
        builder.environment().remove("BATON_REPOSITORY");
        Path out = tmp.resolve("out.txt");
        builder.redirectOutput(out.toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stdout + Files.readString(tmp.resolve("err.txt")));
        List<String> lines = stdout.lines().toList();
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
