package org.crossing.story.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a journey ends: the word authors write after {@code ending}, the label players read, and
 * a tone for colours and statistics. Five kinds are built in; a story may declare its own with
 * {@code ending kind WORD: TONE, LABEL}.
 */
public record EndingKind(String word, String label, Tone tone) {

    public enum Tone {
        GOOD, BAD, NEUTRAL;

        /** The word authors write: good, bad or neutral. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Tone> fromWord(String word) {
            for (Tone tone : values()) if (tone.word().equals(word)) return Optional.of(tone);
            return Optional.empty();
        }
    }

    public static final EndingKind SAFE = new EndingKind("safe", "Safe", Tone.GOOD);
    public static final EndingKind CAPTURED = new EndingKind("captured", "Captured", Tone.BAD);
    public static final EndingKind DIED = new EndingKind("died", "Did not survive", Tone.BAD);
    public static final EndingKind TURNED_BACK = new EndingKind("turned-back", "Turned back", Tone.BAD);
    public static final EndingKind IN_HIDING = new EndingKind("in-hiding", "In hiding", Tone.NEUTRAL);

    /** The kinds every story has, in the order the docs list them. */
    public static final List<EndingKind> BUILT_IN = List.of(SAFE, CAPTURED, DIED, TURNED_BACK, IN_HIDING);

    public static Optional<EndingKind> builtIn(String word) {
        for (EndingKind kind : BUILT_IN) if (kind.word.equals(word)) return Optional.of(kind);
        return Optional.empty();
    }

    /** The label a declaration gives when it names none: "stayed-behind" reads "Stayed behind". */
    public static String defaultLabel(String word) {
        String spaced = word.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * The kind as story versions name it: "SAFE", "TURNED_BACK". The built-in kinds were once
     * an enum whose constant names went into every version; keeping the same spelling keeps
     * existing versions (and the journeys saved under them) valid.
     */
    public String versionName() {
        return word.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
