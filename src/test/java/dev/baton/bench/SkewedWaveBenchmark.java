package dev.baton.bench;

import dev.baton.plan.Mode;
import dev.baton.plan.PlanOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A wave wider than {@code --max-workers} whose stages take unequal times, run by waves: its
 * makespan against the list schedule in file order (a pool of max-workers workers, each taking the
 * next stage of the file when it is free), which is what a thread pool gives and the best a
 * scheduler that does not know the durations in advance can promise. Beside it, what dealing the
 * wave into max-workers flows in advance (Baton before) would take. Target: within 5% of the pool.
 */
final class SkewedWaveBenchmark {

    private SkewedWaveBenchmark() {
    }

    static Section run(int rounds) throws Exception {
        StringBuilder table = new StringBuilder("| wave | max workers | pool (list schedule) | dealt into flows | waves, measured | waves / pool |\n|---|---|---|---|---|---|\n");
        boolean met = true;
        Random random = new Random(20261130L);
        List<Long> random12 = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            random12.add(200L + random.nextInt(801));
        }
        for (Object[] c : new Object[][] {{"one of 3 s, three of 1 s (the issue's)", List.of(3000L, 1000L, 1000L, 1000L), 2},
                {"12 stages of 0.2 to 1 s (seed 20261130)", random12, 3}}) {
            @SuppressWarnings("unchecked") List<Long> millis = (List<Long>) c[1];
            int workers = (Integer) c[2];
            Map<String, List<String>> graph = new LinkedHashMap<>();
            Map<String, Long> durations = new LinkedHashMap<>();
            for (int i = 0; i < millis.size(); i++) {
                graph.put("s" + i, List.of());
                durations.put("s" + i, millis.get(i));
            }
            var pipeline = BenchJobs.sleepers("skewed-" + millis.size(), graph, durations);
            List<Double> measured = new ArrayList<>();
            BenchJobs.baton(pipeline, new PlanOptions(Mode.PARALLEL, workers)); // warm-up, not measured: the first runs of a JVM are the cold-start benchmark's
            for (int r = 0; r < rounds; r++) {
                measured.add(BenchJobs.makespan(BenchJobs.baton(pipeline, new PlanOptions(Mode.PARALLEL, workers)).report()));
            }
            double pool = listSchedule(millis, workers) / 1000.0;
            double dealt = dealt(millis, workers) / 1000.0;
            double waves = Stats.median(measured);
            met &= waves / pool <= 1.05;
            table.append(String.format(Locale.ROOT, "| %s | %d | %.3f s | %.3f s | %.3f s | %.3f |%n", c[0], workers, pool, dealt, waves, waves / pool));
        }
        return new Section("Skewed waves: a pool of workers", """
                One wave wider than `--max-workers`, stages of unequal durations (the `sleep` test agent), `--parallel`
                (waves), median of %d rounds after one warm-up run; makespan is first stage start to last stage end. *Pool* is the list
                schedule in file order (each free worker takes the next stage), what a thread pool gives; *dealt into
                flows* is what dealing the wave into max-workers flows in advance took before. Target: waves within 5%%
                of the pool.

                """.formatted(rounds) + table, met);
    }

    /** The makespan of a list schedule in the given order on {@code workers} workers. */
    static long listSchedule(List<Long> millis, int workers) {
        PriorityQueue<Long> free = new PriorityQueue<>();
        for (int i = 0; i < workers; i++) {
            free.add(0L);
        }
        long end = 0;
        for (long m : millis) {
            long finish = free.poll() + m;
            free.add(finish);
            end = Math.max(end, finish);
        }
        return end;
    }

    /** The makespan of the stages dealt round robin into {@code workers} flows run side by side. */
    static long dealt(List<Long> millis, int workers) {
        long[] flows = new long[Math.min(workers, millis.size())];
        for (int i = 0; i < millis.size(); i++) {
            flows[i % flows.length] += millis.get(i);
        }
        return java.util.Arrays.stream(flows).max().orElse(0);
    }
}
