package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet read well enough to check it: its style rules (also those inside {@code @media},
 * {@code @supports}, {@code @layer} and {@code @container} blocks; other at-rule blocks are
 * skipped), the custom properties declared on {@code :root} or {@code html}, and its syntax
 * problems as {@code css-syntax} findings (blocks never closed, stray braces, declarations
 * without a colon). Comments are ignored.
 */
public final class CssSheet {

    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*(?:,\\s*([^()]*(?:\\([^()]*\\))?[^()]*))?\\)");
    private static final List<String> NESTING_AT_RULES = List.of("@media", "@supports", "@layer", "@container");

    private final String file;
    private final String text;
    private final int firstLine;
    private final List<CssRule> rules = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();

    private CssSheet(String file, String text, int firstLine) {
        this.file = file;
        this.text = withoutComments(text);
        this.firstLine = firstLine;
    }

    /**
     * Reads a stylesheet.
     *
     * @param file      the file it is in, for findings
     * @param text      its text
     * @param firstLine the line of {@code file} where the text starts (1 for a stylesheet file,
     *                  the line of the {@code <style>} element for a style block)
     */
    public static CssSheet parse(String file, String text, int firstLine) {
        CssSheet sheet = new CssSheet(file, text, firstLine);
        sheet.parseBlock(0, sheet.text.length(), "");
        return sheet;
    }

    public String file() {
        return file;
    }

    public List<CssRule> rules() {
        return List.copyOf(rules);
    }

    public List<Finding> problems() {
        return List.copyOf(problems);
    }

    /** The custom properties ({@code --name}) declared on {@code :root} or {@code html}, in order. */
    public Map<String, String> customProperties() {
        Map<String, String> vars = new LinkedHashMap<>();
        for (CssRule rule : rules) {
            for (String selector : rule.selector().split(",")) {
                String s = selector.strip();
                if (s.equals(":root") || s.equals("html")) {
                    rule.declarations().forEach((k, v) -> {
                        if (k.startsWith("--")) {
                            vars.put(k, v);
                        }
                    });
                }
            }
        }
        return vars;
    }

    /**
     * A value with its {@code var(--x)} and {@code var(--x, fallback)} references replaced from
     * {@code vars}; an unknown name without a fallback is left as it is.
     */
    public static String resolve(String value, Map<String, String> vars) {
        String current = value;
        for (int depth = 0; depth < 10 && current.contains("var("); depth++) {
            Matcher m = VAR.matcher(current);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String replacement = vars.containsKey(m.group(1)) ? vars.get(m.group(1)) : m.group(2);
                if (replacement == null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                } else {
                    m.appendReplacement(out, Matcher.quoteReplacement(replacement.strip()));
                    changed = true;
                }
            }
            m.appendTail(out);
            current = out.toString();
            if (!changed) {
                break;
            }
        }
        return current;
    }

    private void parseBlock(int from, int to, String media) {
        int i = from;
        while (i < to) {
            int open = indexOf('{', i, to);
            int close = indexOf('}', i, to);
            int semicolon = indexOf(';', i, to);
            if (close >= 0 && (open < 0 || close < open)) {
                problem(close, "a closing brace '}' at line " + line(close) + " closes no block; remove it or add the rule it belongs to");
                i = close + 1;
                continue;
            }
            if (open < 0) {
                String rest = text.substring(i, to).strip();
                if (!rest.isEmpty() && !(rest.startsWith("@") && rest.endsWith(";"))) {
                    int at = i + text.substring(i, to).indexOf(rest.charAt(0));
                    problem(at, "'" + abbreviate(rest) + "' at line " + line(at) + " is not a rule (no '{'); finish the rule or remove the text");
                }
                return;
            }
            if (semicolon >= 0 && semicolon < open && text.substring(i, semicolon).strip().startsWith("@")) {
                i = semicolon + 1;
                continue;
            }
            String prelude = text.substring(i, open).strip().replaceAll("\\s+", " ");
            int preludeAt = i + (text.substring(i, open).length() - text.substring(i, open).stripLeading().length());
            int end = matching(open, to);
            if (end < 0) {
                problem(preludeAt, "the block of '" + abbreviate(prelude) + "' opened at line " + line(preludeAt)
                        + " is never closed; add the missing '}'");
                return;
            }
            String keyword = prelude.toLowerCase(Locale.ROOT).split("[\\s(]")[0];
            if (NESTING_AT_RULES.contains(keyword)) {
                parseBlock(open + 1, end, prelude);
            } else if (!prelude.startsWith("@")) {
                rules.add(new CssRule(prelude, declarations(open + 1, end), line(preludeAt), media));
            }
            i = end + 1;
        }
    }

    private Map<String, String> declarations(int from, int to) {
        Map<String, String> declarations = new LinkedHashMap<>();
        int start = from;
        int depth = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ';';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ';' && depth == 0) || i == to) {
                String declaration = text.substring(start, Math.min(i, to)).strip();
                if (!declaration.isEmpty()) {
                    int colon = declaration.indexOf(':');
                    if (colon <= 0) {
                        int at = start + text.substring(start, Math.min(i, to)).indexOf(declaration.charAt(0));
                        problem(at, "the declaration '" + abbreviate(declaration) + "' at line " + line(at)
                                + " has no ':'; write it as 'property: value;'");
                    } else {
                        declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                                declaration.substring(colon + 1).strip());
                    }
                }
                start = i + 1;
            }
        }
        return declarations;
    }

    private int matching(int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(char c, int from, int to) {
        int at = text.indexOf(c, from);
        return at >= 0 && at < to ? at : -1;
    }

    /** The line in {@link #file} of an offset in the text. */
    private int line(int offset) {
        int line = firstLine;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void problem(int offset, String message) {
        problems.add(new Finding("css-syntax", Severity.ERROR, file, line(offset), file + ": " + message));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 40) + "…";
    }

    /** The text with each comment replaced by spaces, newlines kept, so that offsets and lines stay. */
    private static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css);
        int i = css.indexOf("/*");
        while (i >= 0) {
            int end = css.indexOf("*/", i + 2);
            int stop = end < 0 ? css.length() : end + 2;
            for (int k = i; k < stop; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end < 0 ? -1 : css.indexOf("/*", stop);
        }
        return out.toString();
    }
}
