package dev.baton.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import dev.baton.json.Json;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.FakeOpenAiServer;
import dev.baton.testing.OtlpReceiver;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traces and metrics of a real run, received by an OTLP/HTTP endpoint on loopback and decoded with
 * the OpenTelemetry protocol's classes: a two-stage run whose first stage is rejected once by a
 * model judge, whose second (a command) fails, and its restart.
 */
class TracingIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String APPROVE = "{\"score\": 0.9, \"approved\": true, \"critical_issues\": [], \"suggestions\": [], \"summary\": \"good\"}";
    private static final String REJECT = "{\"score\": 0.3, \"approved\": false, \"critical_issues\": [\"name the shop\"]}";

    @TempDir
    Path tmp;

    @Test
    void aRunIsOneTraceOfStagesAttemptsAndCallsWithGenAiTokensAndARestartLinksToIt() throws Exception {
        try (FakeOpenAiServer model = new FakeOpenAiServer(); OtlpReceiver otlp = new OtlpReceiver()) {
            model.answer("Tea.").answer(REJECT).answer("Leaf & Cup: tea, brewed slowly.").answer(APPROVE);
            Path home = tmp.resolve("home");
            Map<String, String> env = Map.of("BATON_LLM_BASE_URL", model.baseUrl(), "BATON_LLM_MODEL", "fake-model",
                    "OTEL_EXPORTER_OTLP_ENDPOINT", otlp.endpoint(), "OTEL_METRIC_EXPORT_INTERVAL", "600000",
                    "FAIL_ONCE", tmp.resolve("failed-once").toString());
            BatonProcess.Result first = BatonProcess.run(PROJECT, home, env, "--pipeline",
                    PROJECT.resolve("src/test/resources/telemetry/traced.yaml").toString(), "--mem", "product_idea=a tea shop",
                    "--otel-service", "tagline-pipeline", "--output", "json");
            assertEquals(1, first.exitCode(), first.toString());
            JsonNode report = Json.tree(first.stdout());

            List<Span> spans = otlp.spans();
            Span root = one(spans, "run traced");
            String traceId = hex(root.getTraceId());
            assertEquals(traceId, report.get("traceId").asText(), "the report names the trace");
            assertTrue(Files.readString(Path.of(report.get("runFolder").asText()).resolve("events.jsonl")).contains(traceId),
                    "the events name the trace");
            assertTrue(spans.stream().allMatch(s -> hex(s.getTraceId()).equals(traceId)), "one trace for the whole execution");
            assertTrue(root.getParentSpanId().isEmpty());
            assertEquals(List.of("tagline-pipeline"), otlp.serviceNames());

            Span draft = childOf(spans, root, "stage draft");
            assertEquals("PASSED", text(draft, "baton.stage.status"));
            assertEquals(2, number(draft, "baton.attempts"));
            assertEquals(0.9, decimal(draft, "baton.score"));
            assertEquals(0.7, decimal(draft, "baton.threshold"));
            Span attempt1 = childOf(spans, draft, "attempt 1");
            Span attempt2 = childOf(spans, draft, "attempt 2");
            assertEquals("rejected", text(attempt1, "baton.attempt.outcome"));
            assertEquals(0.3, decimal(attempt1, "baton.score"));
            assertEquals(1, number(attempt1, "baton.attempt"));
            assertEquals("passed", text(attempt2, "baton.attempt.outcome"));

            for (Span attempt : List.of(attempt1, attempt2)) {
                Span agent = childOf(spans, attempt, "agent llm");
                Span judge = childOf(spans, attempt, "advisor llm-judge");
                for (Span caller : List.of(agent, judge)) {
                    Span chat = childOf(spans, caller, "chat fake-model");
                    assertEquals(Span.SpanKind.SPAN_KIND_CLIENT, chat.getKind());
                    assertEquals("chat", text(chat, "gen_ai.operation.name"));
                    assertEquals("fake-model", text(chat, "gen_ai.request.model"));
                    assertEquals(11, number(chat, "gen_ai.usage.input_tokens"));
                    assertEquals(7, number(chat, "gen_ai.usage.output_tokens"));
                    assertEquals("127.0.0.1", text(chat, "server.address"));
                }
            }
            Span check = childOf(spans, root, "stage check");
            assertEquals("FAILED", text(check, "baton.stage.status"));
            assertEquals(Status.StatusCode.STATUS_CODE_ERROR, check.getStatus().getCode());
            Span command = childOf(spans, childOf(spans, check, "attempt 1"), "agent command");
            assertEquals(5, number(command, "process.exit.code"));
            assertEquals(Status.StatusCode.STATUS_CODE_ERROR, command.getStatus().getCode());

            assertTrue(spans.stream().flatMap(s -> s.getAttributesList().stream())
                            .noneMatch(a -> a.getValue().toString().contains("tea shop") || a.getValue().toString().contains("Leaf & Cup")),
                    "prompts and answers stay out of the trace unless asked for");

            assertEquals(44, sum(otlp.metrics(), "gen_ai.client.token.usage", "input"), "4 model calls of 11 input tokens");
            assertEquals(28, sum(otlp.metrics(), "gen_ai.client.token.usage", "output"));
            assertEquals(1, sum(otlp.metrics(), "baton.stage.rejections", null));
            assertEquals(1, sum(otlp.metrics(), "baton.stage.infrastructure_errors", null));

            long execution = report.get("executionId").asLong();
            int before = spans.size();
            BatonProcess.Result restart = BatonProcess.run(PROJECT, home, env, "restart", Long.toString(execution), "--output", "json");
            assertEquals(0, restart.exitCode(), restart.toString());
            List<Span> later = otlp.spans().subList(before, otlp.spans().size());
            Span restarted = one(later, "run traced");
            assertFalse(hex(restarted.getTraceId()).equals(traceId), "a restart is a new trace");
            assertEquals(1, restarted.getLinksCount());
            assertEquals(traceId, hex(restarted.getLinks(0).getTraceId()), "linked to the trace it continues");
            assertEquals(hex(root.getSpanId()), hex(restarted.getLinks(0).getSpanId()));
            assertEquals("PASSED", text(childOf(later, restarted, "stage check"), "baton.stage.status"));
            assertTrue(later.stream().noneMatch(s -> s.getName().equals("stage draft")), "a passed stage is not run again");
        }
    }

    @Test
    void withoutAnEndpointNothingIsSentAndTheReportHasNoTrace() throws Exception {
        try (OtlpReceiver otlp = new OtlpReceiver()) {
            BatonProcess.Result r = BatonProcess.run(PROJECT, tmp.resolve("home"), Map.of(), "--pipeline",
                    PROJECT.resolve("src/test/resources/telemetry/plain.yaml").toString(), "--output", "json");
            assertEquals(0, r.exitCode(), r.toString());
            JsonNode report = Json.tree(r.stdout());
            assertTrue(report.get("traceId").isNull(), r.toString());
            assertTrue(otlp.spans().isEmpty());
        }
    }

    @Test
    void otlpOverGrpcIsRefusedWithWhatToSetInstead() throws Exception {
        BatonProcess.Result r = BatonProcess.run(PROJECT, tmp.resolve("home"), Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"), "--pipeline", PROJECT.resolve("src/test/resources/telemetry/plain.yaml").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("OTEL_EXPORTER_OTLP_PROTOCOL=grpc") && r.stderr().contains("http/protobuf"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
        assertFalse(Files.exists(tmp.resolve("home").resolve("runs")), "nothing ran");
    }

    private static Span one(List<Span> spans, String name) {
        List<Span> named = spans.stream().filter(s -> s.getName().equals(name)).toList();
        assertEquals(1, named.size(), () -> "one span '" + name + "' in " + spans.stream().map(Span::getName).toList());
        return named.get(0);
    }

    private static Span childOf(List<Span> spans, Span parent, String name) {
        List<Span> named = spans.stream().filter(s -> s.getName().equals(name) && s.getParentSpanId().equals(parent.getSpanId())).toList();
        assertEquals(1, named.size(), () -> "one span '" + name + "' under '" + parent.getName() + "' in "
                + spans.stream().map(Span::getName).toList());
        return named.get(0);
    }

    private static Optional<AnyValue> attribute(Span span, String key) {
        return span.getAttributesList().stream().filter(a -> a.getKey().equals(key)).map(KeyValue::getValue).findFirst();
    }

    private static String text(Span span, String key) {
        return attribute(span, key).map(AnyValue::getStringValue).orElse(null);
    }

    private static long number(Span span, String key) {
        AnyValue value = attribute(span, key).orElse(null);
        assertNotNull(value, () -> key + " on " + span.getName());
        return value.getIntValue();
    }

    private static double decimal(Span span, String key) {
        AnyValue value = attribute(span, key).orElse(null);
        assertNotNull(value, () -> key + " on " + span.getName());
        return value.getDoubleValue();
    }

    /** The sum of a counter's last points (cumulative), those with {@code gen_ai.token.type} = type when type is given. */
    private static long sum(List<Metric> metrics, String name, String type) {
        List<NumberDataPoint> points = metrics.stream().filter(m -> m.getName().equals(name)).reduce((a, b) -> b)
                .map(m -> m.getSum().getDataPointsList()).orElse(List.of());
        return points.stream().filter(p -> type == null || p.getAttributesList().stream()
                        .anyMatch(a -> a.getKey().equals("gen_ai.token.type") && a.getValue().getStringValue().equals(type)))
                .mapToLong(NumberDataPoint::getAsInt).sum();
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }
}
