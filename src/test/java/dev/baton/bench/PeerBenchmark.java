package dev.baton.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Baton side by side with the seed framework's own runner (kept in {@code ../shared/peer/seed-src},
 * or where the system property {@value #PEER} says), as whole, cold processes, run interleaved: no-op
 * stages in a chain and in waves of 8 (each stage after one of the wave before; Baton with
 * {@code --parallel --max-workers 8}, the seed's parallel runner with 8 workers), 200 and 1,000 of
 * them, cost per stage {@code (t(N) - t(1)) / (N - 1)}; and the seed's own example pipeline, whole
 * process. The seed runs from {@code src/test/python/seed_bench.py} under {@code python3}; without
 * Python 3 (and PyYAML, Jinja2, pydantic 2) or the peer's sources the section says so and measures nothing.
 * Targets: Baton at most half the seed's cost per stage at 200 and 1,000 stages, chains and waves;
 * the example within twice the seed's whole process.
 */
final class PeerBenchmark {

    static final String PEER = "baton.peer";
    static final int[] SIZES = {200, 1000};
    static final int WIDTH = 8;
    /** Raw JBeret runs with the launcher's compiler options, its faster way for runs this short. */
    static final List<String> RAW_OPTIONS = ColdOverheadBenchmark.launcherOptions();

    private PeerBenchmark() {
    }

    static Section run(Path project, int rounds) throws Exception {
        String title = "Side by side with the seed framework's runner";
        Path peer = Path.of(System.getProperty(PEER, project.resolve("../shared/peer/seed-src").toString())).normalize();
        Path driver = project.resolve("src/test/python/seed_bench.py");
        Path example = project.resolve("src/test/resources/seed-pipelines/example.yaml");
        String missing = missing(peer, driver);
        if (missing != null) {
            return new Section(title, "Not measured: " + missing + ". `scripts/bench.sh` installs PyYAML, Jinja2 and pydantic"
                    + " where Python 3 is present; run it again from a checkout beside `../shared/peer/`.", null);
        }
        String loadBefore = BenchmarkSuite.loadAverage();
        Path work = Files.createTempDirectory("baton-peer");
        Files.writeString(work.resolve("noop-1.yaml"), ColdOverheadBenchmark.noopChain(1));
        String bare = ColdStartBenchmark.bareClassPath(project, work);
        Files.writeString(work.resolve("bare-classes/META-INF/batch-jobs/bare-chain-1.xml"), ColdOverheadBenchmark.rawChain(1));
        for (int n : SIZES) {
            Files.writeString(work.resolve("chain-" + n + ".yaml"), ColdOverheadBenchmark.noopChain(n));
            Files.writeString(work.resolve("waves-" + n + ".yaml"), waves(n));
            Files.writeString(work.resolve("bare-classes/META-INF/batch-jobs/bare-chain-" + n + ".xml"), ColdOverheadBenchmark.rawChain(n));
        }
        Map<String, List<Double>> t = new LinkedHashMap<>();
        Process serve = serve(project, work);
        try {
            Served served = Served.await(serve, work);
            for (int r = -1; r < rounds; r++) { // round -1 (short runs only) creates Baton's repository and warms the file cache
                record("baton 1", r, t, ColdOverheadBenchmark.baton(project, work, 1));
                record("seed 1", r, t, seed(driver, peer, work, "chain", "1"));
                record("raw 1", r, t, ColdOverheadBenchmark.raw(bare, work, 1, RAW_OPTIONS));
                record("pooled 1", r, t, ColdOverheadBenchmark.raw(bare, work, 1, RAW_OPTIONS, true));
                record("baton example", r, t, batonExample(project, work, example));
                record("served 1", r, t, served.run(project, work, List.of("--pipeline", work.resolve("noop-1.yaml").toString(), "--output", "json")));
                record("served example", r, t, served.run(project, work, exampleArgs(example)));
                record("seed example", r, t, seed(driver, peer, work, "example", example.toString()));
                for (int n : r < 0 ? new int[0] : SIZES) {
                    for (String shape : List.of("chain", "waves")) {
                        List<String> args = new ArrayList<>(List.of("--pipeline", work.resolve(shape + "-" + n + ".yaml").toString(), "--output", "json"));
                        if (shape.equals("waves")) {
                            args.addAll(List.of("--parallel", "--max-workers", String.valueOf(WIDTH)));
                        }
                        record("baton " + shape + " " + n, r, t, batonRun(project, work, args));
                        record("seed " + shape + " " + n, r, t, seed(driver, peer, work, shape, String.valueOf(n)));
                        record("served " + shape + " " + n, r, t, served.run(project, work, args));
                    }
                    record("raw chain " + n, r, t, ColdOverheadBenchmark.raw(bare, work, n, RAW_OPTIONS));
                    record("pooled chain " + n, r, t, ColdOverheadBenchmark.raw(bare, work, n, RAW_OPTIONS, true));
                }
                for (int n : r < 0 ? SIZES : new int[0]) { // the server has run each shape once, as a server in use has
                    served.run(project, work, List.of("--pipeline", work.resolve("chain-" + n + ".yaml").toString(), "--output", "json"));
                    served.run(project, work, List.of("--pipeline", work.resolve("waves-" + n + ".yaml").toString(), "--output", "json",
                            "--parallel", "--max-workers", String.valueOf(WIDTH)));
                }
            }
        } finally {
            serve.destroy();
            serve.waitFor();
        }
        StringBuilder table = new StringBuilder("| no-op stages, ms per stage (median of " + rounds + ") | Baton | seed | Baton / seed"
                + " | Baton through `baton serve` | through the server / seed | target |\n|---|---|---|---|---|---|---|\n");
        boolean met = true;
        boolean metServed = true;
        for (int n : SIZES) {
            for (String shape : List.of("chain", "waves")) {
                double b = perStage(t, "baton", shape, n);
                double s = perStage(t, "seed", shape, n);
                double v = perStage(t, "served", shape, n);
                met &= b / s <= 0.5;
                metServed &= v / s <= 0.5;
                table.append(String.format(Locale.ROOT, "| %,d stages, %s | %.2f | %.2f | **%.2f×** | %.2f | **%.2f×** | ≤ 0.5× |%n", n,
                        shape.equals("chain") ? "a chain" : "waves of 8", b, s, b / s, v, v / s));
            }
        }
        table.append("\n| the floor: raw JBeret's own cost, ms per stage (median of " + rounds + ") | raw JBeret | raw JBeret / seed"
                + " | raw JBeret, pooled | pooled / seed | Baton / pooled |\n|---|---|---|---|---|---|\n");
        for (int n : SIZES) {
            double j = perStage(t, "raw", "chain", n);
            double p = perStage(t, "pooled", "chain", n);
            double s = perStage(t, "seed", "chain", n);
            double b = perStage(t, "baton", "chain", n);
            table.append(String.format(Locale.ROOT, "| %,d no-op batchlets in a chain | %.2f | %.2f× | %.2f | %.2f× | %.2f× |%n",
                    n, j, j / s, p, p / s, b / p));
        }
        double be = Stats.median(t.get("baton example"));
        double se = Stats.median(t.get("seed example"));
        double ve = Stats.median(t.get("served example"));
        met &= be / se <= 2.0;
        metServed &= ve / se <= 2.0;
        table.append(String.format(Locale.ROOT, """

                | whole process (median of %d) | Baton: `target/bin/baton` | seed: `python3 seed_bench.py` | Baton / seed | Baton through `baton serve` | through the server / seed | target |
                |---|---|---|---|---|---|---|
                | one no-op stage | %.2f s | %.2f s | %.2f× | %.2f s | %.2f× | |
                | the seed's example pipeline (two stages, its own agents) | %.2f s | %.2f s | **%.2f×** | %.2f s | **%.2f×** | ≤ 2× |

                Every target met: %s as a process of its own; %s through a running `baton serve`.
                """, rounds, Stats.median(t.get("baton 1")), Stats.median(t.get("seed 1")),
                Stats.median(t.get("baton 1")) / Stats.median(t.get("seed 1")), Stats.median(t.get("served 1")),
                Stats.median(t.get("served 1")) / Stats.median(t.get("seed 1")), be, se, be / se, ve, ve / se,
                met ? "yes" : "no", metServed ? "yes" : "no"));
        return new Section(title, """
                The seed framework's own runner (`../shared/peer/seed-src`, Python %s) against Baton's launcher, as
                whole, cold processes, interleaved. No-op stages: a chain, or waves of 8 (each stage after one of the
                wave before); Baton sequential for the chain and `--parallel --max-workers 8` for the waves, on its H2
                file repository; the seed's parallel runner (`OrchestratorParallel.run_waves`, 8 workers) with an agent
                that returns its task and an advisor that approves, driven by `src/test/python/seed_bench.py`. Cost per
                stage is `(t(N) − t(1)) / (N − 1)` with `t(1)` each one's one-stage run. The example is the seed's own
                `example.yaml` (two stages, the seed's requirements and prompt-refiner agents and advisors), run by the
                seed's loader and sequential runner, and by Baton. The driver imports only what running a pipeline
                needs, not the seed's command line, so the seed's figures here are if anything low. The floor is raw
                JBeret (`BareStart`: JBeret and Weld SE, a chain of no-op batchlets, an H2 file repository with Baton's
                durability settings, the launcher's compiler options) in the same rounds: what a runner of JBeret steps
                on a durable repository pays per stage before doing anything of its own. It runs twice: as JBeret SE
                configures its repository (a new connection for every repository call), and with the connections kept in
                H2's own pool (`JdbcConnectionPool`), as Baton's embedded repository keeps its sessions. *Through
                `baton serve`* is the same launcher as a client, `baton run --server URL` (a whole, cold process), of a
                `baton serve` started before the rounds (its own `BATON_HOME` and H2 file repository): the server runs
                the pipeline in its warm JVM, the client sends the file, follows the run's events and exits when it
                ends. Before the measured rounds the server has run every shape once, as a server in use has. Load average
                (1 / 5 / 15 min) before: %s; after: %s.

                """.formatted(python(), loadBefore, BenchmarkSuite.loadAverage()) + table, met);
    }

    private static void record(String what, int round, Map<String, List<Double>> t, double seconds) {
        if (round >= 0) {
            t.computeIfAbsent(what, k -> new ArrayList<>()).add(seconds);
        }
    }

    private static double perStage(Map<String, List<Double>> t, String who, String shape, int n) {
        return (Stats.median(t.get(who + " " + shape + " " + n)) - Stats.median(t.get(who + " 1"))) * 1000 / (n - 1);
    }

    /** Stages in waves of {@value #WIDTH}, each after the stage in its place of the wave before. */
    static String waves(int n) {
        StringBuilder y = new StringBuilder("name: waves-" + n + "\nstages:\n");
        for (int i = 0; i < n; i++) {
            int w = i / WIDTH;
            int k = i % WIDTH;
            y.append("  - {name: w").append(w).append('s').append(k).append(", agent: template, task: \"noop\"")
                    .append(w == 0 ? "" : ", depends_on: [w" + (w - 1) + "s" + k + "]").append("}\n");
        }
        return y.toString();
    }

    private static double batonRun(Path project, Path work, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ColdOverheadBenchmark.launcher(project).toString()));
        command.addAll(args);
        return ColdOverheadBenchmark.timed(new ProcessBuilder(command), work, "baton " + args);
    }

    private static double batonExample(Path project, Path work, Path example) throws Exception {
        return batonRun(project, work, exampleArgs(example));
    }

    private static List<String> exampleArgs(Path example) {
        return List.of("--pipeline", example.toString(), "--mem", "product_idea=a bike repair cafe", "--output", "json");
    }

    /** A {@code baton serve} of the launcher, on any free port, with a BATON_HOME of its own under {@code work}. */
    private static Process serve(Path project, Path work) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ColdOverheadBenchmark.launcher(project).toString(), "serve", "--port", "0")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("serve.out").toFile());
        builder.environment().put("BATON_HOME", work.resolve("server-home").toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().remove("BATON_REPOSITORY");
        builder.environment().remove("BATON_JAVA_OPTIONS");
        return builder.start();
    }

    /** A started {@code baton serve}: its URL and token, and runs of the launcher as its client. */
    private record Served(String url, String token) {

        static Served await(Process serve, Path work) throws Exception {
            dev.baton.testing.ServeStart started = dev.baton.testing.ServeStart.await(serve, work.resolve("serve.out"), true);
            return new Served(started.base().replaceFirst("baton/$", ""), started.token());
        }

        /** Seconds of one whole {@code baton run --server} process. */
        double run(Path project, Path work, List<String> args) throws Exception {
            List<String> command = new ArrayList<>(List.of(ColdOverheadBenchmark.launcher(project).toString(), "--server", url));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("BATON_API_TOKEN", token);
            return ColdOverheadBenchmark.timed(builder, work, "baton --server " + args);
        }
    }

    private static double seed(Path driver, Path peer, Path work, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", driver.toString(), peer.toString()));
        command.addAll(List.of(args));
        return ColdOverheadBenchmark.timed(new ProcessBuilder(command), work, "the seed " + List.of(args));
    }

    /** Why the seed cannot run here, or null when it can. */
    private static String missing(Path peer, Path driver) throws InterruptedException {
        if (!Files.isDirectory(peer.resolve("src/orchestrator"))) {
            return "the seed's sources are not at " + peer;
        }
        try {
            Process p = new ProcessBuilder("python3", "-c", "import yaml, jinja2, pydantic").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 ? null : "python3 lacks PyYAML, Jinja2 or pydantic (" + out.strip().lines().reduce((a, b) -> b).orElse("") + ")";
        } catch (java.io.IOException e) {
            return "no python3 on the PATH";
        }
    }

    private static String python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).strip().replace("Python ", "");
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
