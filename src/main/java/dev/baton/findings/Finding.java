package dev.baton.findings;

import java.util.Comparator;

/**
 * One problem a check found.
 *
 * @param rule     the rule's stable id, e.g. {@code img-alt}
 * @param severity how much it matters
 * @param file     the file it is in, relative to the run folder
 * @param line     its line in that file, from 1; 0 when it concerns the whole file
 * @param message  a sentence a person can act on: what is wrong, where, and how to fix it
 */
public record Finding(String rule, Severity severity, String file, int line, String message) {

    /** The order reports list findings in: by file, line, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::rule).thenComparing(Finding::message);

    /** Where it is, as people write it: {@code src/index.html:12}, or the file alone. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
