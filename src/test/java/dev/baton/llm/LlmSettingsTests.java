package dev.baton.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTests {

    private static final Map<String, String> ENV = Map.of("BATON_LLM_BASE_URL", "http://127.0.0.1:9/v1",
            "BATON_LLM_API_KEY", "sk-secret", "BATON_LLM_MODEL", "m1", "OTHER_KEY", "sk-other");

    @Test
    void theStageOverridesTheEnvironmentButNeverHoldsTheKey() {
        LlmSettings s = LlmSettings.of(ENV, Map.of("model", "m2", "temperature", 0.3, "max_tokens", 100, "timeout", 5,
                "api_key_env", "OTHER_KEY", "system_prompt", "Be brief."));
        assertEquals(new LlmSettings("http://127.0.0.1:9/v1", "sk-other", "m2", 0.3, 100, Duration.ofSeconds(5), 2, "Be brief."), s);
        assertFalse(s.toString().contains("sk-other"), s.toString());
        assertTrue(s.toString().contains("apiKey=(set)"));
    }

    @Test
    void missingEndpointOrModelAndBadNumbersAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LlmSettings.of(Map.of(), Map.of()))
                .getMessage().contains("BATON_LLM_BASE_URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LlmSettings.of(Map.of("BATON_LLM_BASE_URL", "http://x"), Map.of()))
                .getMessage().contains("BATON_LLM_MODEL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LlmSettings.of(ENV, Map.of("temperature", "hot")))
                .getMessage().contains("with.temperature must be a number"));
    }

    @Test
    void theJudgesJsonIsFoundInFencesAndProse() {
        assertEquals("{\"score\": 1}", LlmJudge.jsonPart("```json\n{\"score\": 1}\n```"));
        assertEquals("{\"score\": 1, \"x\": {}}", LlmJudge.jsonPart("Here you go: {\"score\": 1, \"x\": {}} Hope it helps."));
        assertEquals("no json", LlmJudge.jsonPart("no json"));
    }
}
