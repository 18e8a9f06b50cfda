package dev.baton.bench;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parallel against sequential: 1, 2, 4 and 8 independent stages of 500 ms, {@code --max-workers 4},
 * makespans measured alternately in one JVM. Target: speed-up at least 0.9 × min(N, 4).
 */
final class SpeedupBenchmark {

    private SpeedupBenchmark() {
    }

    static Section run(int rounds) throws Exception {
        StringBuilder table = new StringBuilder("| independent stages of 500 ms | sequential | parallel (max 4) | speed-up | target |\n|---|---|---|---|---|\n");
        boolean met = true;
        for (int n : new int[] {1, 2, 4, 8}) {
            Map<String, List<String>> graph = new LinkedHashMap<>();
            Map<String, Long> millis = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                graph.put("s" + i, List.of());
                millis.put("s" + i, 500L);
            }
            Pipeline pipeline = BenchJobs.sleepers("speedup-" + n, graph, millis);
            List<Double> seq = new ArrayList<>();
            List<Double> par = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                seq.add(BenchJobs.makespan(BenchJobs.baton(pipeline, new PlanOptions(Mode.SEQUENTIAL, 4)).report()));
                par.add(BenchJobs.makespan(BenchJobs.baton(pipeline, new PlanOptions(Mode.PARALLEL, 4)).report()));
            }
            double s = Stats.median(seq);
            double p = Stats.median(par);
            double target = 0.9 * Math.min(n, 4);
            met &= s / p >= target;
            table.append(String.format(Locale.ROOT, "| %d | %.3f s | %.3f s | %.2f× | ≥ %.2f× |%n", n, s, p, s / p, target));
        }
        return new Section("Parallel speed-up", """
                N independent stages that each work 500 ms, `--max-workers 4`, sequential and parallel alternately,
                median of %d rounds; makespan is first stage start to last stage end.

                """.formatted(rounds) + table, met);
    }
}
