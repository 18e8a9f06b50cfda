package dev.baton.doctor;

/**
 * The verdict on one thing runs need.
 *
 * @param subject what was checked ("Java", "repository"…)
 * @param verdict how it stands
 * @param detail  what was found
 * @param fix     what to do about it, or null when nothing is to be done
 */
public record Check(String subject, Verdict verdict, String detail, String fix) {

    /** How a thing stands. */
    public enum Verdict {
        /** It is there and works. */
        OK,
        /** It is missing, but nothing to be run needs it. */
        WARN,
        /** Something to be run needs it and it is missing or broken. */
        FAIL,
        /** Nothing to be run needs it; not checked. */
        SKIP
    }

    static Check ok(String subject, String detail) {
        return new Check(subject, Verdict.OK, detail, null);
    }

    static Check skip(String subject, String why) {
        return new Check(subject, Verdict.SKIP, why, null);
    }

    /** A missing thing: a failure when it is needed, else a warning. */
    static Check missing(String subject, boolean needed, String detail, String fix) {
        return new Check(subject, needed ? Verdict.FAIL : Verdict.WARN, detail, fix);
    }
}
