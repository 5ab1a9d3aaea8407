package org.crossing.story.model;

/** The three types of story values. Integers are held as {@link Long}, booleans as {@link Boolean}, text as {@link String}. */
public enum ValueType {
    INTEGER("integer"),
    BOOLEAN("boolean"),
    TEXT("text");

    /** Text values keep at most this many characters, so that a journey's state always fits in a link. */
    public static final int MAX_TEXT = 1_000;

    private final String word;

    ValueType(String word) {
        this.word = word;
    }

    /** The type's name as authors read it in diagnostics. */
    public String word() {
        return word;
    }

    /** The type of a runtime value. */
    public static ValueType of(Object value) {
        if (value instanceof Long) return INTEGER;
        if (value instanceof Boolean) return BOOLEAN;
        if (value instanceof String) return TEXT;
        throw new IllegalArgumentException("not a story value: " + value);
    }
}
