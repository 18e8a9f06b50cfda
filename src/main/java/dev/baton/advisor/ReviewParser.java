package dev.baton.advisor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.agent.AgentException;
import dev.baton.json.Json;
import dev.baton.message.Msg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a review from JSON text: {@code score} (0..1) and {@code approved} are required;
 * {@code critical_issues} and {@code suggestions} are lists (of texts, or of objects, which are kept
 * as their JSON); {@code summary} is a text; every other field goes into {@code details}.
 */
public final class ReviewParser {

    private ReviewParser() {
    }

    /**
     * The review in {@code text}.
     *
     * @throws AgentException if the text is not such a review (the message says why)
     */
    public static Review parse(String text) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text.strip());
        } catch (Exception e) {
            throw new AgentException(Msg.ADVISOR_BAD_OUTPUT.format("not JSON: " + abbreviate(text)));
        }
        if (node == null || !node.isObject()) {
            throw new AgentException(Msg.ADVISOR_BAD_OUTPUT.format("not a JSON object: " + abbreviate(text)));
        }
        JsonNode score = node.get("score");
        if (score == null || !score.isNumber() || score.asDouble() < 0 || score.asDouble() > 1) {
            throw new AgentException(Msg.ADVISOR_BAD_OUTPUT.format("'score' must be a number from 0 to 1"));
        }
        JsonNode approved = node.get("approved");
        if (approved == null || !approved.isBoolean()) {
            throw new AgentException(Msg.ADVISOR_BAD_OUTPUT.format("'approved' must be true or false"));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!List.of("score", "approved", "critical_issues", "suggestions", "summary").contains(e.getKey())) {
                details.put(e.getKey(), Json.plain(e.getValue()));
            }
        });
        return new Review(score.asDouble(), approved.asBoolean(), texts(node.get("critical_issues")),
                texts(node.get("suggestions")), node.path("summary").asText(""), details);
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> texts.add(item.isTextual() ? item.asText() : item.toString()));
        } else if (list != null && list.isTextual() && !list.asText().isBlank()) {
            texts.add(list.asText());
        }
        return texts;
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 200 ? "'" + t + "'" : "'" + t.substring(0, 200) + "…'";
    }
}
