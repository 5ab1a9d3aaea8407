package org.crossing.app.site;

import java.util.List;

/**
 * A festival's words as a reader of one of the site's languages reads them: from its translation
 * ({@code screenings/SLUG.ko.md}) or the original. Dates, times and addresses of the screenings
 * are the original's; {@code lang} is the language the words are written in.
 */
public record FestivalText(String lang, String name, String city, String country, List<String> notes, String html) {}
