package dev.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.OtlpReceiver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What tracing costs per stage: a chain of {@value #STAGES} {@code template} stages run by the
 * command line with telemetry off and with OTLP export on (to a receiver in this JVM, on loopback),
 * alternately, each run in a process of its own; the time measured is the execution's own (from
 * the report's start to its end, without the JVM's start). Target: tracing on at most 1.25 times off.
 */
final class TracingOverheadBenchmark {

    static final int STAGES = 60;

    private TracingOverheadBenchmark() {
    }

    static Section run(Path project, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("baton-bench-tracing");
        StringBuilder yaml = new StringBuilder("name: traced-chain\nstages:\n");
        for (int i = 0; i < STAGES; i++) {
            yaml.append("  - {name: s").append(i).append(", agent: template, task: \"stage ").append(i).append('"')
                    .append(i == 0 ? "" : ", depends_on: [s" + (i - 1) + "]").append("}\n");
        }
        Path pipeline = Files.writeString(dir.resolve("chain.yaml"), yaml);
        List<Double> off = new ArrayList<>();
        List<Double> on = new ArrayList<>();
        try (OtlpReceiver receiver = new OtlpReceiver()) {
            Map<String, String> traced = Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint());
            for (int r = 0; r <= rounds; r++) { // round 0 warms the disk cache and is not counted
                boolean offFirst = r % 2 == 0;
                double a = seconds(project, dir.resolve("home-" + (offFirst ? "off" : "on")), offFirst ? Map.of() : traced, pipeline);
                double b = seconds(project, dir.resolve("home-" + (offFirst ? "on" : "off")), offFirst ? traced : Map.of(), pipeline);
                if (r > 0) {
                    off.add(offFirst ? a : b);
                    on.add(offFirst ? b : a);
                }
            }
            if (receiver.spans().isEmpty()) {
                throw new IllegalStateException("the traced runs sent no span");
            }
        }
        double offMs = Stats.median(off) * 1000 / STAGES;
        double onMs = Stats.median(on) * 1000 / STAGES;
        double ratio = onMs / offMs;
        return new Section("Tracing overhead per stage", """
                A chain of %d `template` stages run by `java -jar target/baton.jar` with OpenTelemetry off and with OTLP/HTTP
                export on (to a receiver on loopback), alternately, one process per run; the time is the execution's own
                (the report's `startedAt` to `endedAt`), median of %d rounds after one warm-up round. On, each stage makes
                a stage span, an attempt span and an agent span, and updates the metrics. Target: on at most 1.25× off.

                | %d template stages | ms per stage |
                |---|---|
                | tracing off | %.2f |
                | tracing on | %.2f |
                | ratio on / off | %.2f× |
                """.formatted(STAGES, rounds, STAGES, offMs, onMs, ratio), ratio <= 1.25);
    }

    private static double seconds(Path project, Path home, Map<String, String> env, Path pipeline) throws Exception {
        BatonProcess.Result r = BatonProcess.run(project, home, env, "--pipeline", pipeline.toString(), "--output", "json");
        if (r.exitCode() != 0) {
            throw new IllegalStateException("the benchmark's run failed: " + r);
        }
        JsonNode report = Json.tree(r.stdout());
        return Duration.between(Instant.parse(report.get("startedAt").asText()), Instant.parse(report.get("endedAt").asText()))
                .toNanos() / 1e9;
    }
}
