package dev.baton.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar target/baton.jar} as a user would, in its own BATON_HOME (with the JVM
 * options of {@link FastStart} under failsafe).
 */
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
        return run(workDir, home, Map.of(), args);
    }

    /** Runs baton with more environment variables. */
    public static Result run(Path workDir, Path home, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = builder(workDir, home, env, args);
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

    /** Starts baton without waiting; its output goes to the given files. */
    public static Process start(Path workDir, Path home, Map<String, String> env, Path stdout, String... args) throws IOException {
        ProcessBuilder builder = builder(workDir, home, env, args);
        builder.redirectOutput(stdout.toFile()).redirectErrorStream(true);
        return builder.start();
    }

    private static ProcessBuilder builder(Path workDir, Path home, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(FastStart.jvmOptions());
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("BATON_HOME", home.toString());
        builder.environment().remove("BATON_REPOSITORY");
        builder.environment().putAll(env);
        return builder;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Waits until a file exists: the marker a stage of a started process writes once it runs.
     *
     * @param what what the file's existence means, for the failure's message
     * @throws AssertionError if it does not within a minute, with {@code what} and the process's log
     */
    public static void awaitFile(Path file, Path log, String what) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(file) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        if (!Files.exists(file)) {
            throw new AssertionError(what + ", within a minute: " + (Files.exists(log) ? Files.readString(log) : "(no log)"));
        }
    }

    /**
     * Waits until a process's log holds {@code text} (a line it prints once it is ready).
     *
     * @throws AssertionError if it does not within two minutes
     */
    public static void awaitLine(Path log, String text) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (java.nio.file.Files.exists(log) && java.nio.file.Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' in " + log + " within two minutes");
    }
}
