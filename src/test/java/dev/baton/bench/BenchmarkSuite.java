package dev.baton.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every benchmark and writes docs/BENCHMARKS.md (and the makespan chart beside it). Not part
 * of the tests: run it with {@code scripts/bench.sh}. Every comparison is a ratio of two things
 * measured side by side in this one run.
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path project = Path.of("").toAbsolutePath();
        BenchJobs.freshHome();
        if (args.length > 1 && args[1].equals("cold-start")) { // one benchmark, printed only: for work on start time
            System.out.println(ColdStartBenchmark.run(project, rounds).markdown());
            System.exit(0);
        }
        if (args.length > 1 && args[1].equals("tracing")) { // one benchmark, printed only: issue 13's tracing overhead
            System.out.println(TracingOverheadBenchmark.run(project, rounds).markdown());
            System.exit(0);
        }
        if (args.length > 1 && args[1].equals("workers")) { // remote workers only, printed (issue 10)
            System.out.println(WorkersBenchmark.run(project, rounds).markdown());
            System.exit(0);
        }
        if (args.length > 1 && args[1].equals("console")) { // one benchmark, printed only: for work on the console
            System.out.println(ConsoleBenchmark.run(rounds).markdown());
            System.exit(0);
        }
        if (args.length > 1 && args[1].equals("only")) { // the named benchmarks, printed only (docs untouched): for work on one of them
            for (int i = 2; i < args.length; i++) {
                Section s = progress(switch (args[i]) {
                    case "skewed" -> SkewedWaveBenchmark.run(rounds);
                    case "makespan" -> MakespanBenchmark.section(MakespanBenchmark.measure(rounds), rounds);
                    case "chains" -> ChainBenchmark.run(project, rounds);
                    case "overhead" -> OverheadBenchmark.run();
                    case "cold-overhead" -> ColdOverheadBenchmark.run(project, rounds);
                    case "peer" -> PeerBenchmark.run(project, rounds);
                    default -> throw new IllegalArgumentException("no benchmark named " + args[i]);
                });
                System.out.println("## " + s.title() + "\n\n" + s.markdown());
            }
            System.exit(0);
        }
        String loadAtStart = loadAverage();
        List<Section> sections = new ArrayList<>();
        // one benchmark that fails is a line of the page, not the loss of every other figure of the run
        sections.add(attempt("Overhead per stage", () -> OverheadBenchmark.run()));
        sections.add(attempt("Parallel speed-up", () -> SpeedupBenchmark.run(rounds)));
        sections.add(attempt("Skewed waves: a pool of workers", () -> SkewedWaveBenchmark.run(rounds)));
        sections.add(attempt("Makespan: waves and the eager schedule", () -> {
            List<MakespanBenchmark.Row> rows = MakespanBenchmark.measure(rounds);
            Files.writeString(project.resolve("docs/benchmarks-makespan.svg"), Chart.makespan(rows));
            return MakespanBenchmark.section(rows, rounds);
        }));
        sections.add(attempt("Cold start", () -> ColdStartBenchmark.run(project, rounds + 2)));
        sections.add(attempt("Cold runs: cost per stage against raw JBeret", () -> ColdOverheadBenchmark.run(project, rounds)));
        sections.add(attempt("Side by side with the seed framework's runner", () -> PeerBenchmark.run(project, rounds)));
        sections.add(attempt("Scale: 2,000 stages", () -> ScaleBenchmark.run(project)));
        sections.add(attempt("Long chains: cost per stage", () -> ChainBenchmark.run(project, Math.min(rounds, 2)))); // 15,501 stages a round
        sections.add(attempt("Whole runs: four stages of one second", () -> ParallelSpeedupBenchmark.run(project, rounds)));
        sections.add(attempt("Repository size", () -> RepositorySizeBenchmark.run(project)));
        sections.add(attempt("Tracing overhead per stage", () -> TracingOverheadBenchmark.run(project, rounds)));
        sections.add(attempt("Remote workers: dispatch overhead and speed-up", () -> WorkersBenchmark.run(project, rounds)));
        sections.add(attempt("Console: a 2,000-stage graph in the browser", () -> ConsoleBenchmark.run(rounds)));

        StringBuilder md = new StringBuilder("""
                # Benchmarks

                Written by `scripts/bench.sh` (it builds the jar, then runs `dev.baton.bench.BenchmarkSuite`); rerun it to
                refresh this page. Every comparison is a ratio of two things measured side by side in the same run.

                """);
        md.append(machine()).append(' ').append(noise(loadAtStart, loadAverage())).append("\n\n| benchmark | target met |\n|---|---|\n");
        for (Section s : sections) {
            md.append("| ").append(s.title()).append(" | ").append(s.met() == null ? "–" : s.met() ? "yes" : "**no**").append(" |\n");
        }
        for (Section s : sections) {
            md.append("\n## ").append(s.title()).append("\n\n").append(s.markdown().strip()).append('\n');
        }
        Files.writeString(project.resolve("docs/BENCHMARKS.md"), md.toString());
        System.out.println(md);
        System.exit(0);
    }

    /** Runs one benchmark; when it fails, its section says so (and why) and the suite goes on. */
    private static Section attempt(String title, java.util.concurrent.Callable<Section> benchmark) {
        try {
            return progress(benchmark.call());
        } catch (Exception e) {
            e.printStackTrace();
            return progress(new Section(title, "The benchmark failed: " + e, false));
        }
    }

    private static Section progress(Section s) {
        System.err.println("benchmark done: " + s.title() + (s.met() == null ? "" : s.met() ? " (target met)" : " (TARGET MISSED)"));
        return s;
    }

    /** The system's load averages (1, 5, 15 minutes), or "unknown" where /proc/loadavg is not there. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** How busy the machine was: what every absolute figure below depends on, and ratios much less. */
    private static String noise(String start, String end) {
        return "Load average (1 / 5 / 15 min) at the start " + start + ", at the end " + end + ", on "
                + Runtime.getRuntime().availableProcessors() + " cores: a load above the number of cores means other work"
                + " (other builds) ran beside the benchmarks, so absolute times are slower and noisier than on an idle"
                + " machine; ratios of things measured alternately suffer less.";
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
        return String.format(Locale.ROOT, "Machine: %d cores, %.0f GiB, %s %s, Java %s (%s).", os.getAvailableProcessors(),
                memory / 1073741824.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }
}
