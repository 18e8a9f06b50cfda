package dev.baton.jobxml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.Json;
import dev.baton.json.JsonText;
import dev.baton.pipeline.AdvisorRef;
import dev.baton.pipeline.Decision;
import dev.baton.pipeline.OnReject;
import dev.baton.plan.StageSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The batchlet properties that carry a {@link StageSpec} in the job XML, and their two
 * directions: written by the translator, read back by the stage batchlet. Lists and maps are
 * JSON; values that are absent or at their default (no advisors, one attempt, no inputs or
 * outputs, {@code on_reject: fail}, no parameters, no dependencies) are omitted, and read back as
 * those defaults.
 */
public final class StageProperties {

    public static final String STAGE = "stage";
    public static final String AGENT = "agent";
    public static final String ADVISORS = "advisors";
    public static final String DECISION = "decision";
    public static final String TASK = "task";
    public static final String CATEGORY = "category";
    public static final String THRESHOLD = "threshold";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    public static final String TIMEOUT = "timeoutSeconds";
    public static final String INPUTS = "inputs";
    public static final String OUTPUTS = "outputs";
    public static final String ON_REJECT = "onReject";
    public static final String WITH = "with";
    public static final String DEPENDENCIES = "dependencies";
    public static final String WAVE = "wave";

    private static final String EMPTY_LIST = "[]";

    private StageProperties() {
    }

    /** The properties of a stage, in a fixed order. */
    public static Map<String, String> write(StageSpec spec) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(STAGE, spec.name());
        p.put(AGENT, spec.agent());
        if (!spec.advisors().isEmpty()) {
            p.put(ADVISORS, Json.write(spec.advisors()));
            p.put(DECISION, spec.decision().yamlName());
        }
        putIfPresent(p, TASK, spec.task());
        putIfPresent(p, CATEGORY, spec.category());
        putIfPresent(p, THRESHOLD, spec.threshold() == null ? null : number(spec.threshold()));
        if (spec.maxAttempts() != 1) {
            p.put(MAX_ATTEMPTS, Integer.toString(spec.maxAttempts()));
        }
        putIfPresent(p, TIMEOUT, spec.timeoutSeconds() == null ? null : number(spec.timeoutSeconds()));
        if (!spec.inputs().isEmpty()) {
            p.put(INPUTS, JsonText.stringArray(spec.inputs()));
        }
        if (!spec.outputs().isEmpty()) {
            p.put(OUTPUTS, JsonText.stringArray(spec.outputs()));
        }
        if (spec.onReject() != OnReject.FAIL) {
            p.put(ON_REJECT, spec.onReject().yamlName());
        }
        if (!spec.with().isEmpty()) {
            p.put(WITH, Json.write(spec.with()));
        }
        if (!spec.dependencies().isEmpty()) {
            p.put(DEPENDENCIES, JsonText.stringArray(spec.dependencies()));
        }
        p.put(WAVE, Integer.toString(spec.wave()));
        return p;
    }

    /**
     * The spec a stage's properties describe.
     *
     * @param property the value of a property by name, null when absent
     * @throws IllegalArgumentException if a required property is missing or malformed
     */
    public static StageSpec read(Function<String, String> property) {
        List<AdvisorRef> advisors = new ArrayList<>();
        String advisorList = orDefault(property, ADVISORS, EMPTY_LIST);
        // most stages have no advisor, no inputs or outputs and nothing under with: nothing to parse (read per stage)
        for (JsonNode a : advisorList.equals(EMPTY_LIST) ? List.<JsonNode>of() : Json.tree(advisorList)) {
            advisors.add(new AdvisorRef(a.path("name").asText(), a.path("weight").asDouble(1.0)));
        }
        String with = orDefault(property, WITH, "{}");
        return new StageSpec(
                required(property, STAGE),
                required(property, AGENT),
                advisors,
                Decision.valueOf(orDefault(property, DECISION, "majority").toUpperCase(Locale.ROOT)),
                blankToNull(property.apply(TASK)),
                blankToNull(property.apply(CATEGORY)),
                doubleOrNull(property.apply(THRESHOLD)),
                Integer.parseInt(orDefault(property, MAX_ATTEMPTS, "1")),
                doubleOrNull(property.apply(TIMEOUT)),
                strings(orDefault(property, INPUTS, EMPTY_LIST)),
                strings(orDefault(property, OUTPUTS, EMPTY_LIST)),
                OnReject.valueOf(orDefault(property, ON_REJECT, "fail").toUpperCase(Locale.ROOT)),
                with.equals("{}") ? new LinkedHashMap<>() : Json.readMap(with),
                strings(orDefault(property, DEPENDENCIES, EMPTY_LIST)),
                Integer.parseInt(orDefault(property, WAVE, "1")));
    }

    private static List<String> strings(String json) {
        List<String> strings = new ArrayList<>();
        if (!json.equals(EMPTY_LIST)) {
            for (JsonNode e : Json.tree(json)) {
                strings.add(e.isNull() ? null : e.asText());
            }
        }
        return strings;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void putIfPresent(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static String required(Function<String, String> property, String key) {
        String v = property.apply(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("the stage's batchlet property '" + key + "' is missing from the job XML");
        }
        return v;
    }

    private static String orDefault(Function<String, String> property, String key, String fallback) {
        String v = property.apply(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }

    private static Double doubleOrNull(String v) {
        return v == null || v.isEmpty() ? null : Double.valueOf(v);
    }
}
