package dev.baton.jobxml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keeps property values intact through JSR-352 property substitution. The batch runtime treats
 * {@code #{...}} in any property value as an expression (and fails on one it cannot parse, such
 * as the CSS {@code color: #{{ primary_color }}}); the specification has no escape. And XML 1.0
 * cannot hold most control characters (an escape sequence in a task), not even as character
 * references. A value that contains {@code #{} or such a character is therefore written as
 * {@value #MARKER} followed by its UTF-8 bytes in Base64, and every other value as it is.
 */
public final class PropertyValues {

    /** The prefix of an encoded value. */
    public static final String MARKER = "baton-base64:";

    private PropertyValues() {
    }

    /** The value as it is written in job XML. */
    public static String encode(String value) {
        if (value.contains("#{") || value.startsWith(MARKER) || !isXmlText(value)) {
            return MARKER + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        }
        return value;
    }

    /** Whether every character of the text may appear in an XML 1.0 document (control characters other than tab and line breaks may not). */
    static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The value a property held before {@link #encode}; null stays null. */
    public static String decode(String written) {
        if (written != null && written.startsWith(MARKER)) {
            return new String(Base64.getDecoder().decode(written.substring(MARKER.length())), StandardCharsets.UTF_8);
        }
        return written;
    }
}
