package dev.baton.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small client of Baton's REST API for tests: JSON in and out, one authorization header. */
public final class ApiClient {

    /** A response: status, body, and the Location header when there is one. */
    public record Reply(int status, String body, String location, String contentType) {
        public JsonNode json() {
            return Json.tree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** One Server-Sent Event. */
    public record SseEvent(String name, String id, String data) {
    }

    private static final Set<String> ACTIVE = Set.of("STARTING", "STARTED", "STOPPING");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    /**
     * @param base          the API's root, ending with {@code /api/}
     * @param authorization the Authorization header's value, or null for none
     */
    public ApiClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API with another authorization. */
    public ApiClient as(String otherAuthorization) {
        return new ApiClient(base, otherAuthorization);
    }

    /** The API's root. */
    public URI base() {
        return base;
    }

    /** The Authorization header this client sends, or null. */
    public String authorization() {
        return authorization;
    }

    /** A value as a JSON body. */
    public static String json(Object value) {
        return dev.baton.json.Json.write(value);
    }

    public Reply get(String path) throws Exception {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) throws Exception {
        HttpRequest.Builder b = request(path);
        if (json == null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(b);
    }

    /** A POST as a web page of another site could send it: a body of the given type, or none. */
    public Reply postAs(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET, with every header of the answer. */
    public HttpResponse<String> getWithHeaders(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public Reply postYaml(String path, String yaml) throws Exception {
        return send(request(path).header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)));
    }

    public Reply putYaml(String path, String yaml) throws Exception {
        return send(request(path).header("Content-Type", "application/yaml").PUT(HttpRequest.BodyPublishers.ofString(yaml)));
    }

    /** Waits until an execution has ended and returns it. */
    public JsonNode await(long executionId) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            Reply r = get("executions/" + executionId);
            if (r.status() != 200) {
                throw new AssertionError("GET executions/" + executionId + ": " + r);
            }
            JsonNode execution = r.json();
            if (!ACTIVE.contains(execution.path("status").asText())) {
                return execution;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("execution " + executionId + " did not end: " + r);
            }
            Thread.sleep(100);
        }
    }

    /** Reads a Server-Sent Events stream to its end (the server closes it). */
    public List<SseEvent> events(String path) throws Exception {
        return events(path, null);
    }

    /** Reads a Server-Sent Events stream to its end, resuming after the event {@code lastEventId} (null: from the start). */
    public List<SseEvent> events(String path, String lastEventId) throws Exception {
        HttpRequest.Builder b = request(path).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).GET();
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        List<SseEvent> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new SseEvent(name, id, data.toString()));
                    }
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        }
        return events;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                r.headers().firstValue("Content-Type").orElse(null));
    }
}
