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
 * Baton's cost per stage against raw JBeret's as users run them: whole, cold processes. A chain of
 * 1,001 no-op {@code template} stages by {@code target/bin/baton} against a raw JBeret job of 1,001
 * no-op batchlets ({@link BareStart}), each also with one stage, on an H2 file repository with
 * Baton's settings ({@code WRITE_DELAY=0}: every commit on disk). Cost per stage is
 * {@code (t(1001) - t(1)) / 1000}, whole-process times, runs interleaved, medians. Raw JBeret runs
 * twice: as {@code java} runs it, and with the launcher's compiler options. Target: Baton at most 2
 * times raw JBeret per stage.
 */
final class ColdOverheadBenchmark {

    static final int LONG = 1001;
    /**
     * Baton's embedded repository's URL options (RepositorySettings), durability ({@code WRITE_DELAY=0}) included:
     * the same for both. Without {@code DB_CLOSE_DELAY=-1}, raw JBeret, which opens a connection for every
     * repository call, would open and close the database file at every call (tried: minutes per 1,001 steps).
     */
    static final String H2_OPTIONS = ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_LENGTH_INPLACE_LOB=65536";

    private ColdOverheadBenchmark() {
    }

    /**
     * The JVM options the launcher ({@code src/main/launcher/baton}) gives a run on this machine: the client
     * compiler only, and one compiler thread where there are at most two processors.
     */
    static List<String> launcherOptions() {
        return Runtime.getRuntime().availableProcessors() <= 2
                ? List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1") : List.of("-XX:TieredStopAtLevel=1");
    }

    static Section run(Path project, int rounds) throws Exception {
        String loadBefore = BenchmarkSuite.loadAverage();
        Path work = Files.createTempDirectory("baton-cold-overhead");
        String bare = ColdStartBenchmark.bareClassPath(project, work);
        for (int n : new int[]{1, LONG}) {
            Files.writeString(work.resolve("noop-" + n + ".yaml"), noopChain(n));
            Files.writeString(work.resolve("bare-classes/META-INF/batch-jobs/bare-chain-" + n + ".xml"), rawChain(n));
        }
        Map<String, Map<Integer, List<Double>>> times = new LinkedHashMap<>();
        for (String who : List.of("baton", "raw", "raw-c1")) {
            times.put(who, new LinkedHashMap<>(Map.of(1, new ArrayList<>(), LONG, new ArrayList<>())));
        }
        for (int r = -1; r < rounds; r++) { // round -1 creates the repositories and warms the file cache
            for (int n : new int[]{1, LONG}) {
                double b = baton(project, work, n);
                double j = raw(bare, work, n, List.of());
                double c = raw(bare, work, n, launcherOptions());
                if (r >= 0) {
                    times.get("baton").get(n).add(b);
                    times.get("raw").get(n).add(j);
                    times.get("raw-c1").get(n).add(c);
                }
            }
        }
        Map<String, Double> perStage = new LinkedHashMap<>();
        times.forEach((who, t) -> perStage.put(who, (Stats.median(t.get(LONG)) - Stats.median(t.get(1))) * 1000 / (LONG - 1)));
        double b = perStage.get("baton");
        double j = perStage.get("raw");
        double c = perStage.get("raw-c1");
        String table = String.format(Locale.ROOT, """
                | whole process, median of %d | 1 stage | 1,001 stages | ms per stage | Baton / this |
                |---|---|---|---|---|
                | Baton: `target/bin/baton --pipeline noop-N.yaml` | %.2f s | %.2f s | %.2f | – |
                | raw JBeret: `java -cp … BareStart` | %.2f s | %.2f s | %.2f | **%.2f×** (target ≤ 2×) |
                | raw JBeret with the launcher's compiler options (`%s`) | %.2f s | %.2f s | %.2f | %.2f× |
                """, rounds, Stats.median(times.get("baton").get(1)), Stats.median(times.get("baton").get(LONG)), b,
                Stats.median(times.get("raw").get(1)), Stats.median(times.get("raw").get(LONG)), j, b / j,
                String.join(" ", launcherOptions()), Stats.median(times.get("raw-c1").get(1)), Stats.median(times.get("raw-c1").get(LONG)), c, b / c);
        return new Section("Cold runs: cost per stage against raw JBeret", """
                A chain of 1,001 no-op `template` stages (a constant task) run by `target/bin/baton` against a raw
                JBeret job of 1,001 no-op batchlets (a JBeret + Weld SE program, `BareStart`), and each with one
                stage, as whole processes (JVM start to exit), runs interleaved; both on an H2 file repository with
                Baton's URL options (`WRITE_DELAY=0`: every commit on disk). Cost per stage is `(t(1001) − t(1)) / 1000`.
                Raw JBeret runs as `java` runs it and again with the launcher's compiler options. Load average
                (1 / 5 / 15 min) before: %s; after: %s.

                """.formatted(loadBefore, BenchmarkSuite.loadAverage()) + table, b / j <= 2.0);
    }

    /** A chain of {@code n} no-op template stages. */
    static String noopChain(int n) {
        StringBuilder y = new StringBuilder("name: noop-" + n + "\nstages:\n");
        for (int i = 0; i < n; i++) {
            y.append("  - {name: s").append(i).append(", agent: template, task: \"noop\"")
                    .append(i == 0 ? "" : ", depends_on: [s" + (i - 1) + "]").append("}\n");
        }
        return y.toString();
    }

    static String rawChain(int n) {
        StringBuilder xml = new StringBuilder("<job id=\"bare-chain-" + n + "\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"2.0\">\n");
        for (int i = 0; i < n; i++) {
            xml.append("  <step id=\"s").append(i).append('"').append(i + 1 < n ? " next=\"s" + (i + 1) + "\"" : "")
                    .append("><batchlet ref=\"bareNoop\"/></step>\n");
        }
        return xml.append("</job>\n").toString();
    }

    /** Seconds of one whole Baton process running the no-op chain of {@code n} stages, by the launcher. */
    static double baton(Path project, Path work, int n) throws Exception {
        return timed(new ProcessBuilder(launcher(project).toString(), "--pipeline", work.resolve("noop-" + n + ".yaml").toString(),
                "--output", "json"), work, "baton-" + n);
    }

    /** Seconds of one whole raw JBeret process ({@link BareStart}) running the chain of {@code n} no-op batchlets. */
    static double raw(String classPath, Path work, int n, List<String> jvmOptions) throws Exception {
        return raw(classPath, work, n, jvmOptions, false);
    }

    /** As {@link #raw(String, Path, int, List)}, with the repository's connections pooled when {@code pooled}, on a database of its own. */
    static double raw(String classPath, Path work, int n, List<String> jvmOptions, boolean pooled) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, BareStart.class.getName(), work.resolve(pooled ? "raw/pooled" : "raw/jberet").toString(),
                "bare-chain-" + n, H2_OPTIONS));
        if (pooled) {
            command.add("pooled");
        }
        return timed(new ProcessBuilder(command), work, (pooled ? "raw-pooled-" : "raw-") + n);
    }

    /** target/bin/baton, which {@code mvn package} makes beside the jar. */
    static Path launcher(Path project) {
        Path launcher = BatonProcess.jar().resolveSibling("bin").resolve("baton");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher + ": build with mvn package");
        }
        return launcher;
    }

    /** Runs a process to its end in {@code work} (BATON_HOME work/home) and returns its seconds. */
    static double timed(ProcessBuilder builder, Path work, String what) throws Exception {
        builder.directory(work.toFile()).redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().put("BATON_HOME", work.resolve("home").toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().remove("BATON_REPOSITORY");
        builder.environment().remove("BATON_JAVA_OPTIONS");
        long t0 = System.nanoTime();
        Process p = builder.start();
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(what + " failed: " + Files.readString(work.resolve("err.txt")));
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
