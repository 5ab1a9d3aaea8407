package org.crossing.app.player;

import java.util.Locale;

/**
 * Numbers as the player's SVG and map words print them, without {@link String#format}: a scene
 * page's strip prints a dozen coordinates and a distance, and {@code String.format} parses its
 * pattern and builds a formatter for each one, on every page. Each method prints what its
 * {@code String.format} counterpart prints, which {@code SvgNumbersTest} checks.
 */
final class SvgNumbers {

    private SvgNumbers() {}

    /** Above this, a value times ten no longer holds its tenths exactly in a double. */
    private static final double EXACT_LIMIT = 1e14;

    /** {@code value} with one decimal, as {@code String.format(Locale.ROOT, "%.1f", value)} prints it. */
    static String oneDecimal(double value) {
        double tenths = value * 10;
        double fraction = tenths - Math.floor(tenths);
        // Negative values and -0 (where "-0.0" may be due), huge ones, and those a hair from a half, whose
        // rounding depends on the decimal digits the formatter sees: left to the formatter.
        if (!(value >= 0) || Math.copySign(1.0, value) < 0 || value >= EXACT_LIMIT || Math.abs(fraction - 0.5) < 1e-6) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        long rounded = Math.round(tenths);
        long whole = rounded / 10;
        int tenth = (int) (rounded % 10);
        return new StringBuilder(20).append(whole).append('.').append((char) ('0' + tenth)).toString();
    }

    /** A whole number with commas between thousands, as {@code String.format(Locale.ENGLISH, "%,d", value)} prints it. */
    static String grouped(long value) {
        if (value < 0) return "-" + grouped(-value);
        String digits = Long.toString(value);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, first);
        for (int at = first; at < digits.length(); at += 3) out.append(',').append(digits, at, at + 3);
        return out.toString();
    }
}
