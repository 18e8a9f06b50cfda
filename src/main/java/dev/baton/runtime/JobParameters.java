package dev.baton.runtime;

import dev.baton.message.Msg;

import dev.baton.stage.Memory;
import dev.baton.json.Json;

import java.util.Map;
import java.util.Properties;

/**
 * Job parameters of a run. JBeret's JDBC repository keeps an execution's parameters as lines of
 * {@code key=value} in a column of {@value #LIMIT} characters: a value with a line break would come
 * back cut (or as another parameter), so such a value is stored as its JSON string, which memory
 * reads back as the same text; and a run whose parameters would not fit is refused before it
 * starts, rather than failing half-written.
 */
public final class JobParameters {

    /** What the job repository keeps. */
    public static final int LIMIT = 3000;

    private JobParameters() {
    }

    /**
     * The parameters of these entries.
     *
     * @throws IllegalArgumentException if they would not fit in the job repository
     */
    public static Properties of(Map<String, String> entries) {
        Properties p = new Properties();
        entries.forEach((k, v) -> p.setProperty(k, singleLine(v)));
        int size = storedSize(p);
        if (size > LIMIT) {
            throw new IllegalArgumentException(Msg.PARAMETERS_TOO_LONG.format(size, LIMIT));
        }
        return p;
    }

    /** The value as one line: unchanged when it has no line break, else as JSON (its JSON value compacted, or a JSON string). */
    static String singleLine(String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        Object parsed = Memory.parameterValue(value);
        return Json.write(parsed);
    }

    /** The characters the repository stores for these parameters, counted as JBeret writes them. */
    static int storedSize(Properties p) {
        int size = 0;
        for (String key : p.stringPropertyNames()) {
            size += key.length() + 1 + p.getProperty(key).length() + 1;
        }
        return size;
    }
}
