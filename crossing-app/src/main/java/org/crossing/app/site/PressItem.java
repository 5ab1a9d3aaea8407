package org.crossing.app.site;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A piece of press: an outlet's article or broadcast, with a short quote when there is one;
 * {@code texts} its words in each language press.LANG.yaml translates it into.
 */
public record PressItem(String outlet, Optional<String> author, Optional<String> title, Optional<String> quote,
                        Optional<LocalDate> date, Optional<String> link, java.util.Map<String, PressText> texts) {

    /** Its words in {@code language}, when a translation gives them. */
    public Optional<PressText> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }
}
