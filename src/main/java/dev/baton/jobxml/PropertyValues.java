package dev.baton.jobxml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keeps property values intact through JSR-352 property substitution. The batch runtime treats
 * {@code #{...}} in any property value as an expression (and fails on one it cannot parse, such
 * as the CSS {@code color: #{{ primary_color }}}); the specification has no escape. A value that
 * contains {@code #{} is therefore written as {@value #MARKER} followed by its UTF-8 bytes in
 * Base64, and every other value as it is.
 */
public final class PropertyValues {

    /** The prefix of an encoded value. */
    public static final String MARKER = "baton-base64:";

    private PropertyValues() {
    }

    /** The value as it is written in job XML. */
    public static String encode(String value) {
        if (value.contains("#{") || value.startsWith(MARKER)) {
            return MARKER + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        }
        return value;
    }

    /** The value a property held before {@link #encode}; null stays null. */
    public static String decode(String written) {
        if (written != null && written.startsWith(MARKER)) {
            return new String(Base64.getDecoder().decode(written.substring(MARKER.length())), StandardCharsets.UTF_8);
        }
        return written;
    }
}
