package dev.baton.batch;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportMarkdownTests {

    @Test
    void scoresAndDurationsHaveTwoDecimalsAsTheFormatterWritesThem() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextInt(100_000) / 1000.0; // durations: milliseconds as seconds
                case 2 -> random.nextInt(2_000) / 1000.0 + 0.005; // on the half
                default -> random.nextDouble() * 1e6;
            };
            assertEquals(String.format(Locale.ROOT, "%.2f", value), ReportMarkdown.twoDecimals(value), String.valueOf(value));
        }
        for (double value : new double[]{0.125, 2.675, 0.005, 1.005, 0, -0.004, -1.5, 1e-9, 12345.994999, Double.NaN}) {
            assertEquals(String.format(Locale.ROOT, "%.2f", value), ReportMarkdown.twoDecimals(value), String.valueOf(value));
        }
    }
}
