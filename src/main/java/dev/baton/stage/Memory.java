package dev.baton.stage;

import dev.baton.record.StageResult;
import dev.baton.record.ArtifactRecord;
import dev.baton.json.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A stage's memory: a flat map from keys to JSON-like plain values. It holds the initial memory
 * (the pipeline's {@code memory:}, overridden by job parameters) and, for each stage the stage
 * depends on directly or not, {@code NAME.content}, {@code NAME.artifacts} and
 * {@code NAME.review}, and nothing else: never the output of a stage it does not depend on,
 * whatever finished first.
 */
public final class Memory {

    /** Job parameters with these prefixes steer the runtime and are not memory. */
    private static final List<String> RESERVED_PREFIXES = List.of("baton.", "jberet.", "jakarta.", "javax.", "org.jberet.");

    private Memory() {
    }

    /**
     * The initial memory of a run.
     *
     * @param pipelineMemory the job's {@code baton.memory} property, a JSON object, or null
     * @param jobParameters  the execution's job parameters; every parameter without a reserved
     *                       prefix is a memory value, read as JSON when it is JSON, else as text
     */
    public static Map<String, Object> initial(String pipelineMemory, Properties jobParameters) {
        Map<String, Object> memory = new LinkedHashMap<>();
        if (pipelineMemory != null && !pipelineMemory.isBlank()) {
            memory.putAll(Json.readMap(pipelineMemory));
        }
        if (jobParameters != null) {
            for (String key : new TreeSet<>(jobParameters.stringPropertyNames())) {
                if (isMemoryKey(key)) {
                    memory.put(key, parameterValue(jobParameters.getProperty(key)));
                }
            }
        }
        return memory;
    }

    /** Whether a job parameter of that name is a memory value. */
    public static boolean isMemoryKey(String key) {
        return RESERVED_PREFIXES.stream().noneMatch(key::startsWith);
    }

    /** A job parameter's text as a memory value: its JSON value when it is JSON, else the text itself. */
    public static Object parameterValue(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return text;
        }
        try {
            return Json.plain(Json.MAPPER.readTree(trimmed));
        } catch (Exception notJson) {
            return text;
        }
    }

    /** What a finished stage adds to the memory of stages downstream. */
    public static Map<String, Object> contributions(StageResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(result.stage() + ".content", copyValue(result.content()));
        out.put(result.stage() + ".artifacts", result.artifacts().stream().map(ArtifactRecord::path).toList());
        if (result.review() != null) {
            out.put(result.stage() + ".review", Json.MAPPER.convertValue(result.review(), Object.class));
        }
        return out;
    }

    /** One field ({@code content}, {@code artifacts} or {@code review}) of what a finished stage adds to memory, or null. */
    static Object contribution(StageResult result, String field) {
        return switch (field) {
            case "content" -> copyValue(result.content());
            case "artifacts" -> result.artifacts().stream().map(ArtifactRecord::path).toList();
            case "review" -> result.review() == null ? null : Json.MAPPER.convertValue(result.review(), Object.class);
            default -> null;
        };
    }

    /** A deep copy of a memory value (texts, numbers and booleans are immutable and stay themselves). */
    static Object copyValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return Json.MAPPER.convertValue(value, Object.class);
    }
}
