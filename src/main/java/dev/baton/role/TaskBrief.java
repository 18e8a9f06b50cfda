package dev.baton.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rendered task asks, read from its text: the ask (its first line), its
 * {@code Key: value} fields ("Brand: BlueBean", "Dimensions: 1920x1080"), and the items it
 * requests: the entries of an inline list after {@code Include:} and every bullet line.
 *
 * @param text      the whole task
 * @param ask       its first non-blank line, or the empty text
 * @param fields    {@code Key: value} lines, keys in lower case, in order
 * @param requested requested items, as written (without bullets), in order, each once
 */
public record TaskBrief(String text, String ask, Map<String, String> fields, List<String> requested) {

    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]{0,30}):\\s*(.+?)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+(.+?)\\s*$");
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\bfor:?\\s+(.+)$");

    public TaskBrief {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        requested = List.copyOf(requested);
    }

    /** Reads a task. */
    public static TaskBrief of(String task) {
        String text = task == null ? "" : task;
        String ask = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> requested = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                add(requested, bullet.group(1));
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches() && !line.strip().equals(ask)) {
                String key = field.group(1).strip().toLowerCase(Locale.ROOT);
                fields.putIfAbsent(key, field.group(2));
                if (key.equals("include") || key.equals("includes") || key.equals("sections")) {
                    splitList(field.group(2)).forEach(item -> add(requested, item));
                }
            }
        }
        return new TaskBrief(text, ask, fields, requested);
    }

    /** A field's value, by any of its names, or null. */
    public String field(String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** What the ask is about: the text after "for" ("Create README for: X" gives X), or null. */
    public String subject() {
        Matcher m = SUBJECT.matcher(ask);
        if (!m.find()) {
            return null;
        }
        String s = m.group(1).strip().replaceAll("[.:]+$", "");
        return s.isEmpty() ? null : s;
    }

    /** Whether the task mentions a word or phrase, ignoring case. */
    public boolean mentions(String phrase) {
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** Entries of a comma-separated list, commas inside parentheses kept; a final "and" dropped. */
    static List<String> splitList(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == ',' && depth == 0) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        return items.stream().map(s -> s.strip().replaceFirst("(?i)^and\\s+", "").replaceAll("[.;]+$", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static void add(List<String> items, String item) {
        String i = item.strip();
        if (!i.isEmpty() && !items.contains(i)) {
            items.add(i);
        }
    }
}
