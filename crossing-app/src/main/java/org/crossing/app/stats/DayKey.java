package org.crossing.app.stats;

import java.time.LocalDate;
import java.util.Comparator;

/** A row of {@code play_day}: a count per story version, UTC day, kind, scene and item. */
record DayKey(String story, String version, LocalDate day, String kind, String scene, int item) {

    /** The order rows are written in, the same on every node, so that two nodes' writes never wait on each other in a circle. */
    static final Comparator<DayKey> ORDER = Comparator.comparing(DayKey::story).thenComparing(DayKey::version)
            .thenComparing(DayKey::day).thenComparing(DayKey::kind).thenComparing(DayKey::scene).thenComparingInt(DayKey::item);
}
