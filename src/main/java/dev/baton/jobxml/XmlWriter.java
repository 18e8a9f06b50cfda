package dev.baton.jobxml;

import java.util.Map;

/** A small indenting writer of XML text; escapes attribute values so that they survive attribute normalisation. */
final class XmlWriter {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    void line(String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
    }

    /** Opens an element with attributes given as name, value pairs. */
    void open(String element, String... attributes) {
        StringBuilder tag = new StringBuilder("<").append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            tag.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        line(tag.append('>').toString());
        depth++;
    }

    void close(String element) {
        depth--;
        line("</" + element + ">");
    }

    /** A {@code <properties>} element; values pass through {@link PropertyValues#encode}. */
    void properties(Map<String, String> properties) {
        open("properties");
        properties.forEach((name, value) ->
                line("<property name=\"" + escape(name) + "\" value=\"" + escape(PropertyValues.encode(value)) + "\"/>"));
        close("properties");
    }

    /** Attribute-safe text: markup characters, quotes, and whitespace other than spaces as character references. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Text that cannot end an XML comment. */
    static String commentSafe(String text) {
        return text.replace("--", "- -");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
