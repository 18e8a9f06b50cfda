package dev.baton.code;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for writing and reading Python source: string literals, docstring lines, top-level functions. */
public final class PythonText {

    private static final Pattern TOP_DEF = Pattern.compile("^def\\s+(\\w+)\\s*\\(", Pattern.MULTILINE);

    private PythonText() {
    }

    /** A text as the body of a triple-quoted string that starts with a backslash-newline. */
    public static String tripleQuotedBody(String text) {
        return text.replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    }

    /** A text as a double-quoted Python string literal. */
    public static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** A text fit for a docstring: no triple quotes, no backslashes, wrapped at {@code width}. */
    public static List<String> docLines(String text, int width) {
        String clean = text.replace("\"\"\"", "'''").replace("\\", "/");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A module docstring: a first line, a blank line and wrapped detail lines, ending with a newline. */
    public static String moduleDocstring(String summary, String detail) {
        StringBuilder doc = new StringBuilder("\"\"\"").append(docLines(summary, 90).get(0)).append('\n');
        List<String> rest = new ArrayList<>(docLines(summary, 90).subList(1, docLines(summary, 90).size()));
        rest.addAll(detail.isBlank() ? List.of() : docLines(detail, 90));
        if (!rest.isEmpty()) {
            doc.append('\n');
            rest.forEach(l -> doc.append(l).append('\n'));
        }
        return doc.append("\"\"\"\n").toString();
    }

    /** The names of the module's top-level functions, in order. */
    public static List<String> topLevelFunctions(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = TOP_DEF.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
