package dev.baton.bench;

import dev.baton.pipeline.Pipeline;
import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;
import dev.baton.plan.Schedule;
import dev.baton.testing.Graphs;
import dev.baton.testing.Pipelines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Waves against the eager schedule on a fixed, seeded set of random DAGs (20 to 60 stages,
 * durations log-uniform from 50 to 500 ms; half series-parallel, half not): each makespan over the
 * critical path, the lower bound. Target for eager: at most 1.05 on every DAG.
 */
final class MakespanBenchmark {

    static final int DAGS = 24;
    static final long SEED = 20261128L;

    /** One DAG's figures. */
    record Row(String name, boolean seriesParallel, int stages, double criticalPath, double waves, double eager) {
    }

    private MakespanBenchmark() {
    }

    static List<Row> measure(int rounds) throws Exception {
        Random random = new Random(SEED);
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < DAGS; d++) {
            boolean sp = d % 2 == 0;
            int size = 20 + random.nextInt(41);
            Map<String, List<String>> graph = sp ? Graphs.seriesParallel(random, size) : Pipelines.randomDag(random, size, 3.0 / size);
            Map<String, Long> millis = new LinkedHashMap<>();
            for (String s : graph.keySet()) {
                millis.put(s, Math.round(Math.exp(Math.log(50) + random.nextDouble() * (Math.log(500) - Math.log(50)))));
            }
            Pipeline pipeline = BenchJobs.sleepers("dag-" + d, graph, millis);
            double cp = criticalPath(graph, millis) / 1000.0;
            List<Double> waves = new ArrayList<>();
            List<Double> eager = new ArrayList<>();
            for (int r = 0; r < rounds; r++) { // alternately, so that the machine's load falls on both alike
                waves.add(BenchJobs.makespan(BenchJobs.baton(pipeline, new PlanOptions(Mode.PARALLEL, 64, Schedule.WAVES)).report()));
                eager.add(BenchJobs.makespan(BenchJobs.baton(pipeline, new PlanOptions(Mode.PARALLEL, 64, Schedule.EAGER)).report()));
            }
            rows.add(new Row("dag-" + d, sp, graph.size(), cp, Stats.median(waves), Stats.median(eager)));
        }
        return rows;
    }

    static Section section(List<Row> rows, int rounds) {
        StringBuilder table = new StringBuilder("| DAG | series-parallel | stages | critical path | waves | eager | waves / CP | eager / CP |\n|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f s | %.3f s | %.3f s | %.3f | %.3f |%n", r.name(),
                    r.seriesParallel() ? "yes" : "no", r.stages(), r.criticalPath(), r.waves(), r.eager(),
                    r.waves() / r.criticalPath(), r.eager() / r.criticalPath()));
        }
        List<Row> sp = rows.stream().filter(Row::seriesParallel).toList();
        List<Row> other = rows.stream().filter(r -> !r.seriesParallel()).toList();
        double worstEager = rows.stream().mapToDouble(r -> r.eager() / r.criticalPath()).max().orElse(0);
        boolean met = worstEager <= 1.05;
        String summary = "| makespan / critical path | waves | eager | target (eager) |\n|---|---|---|---|\n"
                + summaryRow("median, all DAGs", rows, false, "") + summaryRow("worst, all DAGs", rows, true, "≤ 1.05")
                + summaryRow("median, series-parallel", sp, false, "") + summaryRow("worst, series-parallel", sp, true, "≤ 1.05")
                + summaryRow("median, not series-parallel", other, false, "") + summaryRow("worst, not series-parallel", other, true, "≤ 1.05");
        return new Section("Makespan: waves and the eager schedule", """
                %d DAGs from seed %d, median of %d rounds (waves and eager alternately), 20 to 60 stages each working 50 to 500 ms (log-uniform), half of them series-parallel;
                `--max-workers 64` so that only the schedule limits parallelism. The critical path (the longest chain of
                durations) is the lower bound of any schedule. Eager starts every stage when its own dependencies have
                ended, on any DAG; what remains above the critical path is Baton's own time per stage. Chart: [benchmarks-makespan.svg](benchmarks-makespan.svg).

                """.formatted(rows.size(), SEED, rounds) + summary + "\n" + table, met);
    }

    private static String summaryRow(String label, List<Row> rows, boolean worst, String target) {
        List<Double> waves = rows.stream().map(r -> r.waves() / r.criticalPath()).toList();
        List<Double> eager = rows.stream().map(r -> r.eager() / r.criticalPath()).toList();
        double w = worst ? waves.stream().mapToDouble(Double::doubleValue).max().orElse(0) : Stats.median(new ArrayList<>(waves));
        double e = worst ? eager.stream().mapToDouble(Double::doubleValue).max().orElse(0) : Stats.median(new ArrayList<>(eager));
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s |%n", label, w, e, target);
    }

    static double criticalPath(Map<String, List<String>> graph, Map<String, Long> millis) {
        Map<String, Long> finish = new LinkedHashMap<>();
        long longest = 0;
        for (Map.Entry<String, List<String>> e : graph.entrySet()) {
            long start = e.getValue().stream().mapToLong(finish::get).max().orElse(0);
            long end = start + millis.get(e.getKey());
            finish.put(e.getKey(), end);
            longest = Math.max(longest, end);
        }
        return longest;
    }
}
