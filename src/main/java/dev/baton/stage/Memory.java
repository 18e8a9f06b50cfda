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

    /**
     * The snapshot a stage sees: the initial memory, then the outputs of its dependencies in
     * order. Values are fresh copies: nothing the stage does to them reaches another stage.
     */
    public static Map<String, Object> snapshot(Map<String, Object> initial, List<String> dependencies,
                                               Map<String, StageResult> results) {
        Map<String, Object> memory = copy(initial);
        for (String dependency : dependencies) {
            StageResult result = results.get(dependency);
            if (result != null) {
                memory.putAll(contributions(result));
            }
        }
        return memory;
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

    /** A deep copy of a memory map. */
    public static Map<String, Object> copy(Map<String, Object> memory) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = Json.MAPPER.convertValue(memory, LinkedHashMap.class);
        return copy;
    }

    private static Object copyValue(Object value) {
        return value == null ? null : Json.MAPPER.convertValue(value, Object.class);
    }
}
