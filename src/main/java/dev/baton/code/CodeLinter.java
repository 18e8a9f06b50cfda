package dev.baton.code;

import dev.baton.findings.Finding;
import dev.baton.findings.Findings;
import dev.baton.findings.Severity;
import dev.baton.web.CssLinter;
import dev.baton.web.CssSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The linter of source files that are not pages: Python, JavaScript/TypeScript and stylesheets.
 * Rules: {@code empty-file}, {@code brackets} (errors), {@code indentation} (error: a Python block
 * opener not followed by an indented line), {@code docstring} (warning: a Python module, class or
 * function without one), {@code tabs}, {@code line-length} (over 120 characters) and
 * {@code trailing-whitespace} (warnings, one per file), {@code todo} (note). Stylesheets get the
 * checks of {@link CssLinter}.
 */
public final class CodeLinter {

    /** The rule ids, in the order reports list them. */
    public static final List<String> RULES = List.of("empty-file", "brackets", "indentation", "docstring", "tabs",
            "line-length", "trailing-whitespace", "todo", "css-syntax", "css-empty-rule");

    private static final int MAX_LINE = 120;
    private static final Pattern DEF = Pattern.compile("^(\\s*)(?:async\\s+)?(def|class)\\s+(\\w+)");

    private CodeLinter() {
    }

    /** Whether this linter reads files of that path's type. */
    public static boolean handles(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".py") || p.endsWith(".js") || p.endsWith(".mjs") || p.endsWith(".ts") || p.endsWith(".css");
    }

    /** The findings on one file. */
    public static List<Finding> lint(String file, String source) {
        List<Finding> findings = new ArrayList<>();
        if (source.isBlank()) {
            findings.add(new Finding("empty-file", Severity.ERROR, file, 0, file + " is empty; write its content or remove it"));
            return findings;
        }
        boolean python = file.toLowerCase(Locale.ROOT).endsWith(".py");
        if (file.toLowerCase(Locale.ROOT).endsWith(".css")) {
            findings.addAll(CssLinter.lint(List.of(CssSheet.parse(file, source, 1))));
        } else {
            SourceScanner.brackets(source, python).forEach(b -> findings.add(new Finding("brackets", Severity.ERROR, file,
                    b.line(), file + ": " + b.message() + "; balance the brackets so the file parses")));
        }
        List<String> lines = source.lines().toList();
        if (python) {
            python(file, source, lines, findings);
        }
        summary(file, lines, l -> l.contains("\t") && (python || l.startsWith("\t")), "tabs", Severity.WARNING,
                "with tabs", "indent with spaces", findings);
        summary(file, lines, l -> l.length() > MAX_LINE, "line-length", Severity.WARNING,
                "longer than " + MAX_LINE + " characters", "wrap them", findings);
        summary(file, lines, l -> !l.isEmpty() && Character.isWhitespace(l.charAt(l.length() - 1)), "trailing-whitespace",
                Severity.WARNING, "ending with spaces", "remove them", findings);
        summary(file, lines, l -> l.contains("TODO") || l.contains("FIXME"), "todo", Severity.NOTE,
                "marked TODO or FIXME", "resolve them before release", findings);
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static void python(String file, String source, List<String> lines, List<Finding> findings) {
        String first = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("").strip();
        if (!first.startsWith("\"\"\"") && !first.startsWith("'''") && !first.startsWith("r\"\"\"")) {
            findings.add(new Finding("docstring", Severity.WARNING, file, 1, file
                    + " has no module docstring; start it with a \"\"\"one-line summary\"\"\" of what it is for"));
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher def = DEF.matcher(lines.get(i));
            if (!def.find()) {
                continue;
            }
            int body = i;
            while (body < lines.size() && !codePart(lines.get(body)).strip().endsWith(":")) {
                body++;
            }
            int next = body + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next >= lines.size() || indent(lines.get(next)) <= def.group(1).length()) {
                findings.add(new Finding("indentation", Severity.ERROR, file, body + 1, file + " line " + (body + 1) + ": the "
                        + def.group(2) + " " + def.group(3) + " has no indented body; indent its body under it"));
                continue;
            }
            String opening = lines.get(next).strip();
            if (!opening.startsWith("\"\"\"") && !opening.startsWith("'''") && !opening.startsWith("r\"\"\"")) {
                findings.add(new Finding("docstring", Severity.WARNING, file, i + 1, file + " line " + (i + 1) + ": "
                        + def.group(2) + " " + def.group(3) + " has no docstring; say what it does and returns in one"));
            }
        }
    }

    /** A Python line without its comment: everything before the first '#' outside a string. */
    static String codePart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    private static void summary(String file, List<String> lines, java.util.function.Predicate<String> test, String rule,
                                Severity severity, String what, String fix, List<Finding> findings) {
        int first = 0;
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                count++;
                first = first == 0 ? i + 1 : first;
            }
        }
        if (count > 0) {
            findings.add(new Finding(rule, severity, file, first, file + ": " + Findings.plural(count, "line") + " "
                    + what + " (first at line " + first + "); " + fix));
        }
    }
}
