package org.crossing.app.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A festival's words as a reader of one of the site's languages reads them: from its translation
 * ({@code screenings/SLUG.ko.md}) or the original. Dates, times and addresses of the screenings
 * are the original's; {@code lang} is the language the words are written in. {@code screenings}
 * holds the translated words of its screenings by their number; one it lacks is in the original.
 */
public record FestivalText(String lang, String name, String city, String country, List<String> notes, String html,
                           Map<Integer, ScreeningText> screenings) {

    /** The translated words of screening {@code number}, when this text gives them. */
    public Optional<ScreeningText> screening(int number) {
        return Optional.ofNullable(screenings.get(number));
    }
}
