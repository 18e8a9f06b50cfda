package dev.baton.skeleton;

/** Escaping for text placed in generated HTML. */
public final class Html {

    private Html() {
    }

    /** Text for an element's content or a double-quoted attribute value. */
    public static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
