package org.crossing.app.player;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * The share card's type set to its column: the summary and the journey wrapped where their
 * script allows and sized to fit, and a line cut with an ellipsis when it is too wide.
 */
final class CardText {

    /** The smallest type on a card, in its pixels: shown 343 CSS pixels wide on a phone, 11.4 px. */
    static final int SMALLEST_TEXT = 40;

    private CardText() {}

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The summary's sizes, largest first; the smallest is {@link #SMALLEST_TEXT}, as is the journey's. */
    private static final int[] SUMMARY_SIZES = {68, 60, 52, 46, SMALLEST_TEXT};
    static final int JOURNEY_SIZE = SMALLEST_TEXT;
    static final int JOURNEY_LINE_HEIGHT = 50;
    static final int JOURNEY_GAP = 16;

    /** The card's text, wrapped and sized to fit its box: the summary and the journey in a sentence. */
    record TextBlock(Font summaryFont, int summaryLineHeight, List<String> summary, Font journeyFont, List<String> journey) {

        int height() {
            return summary.size() * summaryLineHeight + (journey.isEmpty() ? 0 : JOURNEY_GAP + journey.size() * JOURNEY_LINE_HEIGHT);
        }
    }

    /**
     * The summary in the largest size at which it fits in three lines, the journey in up to three
     * lines under it, the whole no taller than {@code height}: the summary's size goes down first,
     * then the journey loses lines (its last one then ends with an ellipsis), then the summary.
     */
    static TextBlock layOut(Graphics2D g, String summary, String journey, int width, int height) {
        Font journeyFont = new Font(Font.SANS_SERIF, Font.PLAIN, JOURNEY_SIZE);
        FontMetrics journeyMetrics = g.getFontMetrics(journeyFont);
        TextBlock block = null;
        // First the whole journey, at the largest summary size that lets it fit; failing that, the journey loses lines.
        List<String> wholeJourney = wrap(journeyMetrics, journey, width, Integer.MAX_VALUE);
        for (boolean whole : new boolean[] {true, false}) {
            if (whole && wholeJourney.size() > 3) continue;
            for (int size : SUMMARY_SIZES) {
                Font font = new Font(Font.SERIF, Font.BOLD, size);
                int lineHeight = Math.round(size * 1.18f);
                List<String> lines = wrap(g.getFontMetrics(font), summary, width, Integer.MAX_VALUE);
                // A smaller size rather than a summary cut short, down to the smallest.
                if (lines.size() > 3 && size != SUMMARY_SIZES[SUMMARY_SIZES.length - 1]) continue;
                if (lines.size() > 3) lines = wrap(g.getFontMetrics(font), summary, width, 3);
                for (int journeyLines = 3; journeyLines >= (whole ? wholeJourney.size() : 1); journeyLines--) {
                    block = new TextBlock(font, lineHeight, lines, journeyFont, wrap(journeyMetrics, journey, width, journeyLines));
                    if (block.height() <= height) return block;
                }
            }
        }
        // The smallest summary, one line of journey: fewer summary lines until it fits.
        List<String> summaryLines = block.summary();
        while (block.height() > height && summaryLines.size() > 1) {
            summaryLines = wrap(g.getFontMetrics(block.summaryFont()), summary, width, summaryLines.size() - 1);
            block = new TextBlock(block.summaryFont(), block.summaryLineHeight(), summaryLines, journeyFont, block.journey());
        }
        return block;
    }

    /**
     * Wraps {@code text} to at most {@code maxLines} lines no wider than {@code width}, breaking
     * where the script allows ({@link BreakIterator#getLineInstance}: at spaces, and between
     * Chinese or Japanese characters, which have none), and inside a word only when the word
     * alone is wider than a line. A text that needs more lines ends its last one with an ellipsis.
     */
    static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1) {
                lines.add(fit(metrics, rest, width));
                break;
            }
            int end = lineEnd(metrics, rest, width);
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /** Where the first line of {@code text} ends: the last break opportunity that fits, or as many characters as fit. */
    private static int lineEnd(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) return text.length();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        int fits = 0;
        int fitsAtSpace = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (metrics.stringWidth(text.substring(0, end).stripTrailing()) > width) break;
            fits = end;
            if (Character.isWhitespace(text.charAt(end - 1))) fitsAtSpace = end;
        }
        // Korean is written with spaces between words, and reads best broken there, although the
        // rules allow a break between any two syllables (as they do between Chinese characters).
        if (fitsAtSpace > 0 && fits < text.length() && isHangul(text.charAt(fits - 1)) && isHangul(text.charAt(fits))) return fitsAtSpace;
        if (fits > 0) return fits;
        // One word wider than the line: cut it between characters (whole grapheme clusters).
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int cut = characters.next();
        for (int end = characters.next(); end != BreakIterator.DONE && metrics.stringWidth(text.substring(0, end)) <= width; end = characters.next()) {
            cut = end;
        }
        return cut;
    }

    private static boolean isHangul(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    /** The text on one line, cut at a character boundary with an ellipsis when it is too wide. */
    static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) return text;
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int cut = 0;
        for (int end = characters.next(); end != BreakIterator.DONE && metrics.stringWidth(text.substring(0, end) + "…") <= width; end = characters.next()) {
            cut = end;
        }
        return text.substring(0, cut).strip() + "…";
    }
}
