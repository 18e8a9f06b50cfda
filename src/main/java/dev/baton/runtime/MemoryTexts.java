package dev.baton.runtime;

import dev.baton.json.Json;
import dev.baton.message.Msg;
import dev.baton.pipeline.Position;
import dev.baton.pipeline.Problem;
import dev.baton.stage.Memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Initial memory as a run's job parameters: entries given as texts (each read back as its JSON
 * value when it is JSON, else as the text), checked and made {@link JobParameters}.
 */
public final class MemoryTexts {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private MemoryTexts() {
    }

    /**
     * The text of a JSON value that memory reads back as the same value: a string stays itself
     * unless it would read as another JSON value, in which case it is written as a JSON string.
     */
    public static String text(Object value) {
        if (value instanceof String s) {
            return Objects.equals(Memory.parameterValue(s), s) ? s : Json.write(s);
        }
        return Json.write(value);
    }

    /**
     * The values memory reads from texts, by key (each text's JSON value when it is JSON, else the
     * text): what a client sends for the texts a user gave, which {@link #texts} turns back into them.
     */
    public static Map<String, Object> values(Map<String, String> texts) {
        Map<String, Object> values = new LinkedHashMap<>();
        texts.forEach((key, text) -> values.put(key, Memory.parameterValue(text)));
        return values;
    }

    /** The texts of JSON values, by key. */
    public static Map<String, String> texts(Map<String, Object> values) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((key, value) -> texts.put(key, text(value)));
        return texts;
    }

    /**
     * The job parameters of memory texts and other settings.
     *
     * @param memory   memory entries by key
     * @param settings parameters that steer the run (reserved names such as {@code baton.failFast})
     * @throws RunRefusedException if a key is not a name, a key names a stage ({@code stageNames}),
     *                             or the parameters would not fit in the job repository
     */
    static Properties parameters(Map<String, String> memory, Map<String, String> settings, Collection<String> stageNames,
                                 String source) {
        checkKeys(memory, source);
        List<Problem> clashes = new ArrayList<>();
        for (String key : memory.keySet()) {
            for (String stage : stageNames) {
                if (key.equals(stage) || key.startsWith(stage + ".")) {
                    clashes.add(problem(source, Msg.MEMORY_CLASH, key));
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new RunRefusedException(RunRefusedException.Reason.CANNOT_RUN, clashes);
        }
        Map<String, String> all = new LinkedHashMap<>(memory);
        all.putAll(settings);
        try {
            return JobParameters.of(all);
        } catch (IllegalArgumentException tooLong) {
            throw new RunRefusedException(RunRefusedException.Reason.CANNOT_RUN,
                    List.of(new Problem(source, Position.NONE, Msg.PARAMETERS_TOO_LONG.code(), tooLong.getMessage())));
        }
    }

    /**
     * Checks that every key is a memory key: a name (letters, digits, {@code _} and {@code .},
     * starting with a letter or {@code _}) without a prefix the runtime reserves.
     *
     * @throws RunRefusedException listing every key that is not
     */
    static void checkKeys(Map<String, String> memory, String source) {
        List<Problem> badKeys = new ArrayList<>();
        for (String key : memory.keySet()) {
            if (!KEY.matcher(key).matches() || !Memory.isMemoryKey(key)) {
                badKeys.add(problem(source, Msg.BAD_MEMORY_KEY, key));
            }
        }
        if (!badKeys.isEmpty()) {
            throw new RunRefusedException(RunRefusedException.Reason.BAD_REQUEST, badKeys);
        }
    }

    private static Problem problem(String source, Msg msg, Object... args) {
        return new Problem(source, Position.NONE, msg.code(), msg.format(args));
    }
}
