package dev.baton.llm;

import dev.baton.advisor.Advisor;
import dev.baton.advisor.Review;
import dev.baton.advisor.ReviewParser;
import dev.baton.advisor.ReviewRequest;
import dev.baton.agent.AgentException;
import dev.baton.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code llm-judge} advisor: asks a chat model for a JSON verdict on the output against a
 * rubric ({@code with.rubric}, else a general one), and re-asks once, saying what was wrong, when
 * the answer is not a valid verdict. Its model settings are the stage's, overridden by
 * {@code judge_}-prefixed keys ({@code judge_model}, {@code judge_temperature}…; temperature 0 by
 * default); its token usage goes into the review's details.
 */
@ApplicationScoped
@Named("baton.advisor.llm-judge")
public class LlmJudge implements Advisor {

    static final String DEFAULT_RUBRIC = "Does the output do what the task asks, correctly, completely and clearly?";
    static final String SYSTEM_PROMPT = "You are a strict, fair reviewer. You answer with one JSON object and nothing else.";

    @Override
    public Review review(ReviewRequest request) {
        Map<String, Object> with = judgeWith(request.attempt().with());
        LlmSettings settings;
        try {
            settings = LlmSettings.of(System.getenv(), with);
        } catch (IllegalArgumentException e) {
            throw new AgentException("stage '" + request.attempt().stage() + "', llm-judge: " + e.getMessage());
        }
        String rubric = String.valueOf(request.attempt().with().getOrDefault("rubric", DEFAULT_RUBRIC));
        List<String> turns = new ArrayList<>(List.of(prompt(request, rubric)));
        List<Map<String, Object>> usage = new ArrayList<>();
        String problem = null;
        for (int ask = 1; ask <= 2; ask++) {
            LlmReply reply = LlmCalls.call(() -> LlmClient.chat(settings, turns), settings);
            usage.add(reply.usage());
            try {
                Review review = ReviewParser.parse(jsonPart(reply.text()));
                Map<String, Object> details = new LinkedHashMap<>(review.details());
                details.put("usage", usage);
                details.put("asks", ask);
                return new Review(review.score(), review.approved(), review.criticalIssues(), review.suggestions(), review.summary(), details);
            } catch (AgentException invalid) {
                problem = invalid.getMessage();
                turns.add(reply.text());
                turns.add("That answer is not a valid verdict: " + problem
                        + ". Answer again with only the JSON object, no other text.");
            }
        }
        throw new AgentException("llm-judge got no valid JSON verdict after asking twice: " + problem);
    }

    static String prompt(ReviewRequest request, String rubric) {
        Object output = request.content();
        String text = output instanceof String s ? s : Json.writePretty(output);
        return """
                Judge the OUTPUT of a pipeline stage against its TASK and the RUBRIC.
                Answer with one JSON object and nothing else:
                {"score": <number from 0 to 1>, "approved": <true|false>, "critical_issues": [<text>...], "suggestions": [<text>...], "summary": "<one or two sentences>"}
                Approve only outputs that reach a score of %s and have no critical issue.

                TASK:
                %s

                RUBRIC:
                %s

                OUTPUT:
                %s
                """.formatted(request.threshold(), request.attempt().task(), rubric, text);
    }

    /** The JSON object in an answer: inside a ```json fence if there is one, else from the first '{' to the last '}'. */
    static String jsonPart(String answer) {
        String a = answer.strip();
        int fence = a.indexOf("```");
        if (fence >= 0) {
            int start = a.indexOf('\n', fence);
            int end = a.indexOf("```", start + 1);
            if (start > 0 && end > start) {
                a = a.substring(start + 1, end).strip();
            }
        }
        int open = a.indexOf('{');
        int close = a.lastIndexOf('}');
        return open >= 0 && close > open ? a.substring(open, close + 1) : a;
    }

    private static Map<String, Object> judgeWith(Map<String, Object> with) {
        Map<String, Object> judge = new LinkedHashMap<>(with);
        judge.put("system_prompt", SYSTEM_PROMPT);
        judge.put("temperature", 0.0);
        with.forEach((k, v) -> {
            if (k.startsWith("judge_")) {
                judge.put(k.substring("judge_".length()), v);
            }
        });
        return judge;
    }
}
