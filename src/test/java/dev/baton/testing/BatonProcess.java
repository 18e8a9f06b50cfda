package dev.baton.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar target/baton.jar} as a user would, in its own BATON_HOME. */
public final class BatonProcess {

    /**
     * What a run of the command printed and returned.
     *
     * @param exitCode the exit code
     * @param stdout   standard output
     * @param stderr   standard error
     * @param seconds  wall-clock time of the whole process
     */
    public record Result(int exitCode, String stdout, String stderr, double seconds) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private BatonProcess() {
    }

    /** The built jar (failsafe sets {@code baton.jar}). */
    public static Path jar() {
        return Path.of(System.getProperty("baton.jar", "target/baton.jar")).toAbsolutePath();
    }

    /** Runs baton with the arguments in {@code workDir}, with {@code home} as BATON_HOME. */
    public static Result run(Path workDir, Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("BATON_HOME", home.toString());
        builder.environment().remove("BATON_REPOSITORY");
        Path out = Files.createTempFile("baton-out", ".txt");
        Path err = Files.createTempFile("baton-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("baton " + String.join(" ", args) + " did not end within 3 minutes");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), seconds);
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
