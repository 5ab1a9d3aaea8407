package org.crossing.app.stats;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** What one batch of newly counted steps adds: to the totals shown to players, and to the counts by day. */
final class Tally {

    static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::story).thenComparing(CounterKey::version)
            .thenComparing(CounterKey::kind).thenComparing(CounterKey::scene).thenComparingInt(CounterKey::item);

    final Map<CounterKey, Long> totals = new HashMap<>();
    final Map<DayKey, Long> days = new HashMap<>();

    void add(CounterKey key) {
        totals.merge(key, 1L, Long::sum);
    }

    void add(DayKey key) {
        days.merge(key, 1L, Long::sum);
    }

    /** Adds what {@code other} adds. */
    void addAll(Tally other) {
        other.totals.forEach((key, count) -> totals.merge(key, count, Long::sum));
        other.days.forEach((key, count) -> days.merge(key, count, Long::sum));
    }

    boolean isEmpty() {
        return totals.isEmpty() && days.isEmpty();
    }

    Map<CounterKey, Long> sortedTotals() {
        Map<CounterKey, Long> sorted = new TreeMap<>(ORDER);
        sorted.putAll(totals);
        return sorted;
    }

    Map<DayKey, Long> sortedDays() {
        Map<DayKey, Long> sorted = new TreeMap<>(DayKey.ORDER);
        sorted.putAll(days);
        return sorted;
    }
}
