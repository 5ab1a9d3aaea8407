package org.crossing.app.studio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the audience of one story version did, as the statistics tables hold it: journeys begun
 * and finished by day, journeys that reached each chapter and scene, the split of every decision
 * (timed defaults apart), chance outcomes, endings, and where journeys stopped. Every count is of
 * journeys, each step counted once (docs/operations.md, "What is stored").
 */
public record Audience(String story, String version, List<Day> days, Map<Integer, Long> chapters, Map<String, Long> scenes,
                       Map<String, Map<Integer, Long>> choices, Map<String, Map<Integer, Long>> timeouts,
                       Map<String, Map<Integer, Long>> chance, Map<String, Long> endings, Map<String, Long> stopped,
                       Map<String, Long> underway) {

    /** A version of the story with counts: the days (UTC) it was played and the journeys begun in it. */
    public record Version(String version, LocalDate firstDay, LocalDate lastDay, long begun) {}

    /** One UTC day: journeys begun and journeys that reached an ending that day. */
    public record Day(LocalDate day, long begun, long finished) {}

    public long begun() {
        return days.stream().mapToLong(Day::begun).sum();
    }

    public long finished() {
        return days.stream().mapToLong(Day::finished).sum();
    }

    /** Journeys that reached {@code scene} and went no further: stopped for good, and still underway. */
    public long stoppedAt(String scene) {
        return stopped.getOrDefault(scene, 0L) + underway.getOrDefault(scene, 0L);
    }
}
