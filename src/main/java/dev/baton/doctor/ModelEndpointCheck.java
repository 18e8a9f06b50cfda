package dev.baton.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.llm.LlmSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAI-compatible endpoint of {@code BATON_LLM_BASE_URL}: reachable, accepting the key, and
 * knowing the model of {@code BATON_LLM_MODEL} ({@code GET /models}). The key is sent as the
 * stages send it and never shown.
 */
final class ModelEndpointCheck {

    private ModelEndpointCheck() {
    }

    static Check run(Map<String, String> env, boolean needed) {
        String subject = "model endpoint";
        if (!LlmSettings.configured(env)) {
            return Check.missing(subject, needed, "not configured (the llm agent and the llm-judge advisor need one)",
                    "set " + LlmSettings.ENV_BASE_URL + " (e.g. http://127.0.0.1:8000/v1) and " + LlmSettings.ENV_MODEL);
        }
        LlmSettings settings;
        try {
            settings = LlmSettings.of(env, Map.of());
        } catch (IllegalArgumentException e) {
            return Check.missing(subject, needed, e.getMessage(), "set " + LlmSettings.ENV_MODEL);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/models"))
                .timeout(Duration.ofSeconds(10)).GET();
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            return Check.missing(subject, needed, "cannot reach " + settings.baseUrl() + ": " + reason(e),
                    "start the model server, or set " + LlmSettings.ENV_BASE_URL + " to where it listens");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.missing(subject, needed, "interrupted", null);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            return Check.missing(subject, needed, settings.baseUrl() + " refused the key (HTTP " + response.statusCode() + ")",
                    "set " + LlmSettings.ENV_API_KEY + " to a key this server accepts");
        }
        if (response.statusCode() != 200) {
            return new Check(subject, Check.Verdict.WARN, settings.baseUrl() + " answers, but does not list its models (HTTP "
                    + response.statusCode() + "): model '" + settings.model() + "' not checked", null);
        }
        List<String> models = new ArrayList<>();
        try {
            JsonNode data = Json.tree(response.body()).path("data");
            data.forEach(m -> models.add(m.path("id").asText()));
        } catch (RuntimeException notJson) {
            return new Check(subject, Check.Verdict.WARN, settings.baseUrl() + "/models is not an OpenAI model list", null);
        }
        if (!models.contains(settings.model())) {
            return Check.missing(subject, needed, settings.baseUrl() + " does not know model '" + settings.model() + "'; it has: "
                    + (models.isEmpty() ? "none" : String.join(", ", models)), "set " + LlmSettings.ENV_MODEL + " to one of those");
        }
        return Check.ok(subject, settings.baseUrl() + ", model '" + settings.model() + "' known");
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
