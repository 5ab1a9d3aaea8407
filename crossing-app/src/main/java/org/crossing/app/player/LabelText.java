package org.crossing.app.player;

/**
 * How wide a name is on the journey map, estimated: {@value #LETTER_WIDTH} of the font size a
 * letter on average, a little wider than system sans-serif fonts' lower case; {@value #WIDE_LETTER_WIDTH}
 * for Hangul and Han. Boxes err large.
 */
final class LabelText {

    static final double LETTER_WIDTH = 0.66;
    /** A Hangul syllable or a Han character: a full em, and a little more for a bold face. */
    static final double WIDE_LETTER_WIDTH = 1.02;
    /** Country names are letter-spaced capitals: this much wider than a name's estimate. */
    static final double CAPITALS = 1.3;

    private LabelText() {}

    /** The width of {@code text} in letters {@code font} high. */
    static double width(String text, double font) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += wide(c) ? WIDE_LETTER_WIDTH : LETTER_WIDTH;
            i += Character.charCount(c);
        }
        return width * font;
    }

    /** Whether a letter is of a script written a full em wide (Hangul, Han, kana): "중국 창바이" is half again as wide as six Latin letters. */
    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
