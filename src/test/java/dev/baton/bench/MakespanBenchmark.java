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
 * critical path, the lower bound. Targets for eager: at most 1.05 on every series-parallel DAG,
 * at most 1.15 in the median over all.
 */
final class MakespanBenchmark {

    static final int DAGS = 24;
    static final long SEED = 20261128L;

    /** One DAG's figures. */
    record Row(String name, boolean seriesParallel, int stages, double criticalPath, double waves, double eager) {
    }

    private MakespanBenchmark() {
    }

    static List<Row> measure() throws Exception {
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
            double waves = BenchJobs.makespan(BenchJobs.baton(pipeline, new PlanOptions(Mode.PARALLEL, 64, Schedule.WAVES)).report());
            double eager = BenchJobs.makespan(BenchJobs.baton(pipeline, new PlanOptions(Mode.PARALLEL, 64, Schedule.EAGER)).report());
            rows.add(new Row("dag-" + d, sp, graph.size(), cp, waves, eager));
        }
        return rows;
    }

    static Section section(List<Row> rows) {
        StringBuilder table = new StringBuilder("| DAG | series-parallel | stages | critical path | waves | eager | waves / CP | eager / CP |\n|---|---|---|---|---|---|---|---|\n");
        List<Double> eagerAll = new ArrayList<>();
        List<Double> wavesAll = new ArrayList<>();
        double worstSp = 0;
        for (Row r : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f s | %.3f s | %.3f s | %.3f | %.3f |%n", r.name(),
                    r.seriesParallel() ? "yes" : "no", r.stages(), r.criticalPath(), r.waves(), r.eager(),
                    r.waves() / r.criticalPath(), r.eager() / r.criticalPath()));
            eagerAll.add(r.eager() / r.criticalPath());
            wavesAll.add(r.waves() / r.criticalPath());
            if (r.seriesParallel()) {
                worstSp = Math.max(worstSp, r.eager() / r.criticalPath());
            }
        }
        double medianEager = Stats.median(eagerAll);
        boolean met = worstSp <= 1.05 && medianEager <= 1.15;
        String summary = String.format(Locale.ROOT, """
                | summary | waves | eager | target (eager) |
                |---|---|---|---|
                | median makespan / critical path, all DAGs | %.3f | %.3f | ≤ 1.15 |
                | worst makespan / critical path, series-parallel DAGs | %.3f | %.3f | ≤ 1.05 |
                """, Stats.median(wavesAll), medianEager,
                rows.stream().filter(Row::seriesParallel).mapToDouble(r -> r.waves() / r.criticalPath()).max().orElse(0), worstSp);
        return new Section("Makespan: waves and the eager schedule", """
                %d DAGs from seed %d, 20 to 60 stages each working 50 to 500 ms (log-uniform), half of them series-parallel;
                `--max-workers 64` so that only the schedule limits parallelism. The critical path (the longest chain of
                durations) is the lower bound of any schedule. Chart: [benchmarks-makespan.svg](benchmarks-makespan.svg).

                """.formatted(rows.size(), SEED) + summary + "\n" + table, met);
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
