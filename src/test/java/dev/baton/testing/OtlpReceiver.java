package dev.baton.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP endpoint on 127.0.0.1 ({@code POST /v1/traces}, {@code /v1/metrics}) that decodes
 * what it receives with the OpenTelemetry protocol's own classes and keeps it for the test.
 */
public final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<ExportTraceServiceRequest> traces = new CopyOnWriteArrayList<>();
    private final List<ExportMetricsServiceRequest> metrics = new CopyOnWriteArrayList<>();

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", exchange -> {
            traces.add(ExportTraceServiceRequest.parseFrom(body(exchange)));
            reply(exchange, ExportTraceServiceResponse.getDefaultInstance().toByteArray());
        });
        server.createContext("/v1/metrics", exchange -> {
            metrics.add(ExportMetricsServiceRequest.parseFrom(body(exchange)));
            reply(exchange, ExportMetricsServiceResponse.getDefaultInstance().toByteArray());
        });
        server.start();
    }

    /** The endpoint to give as {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span received so far. */
    public List<Span> spans() {
        return traces.stream().flatMap(r -> r.getResourceSpansList().stream())
                .flatMap(r -> r.getScopeSpansList().stream()).flatMap(s -> s.getSpansList().stream()).toList();
    }

    /** The service names of the resources that sent spans. */
    public List<String> serviceNames() {
        return traces.stream().flatMap(r -> r.getResourceSpansList().stream())
                .flatMap(r -> r.getResource().getAttributesList().stream())
                .filter(a -> a.getKey().equals("service.name")).map(a -> a.getValue().getStringValue()).distinct().toList();
    }

    /** Every metric received so far. */
    public List<Metric> metrics() {
        return metrics.stream().flatMap(r -> r.getResourceMetricsList().stream())
                .flatMap(r -> r.getScopeMetricsList().stream()).flatMap(s -> s.getMetricsList().stream()).toList();
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        return in.readAllBytes();
    }

    private static void reply(HttpExchange exchange, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
