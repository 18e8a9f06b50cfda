package dev.baton.template;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.filter.Filter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Jinjava engines Baton renders with. A template is the pipeline author's text, and only it
 * is rendered: values (memory, upstream outputs) are data, never interpreted again; a template
 * reads no file or class-path resource ({@code include}, {@code import}, {@code from},
 * {@code extends} are refused); and what one render may produce and do is bounded.
 */
final class Engines {

    /** Characters a rendered task may have. */
    static final long MAX_OUTPUT = 8L * 1024 * 1024;
    /** The longest {@code range(...)}. */
    static final int MAX_RANGE = 10_000;
    /** Filters that exist to replace a missing value. */
    private static final List<String> LENIENT_FILTERS = List.of("default", "d");
    private static final Set<String> FILE_TAGS = Set.of("include", "import", "from", "extends");

    private Engines() {
    }

    /** The engine of renders: undefined names are errors ({@link StrictFilter} keeps them undefined through filters). */
    static Jinjava strict() {
        Jinjava jinjava = create(base().withFailOnUnknownTokens(true));
        for (Filter filter : List.copyOf(jinjava.getGlobalContext().getAllFilters())) {
            if (!LENIENT_FILTERS.contains(filter.getName())) {
                jinjava.getGlobalContext().registerFilter(new StrictFilter(filter));
            }
        }
        return jinjava;
    }

    /** The engine of syntax checks: every branch is rendered (Jinjava's validation mode), undefined names are allowed. */
    static Jinjava validating() {
        return create(base().withValidationMode(true));
    }

    private static JinjavaConfig.Builder base() {
        return JinjavaConfig.newBuilder()
                .withNestedInterpretationEnabled(false)
                .withMaxOutputSize(MAX_OUTPUT)
                .withMaxStringLength(MAX_OUTPUT)
                .withRangeLimit(MAX_RANGE)
                .withDisabled(Map.of(Context.Library.TAG, FILE_TAGS))
                .withNodePreProcessor(RenderBudget::count);
    }

    private static Jinjava create(JinjavaConfig.Builder config) {
        Jinjava jinjava = new Jinjava(config.build());
        jinjava.getGlobalContext().registerTag(new CountedForTag());
        jinjava.getGlobalContext().setDynamicVariableResolver(RenderNames::resolve);
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new IOException("a task template reads no file: " + name);
        });
        return jinjava;
    }
}
