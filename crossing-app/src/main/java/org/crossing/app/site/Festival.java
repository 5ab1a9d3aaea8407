package org.crossing.app.site;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A festival or venue and the screenings there: one file {@code screenings/SLUG.md}. A
 * festival whose screening times are not known lists none; its dates still show.
 */
public record Festival(
        String slug,
        String name,
        String city,
        String country,
        Optional<ZoneId> zone,
        LocalDate start,
        LocalDate end,
        Optional<String> website,
        List<String> sources,
        List<String> notes,
        List<Screening> screenings,
        String html,
        String file,
        java.util.Map<String, FestivalText> texts) {

    /** The festival's words for a reader of {@code language}: its translation ({@code screenings/SLUG.LANG.md}), else the original. */
    public FestivalText in(String language) {
        FestivalText text = texts.get(language);
        return text != null ? text : new FestivalText("", name, city, country, notes, html, java.util.Map.of());
    }

    /** The last day anything of this festival happens: its end, or a later screening. */
    public LocalDate lastDay() {
        LocalDate last = end;
        for (Screening screening : screenings) {
            if (screening.date().isAfter(last)) last = screening.date();
        }
        return last;
    }

    public String place() {
        return city + ", " + country;
    }

    public Optional<Screening> screening(int number) {
        return screenings.stream().filter(s -> s.number() == number).findFirst();
    }
}
