package org.crossing.story.model;

/** The three types of story values. Integers are held as {@link Long}, booleans as {@link Boolean}, text as {@link String}. */
public enum ValueType {
    INTEGER("integer"),
    BOOLEAN("boolean"),
    TEXT("text");

    /**
     * Text values keep at most this many bytes in UTF-8 (1,000 letters of English, 333 of Korean),
     * so that a journey's state always fits in a link ({@link StateLimits}): the limit is on what
     * the state carries, not on how many characters that is.
     */
    public static final int MAX_TEXT_BYTES = 1_000;

    private final String word;

    ValueType(String word) {
        this.word = word;
    }

    /** The type's name as authors read it in diagnostics. */
    public String word() {
        return word;
    }

    /** The length of {@code text} in UTF-8, in bytes. */
    public static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes++;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }

    /** {@code text}, cut to at most {@link #MAX_TEXT_BYTES} in UTF-8 and never inside a character. */
    public static String fitText(String text) {
        // Three bytes a character at most: short texts fit without counting.
        if (text.length() <= MAX_TEXT_BYTES / 3) return text;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
            if (bytes + size > MAX_TEXT_BYTES) return text.substring(0, i);
            bytes += size;
            if (pair) i++;
        }
        return text;
    }

    /** The type of a runtime value. */
    public static ValueType of(Object value) {
        if (value instanceof Long) return INTEGER;
        if (value instanceof Boolean) return BOOLEAN;
        if (value instanceof String) return TEXT;
        throw new IllegalArgumentException("not a story value: " + value);
    }
}
