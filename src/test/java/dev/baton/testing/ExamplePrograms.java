package dev.baton.testing;

import javax.tools.ToolProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The README's example programs under {@code docs/examples}, compiled against baton.jar alone and run as users run them. */
public final class ExamplePrograms {

    private ExamplePrograms() {
    }

    /** What a run of a program printed, and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
        public List<String> lines() {
            return stdout.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + stdout + stderr;
        }
    }

    /**
     * Compiles {@code docs/examples/NAME.java} into {@code work/classes} and runs it there (its
     * working directory, with the default BATON_HOME and repository).
     */
    public static Result run(String name, Path work, String... args) throws Exception {
        Path source = Path.of("docs/examples", name + ".java").toAbsolutePath();
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", BatonProcess.jar().toString(), "-d", classes.toString(), source.toString());
        if (compiled != 0) {
            throw new AssertionError(name + " does not compile against baton.jar alone");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", BatonProcess.jar() + ":" + classes, name));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().remove("BATON_HOME");
        builder.environment().remove("BATON_REPOSITORY");
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not end within two minutes");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
