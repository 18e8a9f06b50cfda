package dev.baton.record;

import java.time.Instant;
import java.time.LocalDateTime;
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
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return ISO_MILLIS.format(instant);
        }
        // written for every event and every stage's start and end: by hand, several times faster than the formatter
        char[] c = "0000-00-00T00:00:00.000Z".toCharArray();
        digits(c, 0, t.getYear(), 4);
        digits(c, 5, t.getMonthValue(), 2);
        digits(c, 8, t.getDayOfMonth(), 2);
        digits(c, 11, t.getHour(), 2);
        digits(c, 14, t.getMinute(), 2);
        digits(c, 17, t.getSecond(), 2);
        digits(c, 20, t.getNano() / 1_000_000, 3);
        return new String(c);
    }

    /** Writes {@code value} as {@code width} decimal digits from {@code at}. */
    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * The instant of an ISO-8601 text: Baton's own form ({@link #iso}) read directly, any other
     * form {@link Instant#parse} accepts read by it. A report reads two for every stage.
     *
     * @throws java.time.format.DateTimeParseException if it is not an instant
     */
    public static Instant parse(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
            int year = number(text, 0, 4);
            int month = number(text, 5, 2);
            int day = number(text, 8, 2);
            int hour = number(text, 11, 2);
            int minute = number(text, 14, 2);
            int second = number(text, 17, 2);
            int millis = number(text, 20, 3);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && millis >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000).toInstant(ZoneOffset.UTC);
                } catch (java.time.DateTimeException outOfRange) {
                    // read by the formatter below, which says what is wrong in its own words
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number of {@code width} digits at {@code at}, or -1 when they are not all digits. */
    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static String iso(Date date) {
        return date == null ? null : iso(date.toInstant());
    }

    public static String now() {
        return iso(Instant.now());
    }
}
