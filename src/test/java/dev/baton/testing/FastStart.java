package dev.baton.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * JVM options that make the tests' short-lived baton processes start with less than half the CPU on
 * this kind of machine: the client compiler only, the serial collector, and a class-data-sharing
 * archive of the classes the jar loads, made once per build of the jar by a training run. They change
 * how fast the JVM starts, not what the program does. Failsafe turns them on with the system property
 * {@value #PROPERTY}; benchmarks, which measure start-up, leave them off.
 */
final class FastStart {

    static final String PROPERTY = "baton.test.fastStart";

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

    private FastStart() {
    }

    /** The options for a baton process when {@value #PROPERTY} is true, else none. */
    static List<String> jvmOptions() {
        if (!Boolean.getBoolean(PROPERTY)) {
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
            Path jar = BatonProcess.jar();
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
        ProcessBuilder builder = new ProcessBuilder(BatonProcess.javaBin(), "-XX:ArchiveClassesAtExit=" + partial, "-jar", BatonProcess.jar().toString(),
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
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
