package org.crossing.story.syntax;

import java.util.List;
import org.crossing.story.model.Position;

/**
 * One entry of a translation file: its key, the original it was translated from, the original
 * before a later change ({@code was}, null when none is noted) and the translation (null when
 * the entry has no translation line). {@code notes} are the comment lines right under the key.
 */
public record TranslationEntry(String key, Position position, Field original, Field was, Field translation, List<String> notes) {

    public TranslationEntry {
        notes = List.copyOf(notes);
    }

    /** Whether the entry has a translation that is not empty. */
    public boolean translated() {
        return translation != null && !translation.value().isEmpty();
    }

    /** A field's text and where it stands: {@code line[from, to)} on the line at {@code position}. */
    public record Field(String value, Position position, String line, int from, int to) {}
}
