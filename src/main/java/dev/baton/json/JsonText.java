package dev.baton.json;

/**
 * JSON text of strings, written by hand: what the translator needs, without starting Jackson
 * (whose first use in a process costs a fifth of a second) or paying its cost per call.
 */
public final class JsonText {

    private JsonText() {
    }

    /** The compact JSON array of some texts (the same text {@link Json#write} gives). */
    public static String stringArray(java.util.List<String> texts) {
        if (texts.isEmpty()) {
            return "[]";
        }
        StringBuilder json = new StringBuilder("[");
        for (String t : texts) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(string(t));
        }
        return json.append(']').toString();
    }

    /** A JSON string literal, as {@link Json#write} writes a text. */
    public static String string(String t) {
        StringBuilder json = new StringBuilder(t.length() + 2).append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
