package dev.baton.plan;

import java.util.Locale;

/** How the stages of a parallel plan are grouped into JSR-352 splits and flows. */
public enum Schedule {
    /** Waves: every stage of a wave waits for the whole previous wave (a barrier per wave). The default. */
    WAVES,
    /**
     * Eager: a stage starts as soon as its own dependencies have ended, on any graph: one split
     * whose flows are chains of dependencies, each step waiting for its other dependencies when it
     * starts.
     */
    EAGER;

    /** The spelling on the command line. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The schedule of a spelling on the command line or in a request ({@code waves}, {@code eager}; any case).
     *
     * @throws IllegalArgumentException for any other
     */
    public static Schedule ofOptionName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
