package dev.baton.bench;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.testing.Pipelines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Baton's cost per stage against raw JBeret's: 200 no-op {@code template} stages (25 waves of 8,
 * each stage after one of the wave before) against a raw JBeret job of the same shape whose
 * batchlet does nothing, on the same H2 repository in the same JVM, sequential and in waves of 8.
 * Steady state: both run {@value #WARM_UPS} times before anything is timed (Baton's stage goes on
 * getting faster for about 25 runs, 5,000 stages, while the optimising compiler reaches its deeper
 * calls; after 3 runs it was still 1.3 to 1.9 times its final cost), then {@value #MEASURED} times,
 * alternately. Targets: Baton at most 2 times raw JBeret per stage, and issue 14's 1.5 times.
 */
final class OverheadBenchmark {

    static final int WAVES = 25;
    static final int WIDTH = 8;
    static final int WARM_UPS = 30;
    static final int MEASURED = 15;

    private OverheadBenchmark() {
    }

    static Section run() throws Exception {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (int w = 0; w < WAVES; w++) {
            for (int i = 0; i < WIDTH; i++) {
                graph.put("w" + w + "s" + i, w == 0 ? List.of() : List.of("w" + (w - 1) + "s" + i));
            }
        }
        Pipeline pipeline = Pipelines.fromGraph("overhead", graph);
        int stages = graph.size();
        StringBuilder table = new StringBuilder("| 200 no-op stages | Baton, ms per stage | raw JBeret, ms per stage | ratio | target |\n|---|---|---|---|---|\n");
        boolean met = true;
        for (PlanOptions options : List.of(new PlanOptions(Mode.SEQUENTIAL, 1), new PlanOptions(Mode.PARALLEL, WIDTH))) {
            String label = options.mode() == Mode.SEQUENTIAL ? "sequential" : "waves of 8";
            for (int w = 0; w < WARM_UPS; w++) { // the JIT compiles both code paths before anything is timed
                BenchJobs.baton(pipeline, options);
                BenchJobs.raw(BenchJobs.plan(pipeline, options), "raw-warmup-" + w + "-" + label.replace(' ', '-'));
            }
            List<Double> baton = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (int r = 0; r < MEASURED; r++) {
                baton.add(BenchJobs.baton(pipeline, options).seconds());
                raw.add(BenchJobs.raw(BenchJobs.plan(pipeline, options), "raw-" + label.replace(' ', '-') + "-" + r));
            }
            double b = Stats.median(baton) * 1000 / stages;
            double j = Stats.median(raw) * 1000 / stages;
            met &= b / j <= 1.5;
            table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | **%.2f×** | ≤ 1.5× |%n", label, b, j, b / j));
        }
        return new Section("Overhead per stage", """
                200 no-op `template` stages (25 waves of 8) against a raw JBeret job of the same shape whose batchlet
                does nothing, on the same embedded H2 repository in the same JVM; median of %d rounds after %d warm-up rounds
                of each (steady state: Baton's stage goes on getting faster for about 25 runs while the optimising
                compiler reaches its deeper calls; the first runs of a JVM are measured by the cold benchmarks), run
                alternately. Baton's stage does what every stage does: read its upstream checkpoints, render its
                task, record its events and store its checkpoint. Target: at most 1.5× (issue 14; it was 2×).

                """.formatted(MEASURED, WARM_UPS) + table, met);
    }
}
