package dev.baton.pipeline;

import java.util.Locale;

/** How the reviews of several advisors are combined into one verdict. */
public enum Decision {
    /** Approved when more than half of the weight approves; the score is the weighted mean. */
    MAJORITY,
    /** Approved when the weighted mean score reaches the threshold; the score is the weighted mean. */
    AVERAGE;

    /** The spelling used in pipeline files, e.g. {@code majority}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
