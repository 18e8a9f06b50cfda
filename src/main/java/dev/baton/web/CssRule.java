package dev.baton.web;

import java.util.Map;

/**
 * One style rule of a stylesheet.
 *
 * @param selector     its selector list, as written (whitespace collapsed)
 * @param declarations its declarations, property (lower case) to value, in order; a property
 *                     declared twice keeps its last value
 * @param line         the line its selector starts on, in the file that holds it
 * @param media        the condition of the {@code @media}/{@code @supports} block it is in, or the empty text
 */
public record CssRule(String selector, Map<String, String> declarations, int line, String media) {

    public CssRule {
        declarations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(declarations));
    }

    /** The value of a property, or null. */
    public String get(String property) {
        return declarations.get(property);
    }
}
