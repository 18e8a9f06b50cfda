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
 * program starting a one-step job (its batchlet prints the time), with the same libraries and the
 * same kind of job repository (JDBC on an H2 file, JBeret SE's default), alternately. Measured twice:
 * the everyday start, on a repository that exists (the target: Baton at most 1.5 times the bare
 * start), and the very first start, which creates the repository's tables.
 */
final class ColdStartBenchmark {

    private ColdStartBenchmark() {
    }

    static Section run(Path project, int rounds) throws Exception {
        Path work = Files.createTempDirectory("baton-cold");
        Path pipeline = work.resolve("one.yaml");
        Files.writeString(pipeline, "name: one\nstages:\n  - {name: s, agent: template, task: \"hello {{ who | default('world') }}\"}\n");
        String bareClasses = bareClassPath(project, work);
        List<Double> batonFirst = new ArrayList<>();
        List<Double> bareFirst = new ArrayList<>();
        for (int r = 0; r < rounds + 1; r++) {
            double b = batonStart(project, work.resolve("home-" + r), pipeline);
            double j = bareStart(bareClasses, work.resolve("bare-" + r + "/jberet"));
            if (r > 0) { // the first round warms the OS file cache
                batonFirst.add(b);
                bareFirst.add(j);
            }
        }
        List<Double> baton = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            baton.add(batonStart(project, work.resolve("home-0"), pipeline));
            bare.add(bareStart(bareClasses, work.resolve("bare-0/jberet")));
        }
        double b = Stats.median(baton);
        double j = Stats.median(bare);
        double bf = Stats.median(batonFirst);
        double jf = Stats.median(bareFirst);
        String table = String.format(Locale.ROOT, """
                | launch to first stage running (median of %d) | Baton: `java -jar target/baton.jar --pipeline one.yaml` | bare JBeret + Weld SE, one-step job | ratio |
                |---|---|---|---|
                | everyday start: the job repository exists | %.3f s | %.3f s | **%.2f×** (target ≤ 1.5×) |
                | first start: the job repository is created | %.3f s | %.3f s | %.2f× |
                """, rounds, b, j, b / j, bf, jf, bf / jf);
        return new Section("Cold start", """
                From launching the JVM to the first stage running, measured the same way for both: Baton's first
                `stage.started` event against the bare program's batchlet printing the time. Both use the same
                libraries and the same kind of job repository, JDBC on an H2 database file (the bare program's is
                what JBeret SE uses unless configured otherwise). Baton's start also loads and checks the pipeline
                and its templates, translates it, stores the translation and starts the CDI container with its
                agents, advisors and the batchlet. The target is judged on the everyday start; the first start
                in a new `BATON_HOME`, which creates the repository's tables, is shown beside it.

                """ + table, b / j <= 1.5);
    }

    private static double batonStart(Path project, Path home, Path pipeline) throws Exception {
        long launch = System.currentTimeMillis();
        BatonProcess.Result r = BatonProcess.run(project, home, java.util.Map.of(), "--pipeline", pipeline.toString());
        if (r.exitCode() != 0) {
            throw new IllegalStateException(r.toString());
        }
        Path newest;
        try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
            newest = runs.max(java.util.Comparator.comparingLong(d -> Long.parseLong(d.getFileName().toString()))).orElseThrow();
        }
        for (String line : Files.readAllLines(newest.resolve("events.jsonl"))) {
            JsonNode e = Json.tree(line);
            if ("stage.started".equals(e.get("type").asText())) {
                return (Instant.parse(e.get("time").asText()).toEpochMilli() - launch) / 1000.0;
            }
        }
        throw new IllegalStateException("no stage.started event in " + newest);
    }

    private static double bareStart(String classPath, Path database) throws Exception {
        long launch = System.currentTimeMillis();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                BareStart.class.getName(), database.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            if (line.startsWith("FIRST_STAGE ")) {
                return (Long.parseLong(line.substring(12).strip()) - launch) / 1000.0;
            }
        }
        throw new IllegalStateException("the bare program did not run its step: " + out);
    }

    /** target/lib (less the REST server's CDI extension) plus a folder with only the bare program, its batchlet, beans.xml and its job XML. */
    static String bareClassPath(Path project, Path work) throws Exception {
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
            // less RESTEasy's CDI extension, which a bare program would not have (Baton's start still loads it)
            jars.filter(j -> !j.getFileName().toString().startsWith("resteasy-cdi")).sorted().forEach(j -> cp.append(':').append(j));
        }
        return cp.toString();
    }
}
