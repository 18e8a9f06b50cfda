package dev.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Time from launching a JVM to its first stage running: {@code java -jar target/baton.jar} on a
 * one-stage pipeline (the stage's start as events.jsonl records it) against a bare JBeret + Weld SE
 * program starting a one-step job (its batchlet prints the time), with the same libraries, alternately.
 * Target: Baton at most 1.5 times the bare start.
 */
final class ColdStartBenchmark {

    private ColdStartBenchmark() {
    }

    static Section run(Path project, int rounds) throws Exception {
        Path work = Files.createTempDirectory("baton-cold");
        Path pipeline = work.resolve("one.yaml");
        Files.writeString(pipeline, "name: one\nstages:\n  - {name: s, agent: template, task: \"hello {{ who | default('world') }}\"}\n");
        String bareClasses = bareClassPath(project, work);
        List<Double> baton = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int r = 0; r < rounds + 1; r++) {
            double b = batonStart(project, work.resolve("home-" + r), pipeline);
            double j = bareStart(project, bareClasses);
            if (r > 0) { // the first round warms the OS file cache
                baton.add(b);
                bare.add(j);
            }
        }
        double b = Stats.median(baton);
        double j = Stats.median(bare);
        String table = String.format(Locale.ROOT, """
                | launch to first stage running (median of %d) | seconds |
                |---|---|
                | `java -jar target/baton.jar --pipeline one.yaml` | %.3f |
                | bare JBeret + Weld SE, one-step job, same libraries | %.3f |
                | ratio | %.2f× (target ≤ 1.5×) |
                """, rounds, b, j, b / j);
        return new Section("Cold start", """
                From launching the JVM to the first stage running, measured the same way for both: Baton's first
                `stage.started` event against the bare program's batchlet printing the time. Baton's start includes
                loading and checking the pipeline, its templates and the H2 job repository on disk; the bare program
                keeps its job repository in memory.

                """ + table, b / j <= 1.5);
    }

    private static double batonStart(Path project, Path home, Path pipeline) throws Exception {
        long launch = System.currentTimeMillis();
        BatonProcess.Result r = BatonProcess.run(project, home, java.util.Map.of(), "--pipeline", pipeline.toString());
        if (r.exitCode() != 0) {
            throw new IllegalStateException(r.toString());
        }
        for (String line : Files.readAllLines(home.resolve("runs/1/events.jsonl"))) {
            JsonNode e = Json.tree(line);
            if ("stage.started".equals(e.get("type").asText())) {
                return (Instant.parse(e.get("time").asText()).toEpochMilli() - launch) / 1000.0;
            }
        }
        throw new IllegalStateException("no stage.started event");
    }

    private static double bareStart(Path project, String classPath) throws Exception {
        long launch = System.currentTimeMillis();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                BareStart.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            if (line.startsWith("FIRST_STAGE ")) {
                return (Long.parseLong(line.substring(12).strip()) - launch) / 1000.0;
            }
        }
        throw new IllegalStateException("the bare program did not run its step: " + out);
    }

    /** target/lib plus a folder with only the bare program, its batchlet, beans.xml and its job XML. */
    private static String bareClassPath(Path project, Path work) throws Exception {
        Path dir = work.resolve("bare-classes");
        Path pkg = dir.resolve("dev/baton/bench");
        Files.createDirectories(pkg);
        try (Stream<Path> classes = Files.list(project.resolve("target/test-classes/dev/baton/bench"))) {
            for (Path c : classes.filter(f -> f.getFileName().toString().startsWith("BareStart")).toList()) {
                Files.copy(c, pkg.resolve(c.getFileName()));
            }
        }
        Files.createDirectories(dir.resolve("META-INF/batch-jobs"));
        Files.writeString(dir.resolve("META-INF/beans.xml"),
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>");
        Files.writeString(dir.resolve("META-INF/batch-jobs/bare.xml"), """
                <job id="bare" xmlns="https://jakarta.ee/xml/ns/jakartaee" version="2.0">
                  <step id="only"><batchlet ref="bareBatchlet"/></step>
                </job>
                """);
        StringBuilder cp = new StringBuilder(dir.toString());
        try (Stream<Path> jars = Files.list(project.resolve("target/lib"))) {
            jars.sorted().forEach(j -> cp.append(':').append(j));
        }
        return cp.toString();
    }
}
