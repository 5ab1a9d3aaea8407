package org.crossing.story.model;

import java.util.List;

/**
 * A story in another language: the same scenes, choices and version with the translated texts.
 * {@code texts} is how many texts the story has to translate, {@code translated} how many this
 * translation gives (stale ones included), {@code stale} how many of those were made from an
 * original that has changed since; a stale or missing text shows in the original language.
 * {@code untranslated} lists the keys of the texts it does not give yet.
 */
public record Translation(String language, Story story, int texts, int translated, int stale, List<String> untranslated) {

    public Translation {
        untranslated = List.copyOf(untranslated);
    }

    /** How much is translated and up to date, in whole percent, rounded down (100 only when complete). */
    public int percent() {
        return texts == 0 ? 100 : (int) ((translated - stale) * 100L / texts);
    }

    public boolean complete() {
        return translated == texts && stale == 0;
    }
}
