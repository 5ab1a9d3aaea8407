package org.crossing.app.http;

/**
 * Korean particles that take their form from the sound before them: 을/를, 이/가, 은/는, 과/와 and
 * (으)로. A message table writes the particle after a value in its generic form ("{0}을(를)",
 * "”이(가)"); {@link #fit} picks the form the word before it takes. Hangul syllable {@code c}
 * ends in a consonant (받침) when {@code (c - 0xAC00) % 28 != 0}; a final digit is read as its
 * Sino-Korean numeral (1 일, 3 삼, 6 육...). After anything else (a Latin word, a symbol) the
 * generic form stays, which is what it is for.
 */
final class KoreanParticles {

    private static final char FIRST_SYLLABLE = 0xAC00;
    private static final char LAST_SYLLABLE = 0xD7A3;
    /** The final consonant index of ㄹ: (으)로 takes 로 after it. */
    private static final int RIEUL = 8;
    /** The final consonant (받침 index, 0 for none) of each digit's Sino-Korean reading: 영 일 이 삼 사 오 육 칠 팔 구. */
    private static final int[] DIGIT_FINAL = {21, 8, 0, 16, 0, 0, 1, 8, 8, 0};

    /** Each generic form, with its form after a consonant and after a vowel. */
    private static final String[][] FORMS = {
            {"을(를)", "을", "를"}, {"를(을)", "을", "를"},
            {"이(가)", "이", "가"}, {"가(이)", "이", "가"},
            {"은(는)", "은", "는"}, {"는(은)", "은", "는"},
            {"과(와)", "과", "와"}, {"와(과)", "과", "와"},
            {"(으)로", "으로", "로"}};

    private KoreanParticles() {}

    /**
     * {@code message} with a generic particle at its start, after any closing quotes or brackets
     * ("”을(를) 골랐습니다."), in the form that follows {@code before}'s last sound. Other text is
     * left as it is.
     */
    static String fit(String message, CharSequence before) {
        StringBuilder out = new StringBuilder(message.length());
        int at = appendAt(out, message, 0, before);
        return at == 0 ? message : out.append(message, at, message.length()).toString();
    }

    /**
     * Appends to {@code out} the generic particle that {@code message} has at {@code at} (after
     * any closing quotes), in the form that follows {@code before}, and returns where the message
     * goes on after it; with none there, appends nothing and returns {@code at}.
     */
    static int appendAt(StringBuilder out, String message, int at, CharSequence before) {
        int from = at;
        while (from < message.length() && isClosing(message.charAt(from))) from++;
        if (from >= message.length() || "을를이가은는과와(".indexOf(message.charAt(from)) < 0) return at;
        for (String[] form : FORMS) {
            if (!message.startsWith(form[0], from)) continue;
            int last = finalConsonant(before);
            if (last < 0) return at;
            out.append(message, at, from).append(consonantForm(form, last) ? form[1] : form[2]);
            return from + form[0].length();
        }
        return at;
    }

    private static boolean consonantForm(String[] form, int last) {
        return form[0].equals("(으)로") ? last != 0 && last != RIEUL : last != 0;
    }

    /**
     * The final consonant index (0 for none) of the last sound of {@code text}, its closing quotes
     * and spaces aside; -1 when it is not a Hangul syllable or a digit.
     */
    static int finalConsonant(CharSequence text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (isClosing(c) || Character.isWhitespace(c) || c == '.' || c == '!' || c == '?') continue;
            if (c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE) return (c - FIRST_SYLLABLE) % 28;
            if (c >= '0' && c <= '9') return DIGIT_FINAL[c - '0'];
            return -1;
        }
        return -1;
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == '」' || c == '』' || c == '〉' || c == '》' || c == ']';
    }
}
