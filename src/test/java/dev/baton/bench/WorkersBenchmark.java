package dev.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stages on worker processes ({@code baton broker}, {@code baton worker}, {@code run --broker}), all
 * on this machine: the cost of sending a no-op stage to a worker against running it in the run's own
 * process (a sequential chain, so every stage waits for the one before), and the makespan of sixteen
 * one-second stages on one, two and three workers of two slots each. Configurations alternate within
 * each round. Run with {@code scripts/bench.sh ROUNDS workers}.
 */
public final class WorkersBenchmark {

    private static final int NOOPS = 20;
    private static final int SLEEPERS = 16;
    private static final int SLOTS = 2;

    private WorkersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(run(Path.of("").toAbsolutePath(), args.length > 0 ? Integer.parseInt(args[0]) : 3).markdown());
        System.exit(0);
    }

    static Section run(Path project, int rounds) throws Exception {
        Path dir = privateDir("baton-bench-workers");
        Path noops = dir.resolve("noops.yaml");
        Path sleepers = dir.resolve("sleepers.yaml");
        Files.writeString(noops, pipeline("noops", NOOPS, "{agent: template, task: 'x'}"));
        Files.writeString(sleepers, pipeline("sleepers", SLEEPERS, "{agent: command, task: 'x', with: {command: [sleep, '1']}}"));
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String url = "tcp://127.0.0.1:" + port;
        Path brokerHome = privateDir("baton-bench-broker");
        Process broker = BatonProcess.start(project, brokerHome, Map.of(), brokerHome.resolve("broker.log"), "broker", "--port", Integer.toString(port));
        try {
            BatonProcess.awaitLine(brokerHome.resolve("broker.log"), "baton: broker at");
            double[] local = new double[rounds];
            double[] remote = new double[rounds];
            double[][] makespan = new double[3][rounds];
            for (int round = 0; round < rounds; round++) {
                local[round] = makespan(project, noops) / NOOPS;
                List<Process> one = workers(project, url, 1);
                try {
                    remote[round] = makespan(project, noops, "--broker", url) / NOOPS;
                } finally {
                    stop(one);
                }
                for (int n = 1; n <= 3; n++) {
                    List<Process> workers = workers(project, url, n);
                    try {
                        makespan[n - 1][round] = makespan(project, sleepers, "--parallel", "--max-workers", Integer.toString(SLEEPERS),
                                "--broker", url);
                    } finally {
                        stop(workers);
                    }
                }
            }
            double l = median(local);
            double r = median(remote);
            double[] m = {median(makespan[0]), median(makespan[1]), median(makespan[2])};
            String table = String.format(Locale.ROOT, """
                    | %d no-op stages in sequence (median of %d rounds) | in the run's process | on a worker | ratio |
                    |---|---|---|---|
                    | time per stage (makespan ÷ %d) | %.0f ms | %.0f ms | %.1f× |

                    | %d stages × sleep 1 s, workers of %d slots (median of %d rounds) | 1 worker | 2 workers | 3 workers |
                    |---|---|---|---|
                    | makespan (first stage start → last stage end) | %.2f s | %.2f s | %.2f s |
                    | speed-up over one worker | 1.00× | %.2f× | %.2f× |
                    | ideal (rounds of %d, %d, %d stages) | 1.00× | %.2f× | %.2f× |
                    """, NOOPS, rounds, NOOPS, l * 1000, r * 1000, r / l, SLEEPERS, SLOTS, rounds, m[0], m[1], m[2], m[0] / m[1], m[0] / m[2],
                    SLOTS, 2 * SLOTS, 3 * SLOTS, ideal(1) / ideal(2), ideal(1) / ideal(3));
            return new Section("Remote workers: dispatch overhead and speed-up", """
                    A broker (`baton broker`), workers (`baton worker --slots 2`) and the run (`run --broker`) as separate JVMs on
                    this machine, talking over loopback TCP. The no-op stage is the `template` agent; its cost on a worker adds the
                    message to the broker, the worker's reply and the result's journey back, against a stage run in the run's own
                    process. The sleepers are `sleep 1` by the `command` agent. Rerun with `scripts/bench.sh 3 workers`
                    (prints the section; paste it here).

                    """ + table, m[0] / m[1] >= 1.6);
        } finally {
            broker.destroy();
            broker.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static double ideal(int workers) {
        return Math.ceil((double) SLEEPERS / (workers * SLOTS));
    }

    private static String pipeline(String name, int stages, String stage) {
        StringBuilder yaml = new StringBuilder("name: " + name + "\nstages:\n");
        for (int i = 1; i <= stages; i++) {
            yaml.append("  - {name: s").append(i).append(", ").append(stage, 1, stage.length()).append('\n');
        }
        return yaml.toString();
    }

    private static List<Process> workers(Path project, String url, int n) throws Exception {
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path home = privateDir("baton-bench-worker");
            workers.add(BatonProcess.start(project, home, Map.of(), home.resolve("worker.log"), "worker", "--broker", url,
                    "--slots", Integer.toString(SLOTS)));
            BatonProcess.awaitLine(home.resolve("worker.log"), "takes up to");
        }
        return workers;
    }

    private static void stop(List<Process> workers) throws InterruptedException {
        for (Process w : workers) {
            w.destroy();
        }
        for (Process w : workers) {
            w.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Seconds from the first stage's start to the last stage's end. */
    private static double makespan(Path project, Path pipeline, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--pipeline", pipeline.toString(), "--output", "json"));
        args.addAll(List.of(extra));
        BatonProcess.Result r = BatonProcess.run(project, privateDir("baton-bench-run"), args.toArray(String[]::new));
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
        return Duration.between(first, last).toNanos() / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Path privateDir(String prefix) throws IOException {
        return Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
