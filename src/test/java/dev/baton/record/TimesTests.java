package dev.baton.record;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimesTests {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void instantsAreWrittenInUtcWithMillisecondsAsTheFormatterWritesThem() {
        assertEquals("2026-11-30T06:01:59.325Z", Times.iso(Instant.parse("2026-11-30T06:01:59.325987Z")));
        assertEquals("1970-01-01T00:00:00.000Z", Times.iso(Instant.EPOCH));
        assertEquals("0999-12-31T23:59:59.999Z", Times.iso(Instant.parse("0999-12-31T23:59:59.999Z")));
        Random random = new Random(14);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-40_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            assertEquals(ISO_MILLIS.format(t), Times.iso(t), t.toString());
        }
        assertNull(Times.iso((Instant) null));
    }

    @Test
    void instantsAreReadAsInstantParseReadsThem() {
        Random random = new Random(30);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-40_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000_000));
            String text = Times.iso(t);
            assertEquals(Instant.parse(text), Times.parse(text), text);
        }
        assertEquals(Instant.parse("2026-11-30T06:01:59.325987Z"), Times.parse("2026-11-30T06:01:59.325987Z"));
        assertEquals(Instant.parse("2026-11-30T06:01:59Z"), Times.parse("2026-11-30T06:01:59Z"));
        for (String bad : new String[]{"2026-13-30T06:01:59.325Z", "2026-02-30T06:01:59.325Z", "2026-11-30T24:01:59.325Z",
                "2026-11-3xT06:01:59.325Z", "-026-11-30T06:01:59.325Z", "yesterday"}) {
            assertThrows(DateTimeParseException.class, () -> Times.parse(bad), bad);
        }
    }
}
