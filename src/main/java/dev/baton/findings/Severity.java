package dev.baton.findings;

import java.util.Locale;

/**
 * How much a finding matters. Errors block approval; warnings and errors lower a score by their
 * penalty; notes only inform.
 */
public enum Severity {
    ERROR(0.10),
    WARNING(0.03),
    NOTE(0.0);

    private final double penalty;

    Severity(double penalty) {
        this.penalty = penalty;
    }

    /** What one finding of this severity takes off a score of 1. */
    public double penalty() {
        return penalty;
    }

    /** The lower-case name used in reports: {@code error}, {@code warning}, {@code note}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity of a label, as {@link #label()} writes it. */
    public static Severity ofLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
