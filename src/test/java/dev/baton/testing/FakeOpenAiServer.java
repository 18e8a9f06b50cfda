package dev.baton.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.baton.json.Json;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server that speaks the OpenAI chat-completions protocol ({@code POST /v1/chat/completions}),
 * bound to 127.0.0.1, answering from a script: answers, HTTP errors, slow answers. It stands in for a
 * hosted model, which cannot exist here; everything between Baton and it is real HTTP.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    /** One scripted reply. */
    public record Reply(int status, String content, long delayMillis, int promptTokens, int completionTokens) {
    }

    /** One request as received. */
    public record Received(String authorization, JsonNode body) {
        /** The text of the last user message. */
        public String lastUserMessage() {
            String text = null;
            for (JsonNode m : body.get("messages")) {
                if ("user".equals(m.path("role").asText())) {
                    text = m.path("content").isTextual() ? m.path("content").asText() : m.path("content").toString();
                }
            }
            return text;
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.createContext("/v1/models", this::models);
        server.setExecutor(handlers);
        server.start();
    }

    /** The base URL to give as {@code BATON_LLM_BASE_URL}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public FakeOpenAiServer answer(String content) {
        return then(new Reply(200, content, 0, 11, 7));
    }

    public FakeOpenAiServer error(int status) {
        return then(new Reply(status, null, 0, 0, 0));
    }

    public FakeOpenAiServer slowAnswer(String content, long delayMillis) {
        return then(new Reply(200, content, delayMillis, 11, 7));
    }

    public synchronized FakeOpenAiServer then(Reply reply) {
        script.add(reply);
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), Json.tree(new String(request, StandardCharsets.UTF_8))));
        Reply reply;
        synchronized (this) {
            reply = script.isEmpty() ? new Reply(200, "ok", 0, 1, 1) : script.poll();
        }
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body = reply.status() == 200
                ? Json.write(Map.of("id", "chatcmpl-fake", "object", "chat.completion", "created", 1_700_000_000, "model", "fake-model",
                        "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                                "message", Map.of("role", "assistant", "content", reply.content()))),
                        "usage", Map.of("prompt_tokens", reply.promptTokens(), "completion_tokens", reply.completionTokens(),
                                "total_tokens", reply.promptTokens() + reply.completionTokens())))
                : Json.write(Map.of("error", Map.of("message", "scripted failure " + reply.status(), "type", "server_error")));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    /** {@code GET /v1/models}: the one model this server plays, {@code fake-model}. */
    private void models(HttpExchange exchange) throws IOException {
        byte[] bytes = Json.write(Map.of("object", "list", "data", List.of(Map.of("id", "fake-model", "object", "model"))))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow(); // a slow answer still waiting is not sent
    }
}
