package dev.baton.pipeline;

import java.util.Locale;

/** What a stage sees of the stages before it ({@code policy.memory_view}). */
public enum Visibility {
    /** The outputs of the stages it depends on, directly or not: Baton's rule, the default. */
    DEPENDENCIES,
    /**
     * The outputs of every stage of an earlier wave too, as the seed framework gave them: those
     * stages become dependencies (in eager schedules they then wait for them as well).
     */
    EARLIER_WAVES;

    /** The spelling used in pipeline files, e.g. {@code earlier_waves}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
