package dev.baton.record;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
