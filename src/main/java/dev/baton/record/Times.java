package dev.baton.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Instants as Baton writes them: ISO-8601, UTC, always with milliseconds. */
public final class Times {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String iso(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }

    public static String iso(Date date) {
        return date == null ? null : iso(date.toInstant());
    }

    public static String now() {
        return iso(Instant.now());
    }
}
