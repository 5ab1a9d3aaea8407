package org.crossing.app.site;

import java.util.List;
import java.util.Optional;

/**
 * A screening's words in a translation ({@code screenings:} in {@code screenings/SLUG.LANG.md},
 * one entry per screening of the original, in the same order): what it is called, the venue and
 * room, the notes. Its date, time, address and tickets are the original's.
 */
public record ScreeningText(Optional<String> title, Optional<String> venue, Optional<String> room, List<String> notes) {

    public String venueAndRoom() {
        return venue.map(v -> room.map(r -> v + ", " + r).orElse(v)).orElse(room.orElse(""));
    }
}
