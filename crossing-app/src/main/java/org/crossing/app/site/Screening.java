package org.crossing.app.site;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One screening (or panel, or installation) at a festival: its local date and, when known,
 * local time, in the festival's time zone. {@code number} counts from 1 in the festival file.
 */
public record Screening(
        int number,
        Kind kind,
        Optional<String> title,
        LocalDate date,
        Optional<LocalTime> time,
        Optional<LocalDate> until,
        Optional<Integer> minutes,
        Optional<String> venue,
        Optional<String> room,
        Optional<String> address,
        Optional<String> tickets,
        List<String> notes) {

    /** What happens: a screening of the film, a talk or panel, an installation of the interactive. */
    public enum Kind {
        SCREENING, PANEL, INSTALLATION, PRESENTATION;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String venueAndRoom() {
        return venue.map(v -> room.map(r -> v + ", " + r).orElse(v)).orElse(room.orElse(""));
    }
}
