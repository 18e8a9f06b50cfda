package dev.baton.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Scans source code outside its strings and comments: whether brackets balance, and which lines
 * hold code. Knows the comment and string forms of Python ({@code #}, {@code '…'}, {@code "…"},
 * triple quotes) and of C-like languages: JavaScript, TypeScript, CSS, Java ({@code //},
 * {@code /* … *}{@code /}, quotes and template literals).
 */
public final class SourceScanner {

    /**
     * A bracket that does not balance.
     *
     * @param line    where it is, from 1
     * @param message what is wrong, in words
     */
    public record Imbalance(int line, String message) {
    }

    private SourceScanner() {
    }

    /** The brackets of a source that do not balance, in order; empty when all do. */
    public static List<Imbalance> brackets(String source, boolean python) {
        List<Imbalance> problems = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (python && c == '#' || !python && c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (!python && c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                line += count(source, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'' || (!python && c == '`')) {
                String quote = python && source.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                int stop = closing(source, i + quote.length(), quote, quote.length() == 1 && c != '`');
                if (stop < 0) {
                    problems.add(new Imbalance(line, "a string opened at line " + line + " is never closed"));
                    return problems;
                }
                line += count(source, i, stop);
                i = stop;
            } else {
                if ("([{".indexOf(c) >= 0) {
                    open.push(new int[] {c, line});
                } else if (")]}".indexOf(c) >= 0) {
                    char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.isEmpty()) {
                        problems.add(new Imbalance(line, "'" + c + "' at line " + line + " closes nothing"));
                    } else if (open.peek()[0] != expected) {
                        int[] top = open.pop();
                        problems.add(new Imbalance(line, "'" + c + "' at line " + line + " does not match '" + (char) top[0]
                                + "' opened at line " + top[1]));
                    } else {
                        open.pop();
                    }
                }
                i++;
            }
        }
        while (!open.isEmpty()) {
            int[] top = open.removeLast();
            problems.add(new Imbalance(top[1], "'" + (char) top[0] + "' opened at line " + top[1] + " is never closed"));
        }
        return problems;
    }

    /** The index just after the closing quote, or -1; single-line quotes end at a newline. */
    private static int closing(String s, int from, String quote, boolean singleLine) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (singleLine && c == '\n') {
                return -1;
            }
            if (s.startsWith(quote, i)) {
                return i + quote.length();
            }
            i++;
        }
        return -1;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < s.length(); k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
