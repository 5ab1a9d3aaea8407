package org.crossing.story.model;

import java.util.Optional;

/** How a journey ends. */
public enum EndingKind {
    SAFE("safe"),
    CAPTURED("captured"),
    DIED("died"),
    TURNED_BACK("turned-back"),
    IN_HIDING("in-hiding");

    private final String word;

    EndingKind(String word) {
        this.word = word;
    }

    /** The word authors write after {@code ending}. */
    public String word() {
        return word;
    }

    public static Optional<EndingKind> fromWord(String word) {
        for (EndingKind kind : values()) {
            if (kind.word.equals(word)) return Optional.of(kind);
        }
        return Optional.empty();
    }
}
