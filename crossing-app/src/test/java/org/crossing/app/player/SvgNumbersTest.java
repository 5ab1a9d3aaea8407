package org.crossing.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SvgNumbersTest {

    @Test
    void oneDecimalPrintsWhatTheFormatterPrints() {
        double[] edges = {0, -0.0, 0.04, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 9.95, 99.95, 1.05, 2.675, 120, 36, 5.0,
                -0.04, -0.05, -1.25, -3.7, 1e14, 1e15, 123456789.25, Double.NaN, Double.POSITIVE_INFINITY, 0.049999999};
        for (double value : edges) {
            assertEquals(String.format(Locale.ROOT, "%.1f", value), SvgNumbers.oneDecimal(value), "for " + value);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double value = random.nextDouble(-50, 2_000);
            if (i % 3 == 0) value = Math.round(value * 100) / 100.0;
            assertEquals(String.format(Locale.ROOT, "%.1f", value), SvgNumbers.oneDecimal(value), "for " + value);
        }
    }

    @Test
    void groupedPutsCommasBetweenThousandsAsTheFormatterDoes() {
        long[] values = {0, 7, 10, 999, 1_000, 4_680, 12_345, 999_999, 1_000_000, 1_234_567_890L, -1, -1_000, Long.MAX_VALUE};
        for (long value : values) {
            assertEquals(String.format(Locale.ENGLISH, "%,d", value), SvgNumbers.grouped(value), "for " + value);
        }
        assertEquals("4,680", SvgNumbers.grouped(4_680));
    }
}
