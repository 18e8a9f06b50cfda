package dev.baton.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders templates kept as class-path resources (Jinja, through Jinjava, no HTML escaping) with a
 * map of values. The values are data: they are inserted as they are and never rendered as
 * templates themselves, whatever they hold. Names are strict: a name the values lack is an error.
 * The text keeps its trailing newline. Thread-safe.
 */
public final class ResourceTemplates {

    private static final Jinjava JINJAVA = new Jinjava(JinjavaConfig.newBuilder()
            .withFailOnUnknownTokens(true)
            .withNestedInterpretationEnabled(false)
            .withKeepTrailingNewline(true)
            .build());
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    private ResourceTemplates() {
    }

    /**
     * The rendered template.
     *
     * @param resource the template's path on the class path, e.g. {@code dev/baton/skeleton/styles.css.jinja}
     * @param values   the names the template uses, and their values (none null)
     * @throws TemplateException     when the template is not valid or uses a name {@code values} lacks
     * @throws UncheckedIOException  when there is no such resource
     */
    public static String render(String resource, Map<String, ?> values) {
        RenderResult result = JINJAVA.renderForResult(source(resource), Map.copyOf(values));
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL
                    || error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR) {
                throw new TemplateException(resource + " line " + error.getLineno() + ": " + error.getMessage());
            }
        }
        return result.getOutput();
    }

    /** The text of a class-path resource, read once. */
    static String source(String resource) {
        return SOURCES.computeIfAbsent(resource, ResourceTemplates::read);
    }

    private static String read(String resource) {
        try (InputStream in = ResourceTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no resource " + resource + " on the class path"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
