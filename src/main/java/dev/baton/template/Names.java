package dev.baton.template;

import java.util.Map;

/**
 * The names a task template sees, each resolved when the template reads it: a render costs what
 * the template reads, not what the memory holds.
 */
@FunctionalInterface
public interface Names {

    /** The value of a top-level name ({@code idea}, {@code requirements} of {@code requirements.content}), or null when it is not defined. */
    Object resolve(String name);

    /** The names of a flat memory ({@code NAME.content} keys), as {@link TemplateContext} nests them. */
    static Names of(Map<String, Object> flat) {
        Map<String, Object> nested = TemplateContext.of(flat);
        return nested::get;
    }
}
