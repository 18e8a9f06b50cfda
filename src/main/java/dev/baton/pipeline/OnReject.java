package dev.baton.pipeline;

import java.util.Locale;

/** What a final rejection of a stage (review not approved or score under its threshold, retries spent) does. */
public enum OnReject {
    /** The stage fails and with it the job; a restart runs the stage again. The default. */
    FAIL,
    /** The stage is recorded as rejected and the job goes on; its outputs are kept for downstream stages. */
    CONTINUE,
    /** The stage is recorded as rejected and every stage that depends on it, directly or not, is skipped. */
    SKIP_DOWNSTREAM;

    /** The spelling used in pipeline files, e.g. {@code skip_downstream}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
