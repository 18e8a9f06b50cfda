package dev.baton.findings;

import java.util.List;
import java.util.Locale;

/** Measures over a list of findings: counts by severity and the score they leave. */
public final class Findings {

    private Findings() {
    }

    /** How many findings have that severity. */
    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether none is an error. */
    public static boolean noErrors(List<Finding> findings) {
        return count(findings, Severity.ERROR) == 0;
    }

    /**
     * The score the findings leave: 1 less each finding's {@linkplain Severity#penalty() penalty},
     * never below 0, to two decimals.
     */
    public static double score(List<Finding> findings) {
        double penalty = findings.stream().mapToDouble(f -> f.severity().penalty()).sum();
        return Math.round(Math.max(0.0, 1.0 - penalty) * 100) / 100.0;
    }

    /** "2 errors, 1 warning, 0 notes". */
    public static String tally(List<Finding> findings) {
        return plural(count(findings, Severity.ERROR), "error") + ", "
                + plural(count(findings, Severity.WARNING), "warning") + ", "
                + plural(count(findings, Severity.NOTE), "note");
    }

    /** "1 file", "3 files". */
    public static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A score as reports print it: two decimals. */
    public static String formatScore(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
