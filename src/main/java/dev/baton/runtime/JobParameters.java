package dev.baton.runtime;

import dev.baton.message.Msg;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Job parameters of a run. JBeret's JDBC repository keeps an execution's parameters, as
 * {@link Properties#store} writes them, in a column of {@value #LIMIT} characters; a run whose
 * parameters would not fit is refused before it starts, rather than failing half-written.
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
        p.putAll(entries);
        int size = storedSize(p);
        if (size > LIMIT) {
            throw new IllegalArgumentException(Msg.PARAMETERS_TOO_LONG.format(size, LIMIT));
        }
        return p;
    }

    static int storedSize(Properties p) {
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().length();
    }
}
