package dev.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Four independent stages that each sleep one second, run by {@code java -jar target/baton.jar}
 * sequentially and with {@code --parallel}, alternating, several rounds. Reports the makespan
 * (first stage's start to last stage's end, from the JSON report) and the whole process's time,
 * and the ratio of sequential to parallel for each. Run with {@code scripts/bench.sh}.
 */
public final class ParallelSpeedupBenchmark {

    private ParallelSpeedupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(run(Path.of("").toAbsolutePath(), args.length > 0 ? Integer.parseInt(args[0]) : 3).markdown());
    }

    static Section run(Path project, int rounds) throws Exception {
        Path pipeline = project.resolve("src/test/resources/bench/four-sleepers.yaml");
        List<double[]> sequential = new ArrayList<>();
        List<double[]> parallel = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            sequential.add(measure(project, pipeline));
            parallel.add(measure(project, pipeline, "--parallel"));
        }
        double seqMakespan = median(sequential, 0);
        double parMakespan = median(parallel, 0);
        double seqProcess = median(sequential, 1);
        double parProcess = median(parallel, 1);
        String table = String.format(Locale.ROOT, """
                | 4 stages × sleep 1 s (median of %d rounds) | sequential | --parallel | ratio |
                |---|---|---|---|
                | makespan (first stage start → last stage end) | %.2f s | %.2f s | %.2f× |
                | whole process (`java -jar`, JVM start to exit) | %.2f s | %.2f s | %.2f× |
                """, rounds, seqMakespan, parMakespan, seqMakespan / parMakespan, seqProcess, parProcess, seqProcess / parProcess);
        return new Section("Whole runs: four stages of one second", """
                Four independent stages that each run `sleep 1` (the `command` agent), by `java -jar target/baton.jar`,
                sequential and `--parallel` alternately. The whole-process time includes the JVM's start.

                """ + table, seqMakespan / parMakespan >= 3.5);
    }

    /** Makespan and process seconds of one run. */
    private static double[] measure(Path project, Path pipeline, String... extra) throws Exception {
        Path home = Files.createTempDirectory("baton-bench");
        List<String> args = new ArrayList<>(List.of("--pipeline", pipeline.toString(), "--output", "json"));
        args.addAll(List.of(extra));
        BatonProcess.Result r = BatonProcess.run(project, home, args.toArray(String[]::new));
        if (r.exitCode() != 0) {
            throw new IllegalStateException("run failed: " + r);
        }
        Instant first = null;
        Instant last = null;
        for (JsonNode stage : Json.tree(r.stdout()).get("stages")) {
            Instant start = Instant.parse(stage.get("startedAt").asText());
            Instant end = Instant.parse(stage.get("endedAt").asText());
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || end.isAfter(last) ? end : last;
        }
        return new double[] {Duration.between(first, last).toNanos() / 1e9, r.seconds()};
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }
}
