package dev.baton.document;

import dev.baton.agent.AgentOutput;
import dev.baton.agent.AgentRequest;
import dev.baton.agent.Artifact;
import dev.baton.json.Json;
import dev.baton.llm.LlmCalls;
import dev.baton.llm.LlmReply;
import dev.baton.llm.LlmSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writing roles' way with a model: when an LLM is configured ({@code BATON_LLM_BASE_URL} and
 * {@code BATON_LLM_MODEL}, see {@link LlmSettings}), the document is written by it, from the task,
 * the upstream outputs and input files, and the last review's points, with the offline draft as a
 * starting point. Without a configured model, nothing happens here and the offline writer's text
 * stands.
 */
final class LlmDrafting {

    private static final int MAX_CONTEXT_CHARS = 24_000;

    private LlmDrafting() {
    }

    /** The model's document, when a model is configured. */
    static Optional<AgentOutput> write(AgentRequest request, String role, String offlineDraft) {
        Map<String, String> env = System.getenv();
        if (!LlmSettings.configured(env)) {
            return Optional.empty();
        }
        Map<String, Object> with = new java.util.LinkedHashMap<>(request.with());
        with.putIfAbsent("system_prompt", "You are the " + role + " of a small product team. You write clear, concrete Markdown"
                + " documents. Answer with the document only.");
        LlmSettings settings = LlmSettings.of(env, with);
        LlmReply reply = LlmCalls.call(() -> dev.baton.llm.LlmClient.chat(settings, List.of(prompt(request, offlineDraft))), settings);
        byte[] bytes = reply.text().getBytes(StandardCharsets.UTF_8);
        List<Artifact> artifacts = request.outputs().stream().map(p -> new Artifact(p, bytes)).toList();
        return Optional.of(new AgentOutput(reply.text(), artifacts, Map.of("usage", reply.usage(), "writer", "llm")));
    }

    static String prompt(AgentRequest request, String offlineDraft) {
        StringBuilder p = new StringBuilder("TASK:\n").append(request.task().isBlank() ? "(no task text)" : request.task()).append("\n");
        StringBuilder context = new StringBuilder();
        request.memory().forEach((key, value) -> {
            if (key.endsWith(".content") && value != null) {
                context.append("\n--- output of stage ").append(key, 0, key.length() - ".content".length()).append(" ---\n")
                        .append(value instanceof String s ? s : Json.writePretty(value)).append('\n');
            }
        });
        for (String input : request.inputs()) {
            try {
                context.append("\n--- file ").append(input).append(" ---\n")
                        .append(Files.readString(request.runFolder().resolve(input), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException | RuntimeException unreadable) {
                context.append("\n--- file ").append(input).append(" (unreadable) ---\n");
            }
        }
        if (context.length() > 0) {
            p.append("\nCONTEXT:").append(context.length() > MAX_CONTEXT_CHARS ? context.substring(0, MAX_CONTEXT_CHARS) + "\n…" : context);
        }
        Object review = request.memory().get(request.stage() + ".last_review");
        if (review != null) {
            p.append("\nTHE REVIEWER'S POINTS ON YOUR LAST VERSION (address each one):\n").append(Json.writePretty(review)).append('\n');
        }
        p.append("\nA DRAFT TO START FROM (keep its structure where it serves the task):\n").append(offlineDraft);
        return p.toString();
    }
}
