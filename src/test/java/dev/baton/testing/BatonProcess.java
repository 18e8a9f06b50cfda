package dev.baton.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code java -jar target/baton.jar} as a user would, in its own BATON_HOME.
 *
 * <p>With the system property {@value #FAST_START} set to {@code true} (failsafe sets it for the
 * integration tests; benchmarks leave it off), the processes start with JVM options that cut the CPU a
 * short-lived process costs by more than half on this kind of machine: the client compiler only, and a
 * class-data-sharing archive of the classes the jar loads, made once per build of the jar. They change
 * how fast the JVM starts, not what the program does.
 */
public final class BatonProcess {

    /** The system property that turns the fast-starting JVM options on. */
    public static final String FAST_START = "baton.test.fastStart";

    /** A run that loads most of the classes a test's process loads: the command agent and advisor, templates, a split, JSON. */
    private static final String TRAINING_PIPELINE = """
            name: cds-training
            stages:
              - {name: one, agent: command, task: "one", with: {command: [cat]}}
              - {name: two, agent: template, depends_on: [one], task: "{{ one.content }} two",
                 advisor: command, with: {review_command: [sh, -c, 'echo "{\\"score\\": 1, \\"approved\\": true}"']}}
              - {name: three, agent: template, depends_on: [one], task: "{{ one.content | default('x') }} three"}
            """;

    private static Path archive;

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
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().put("BATON_HOME", home.toString());
        builder.environment().remove("BATON_REPOSITORY");
        builder.environment().putAll(env);
        return builder;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The JVM options of {@link #FAST_START}, or none. */
    private static List<String> jvmOptions() {
        if (!Boolean.getBoolean(FAST_START)) {
            return List.of();
        }
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        Path shared = classArchive();
        if (shared != null) {
            // a stale or unusable archive is ignored; its warning would land in the output tests read
            options.addAll(List.of("-XX:SharedArchiveFile=" + shared, "-Xlog:cds=off,cds+dynamic=off"));
        }
        return options;
    }

    /**
     * The class-data-sharing archive of this build of the jar, made by one training run the first
     * time it is asked for (once for all test JVMs: they take turns on a file lock); null if the
     * training run failed.
     */
    private static synchronized Path classArchive() {
        if (archive != null) {
            return Files.exists(archive) ? archive : null;
        }
        try {
            Path jar = jar();
            Path dir = jar.resolveSibling("cds");
            Files.createDirectories(dir);
            Path wanted = dir.resolve("baton-" + Files.getLastModifiedTime(jar).toMillis() + "-" + Files.size(jar) + ".jsa");
            try (FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (!Files.exists(wanted)) {
                    train(dir, wanted);
                }
            }
            archive = wanted;
            return Files.exists(wanted) ? wanted : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void train(Path dir, Path wanted) throws IOException, InterruptedException {
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList()) {
                Files.delete(p);
            }
        }
        Path work = Files.createTempDirectory("baton-cds");
        Path pipeline = Files.writeString(work.resolve("training.yaml"), TRAINING_PIPELINE);
        Path partial = dir.resolve(wanted.getFileName() + ".part");
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-XX:ArchiveClassesAtExit=" + partial, "-jar", jar().toString(),
                "--pipeline", pipeline.toString(), "--parallel", "--output", "json")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("training.log").toFile());
        builder.environment().put("BATON_HOME", work.resolve("home").toString());
        builder.environment().remove("BATON_REPOSITORY");
        Process training = builder.start();
        if (training.waitFor(180, TimeUnit.SECONDS) && training.exitValue() == 0 && Files.exists(partial)) {
            Files.move(partial, wanted, StandardCopyOption.ATOMIC_MOVE);
        } else {
            training.destroyForcibly();
            System.err.println("BatonProcess: no class-data-sharing archive, the training run failed:\n"
                    + Files.readString(work.resolve("training.log")));
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
