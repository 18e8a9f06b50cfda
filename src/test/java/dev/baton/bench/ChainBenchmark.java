package dev.baton.bench;

import dev.baton.testing.BatonProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Long chains as users run them: {@code java -jar target/baton.jar --pipeline chain-N.yaml} as whole
 * processes, each stage a {@code template} stage that reads the stage before it. Cost per stage is
 * {@code (t(N) - t(1)) / (N - 1)}, the lengths run interleaved, several rounds, medians; the peak
 * heap in use comes from the GC log. Target: a stage of a 5,000-stage chain costs at most 1.2 times
 * a stage of a 500-stage chain (a stage's cost does not grow with the stages before it).
 */
final class ChainBenchmark {

    static final int[] LENGTHS = {1, 500, 5000, 10000};

    private ChainBenchmark() {
    }

    /** One length's figures: median whole-process seconds and the largest peak heap seen. */
    record Row(int stages, double seconds, long peakHeapMb) {
    }

    static Section run(Path project, int rounds) throws Exception {
        Path work = Files.createTempDirectory("baton-chains");
        Path home = work.resolve("home");
        Map<Integer, List<Double>> times = new LinkedHashMap<>();
        Map<Integer, Long> peaks = new LinkedHashMap<>();
        for (int n : LENGTHS) {
            Files.writeString(work.resolve("chain-" + n + ".yaml"), yaml(n));
            times.put(n, new ArrayList<>());
            peaks.put(n, 0L);
        }
        run(work, home, 1, null); // the repository exists before the first measured run, as it does for users
        for (int r = 0; r < rounds; r++) {
            for (int n : LENGTHS) {
                Path gc = work.resolve("gc-" + n + ".log");
                times.get(n).add(run(work, home, n, gc));
                peaks.put(n, Math.max(peaks.get(n), ScaleBenchmark.peakHeapMb(gc)));
            }
        }
        double base = Stats.median(times.get(1));
        StringBuilder table = new StringBuilder("| chain | whole process | ms per stage | × the 500-stage chain's | peak heap in use |\n|---|---|---|---|---|\n");
        Map<Integer, Double> perStage = new LinkedHashMap<>();
        for (int n : LENGTHS) {
            double t = Stats.median(times.get(n));
            if (n > 1) {
                perStage.put(n, (t - base) * 1000 / (n - 1));
            }
        }
        for (int n : LENGTHS) {
            double t = Stats.median(times.get(n));
            table.append(String.format(Locale.ROOT, "| %,d stages | %.2f s | %s | %s | %d MB |%n", n, t,
                    n == 1 ? "–" : String.format(Locale.ROOT, "%.2f", perStage.get(n)),
                    n == 1 ? "–" : String.format(Locale.ROOT, "%.2f", perStage.get(n) / perStage.get(500)), peaks.get(n)));
        }
        double ratio = perStage.get(5000) / perStage.get(500);
        return new Section("Long chains: cost per stage", """
                Chains of `template` stages, each reading the one before it (`{{ sK.content }}`), run as users run them:
                `java -jar target/baton.jar --pipeline chain-N.yaml` (sequential), whole processes on one H2 file
                repository, lengths interleaved, median of %d rounds. Cost per stage is `(t(N) − t(1)) / (N − 1)`; peak
                heap is the heap in use before a collection, the largest in the GC log. Target: 5,000-stage chain
                at most 1.2× the 500-stage chain per stage (here %.2f×).

                """.formatted(rounds, ratio) + table, ratio <= 1.2);
    }

    /** Seconds of one whole process running the chain of {@code n} stages. */
    private static double run(Path work, Path home, int n, Path gcLog) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (gcLog != null) {
            command.add("-Xlog:gc:file=" + gcLog);
        }
        command.addAll(List.of("-jar", BatonProcess.jar().toString(), "--pipeline", work.resolve("chain-" + n + ".yaml").toString(),
                "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out.json").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().put("BATON_HOME", home.toString());
        builder.environment().remove("BATON_REPOSITORY");
        long t0 = System.nanoTime();
        Process p = builder.start();
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("chain of " + n + " failed: " + Files.readString(work.resolve("err.txt")));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A chain of {@code n} template stages, each reading the content of the stage before. */
    static String yaml(int n) {
        StringBuilder y = new StringBuilder("name: chain-" + n + "\nstages:\n");
        for (int i = 0; i < n; i++) {
            y.append("  - {name: s").append(i).append(", agent: template, task: \"")
                    .append(i == 0 ? "start" : "{{ s" + (i - 1) + ".content }}").append('"')
                    .append(i == 0 ? "" : ", depends_on: [s" + (i - 1) + "]").append("}\n");
        }
        return y.toString();
    }
}
