package org.crossing.app.stats;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts kept in memory only, each journey's step once as in PostgreSQL: for the studio's
 * previews, whose plays must not reach the real statistics.
 */
public final class MemoryCounterStore implements CounterStore {

    private final Map<UUID, JourneyRecord> journeys = new HashMap<>();
    private final Map<CounterKey, Long> counts = new HashMap<>();

    @Override
    public synchronized int write(List<JourneyStep> steps) {
        Tally tally = new Tally();
        int counted = 0;
        for (JourneyStep step : steps) {
            if (journeys.computeIfAbsent(step.journey(), id -> JourneyRecord.fresh()).count(step, tally)) counted++;
        }
        tally.totals.forEach((key, n) -> counts.merge(key, n, Long::sum));
        return counted;
    }

    @Override
    public synchronized Map<CounterKey, Long> load(Collection<String> versions) {
        Map<CounterKey, Long> out = new HashMap<>();
        counts.forEach((key, n) -> {
            if (versions.contains(key.version())) out.put(key, n);
        });
        return out;
    }

    /** Previews are forgotten with the studio; nothing expires. */
    @Override
    public int expire(Instant before) {
        return 0;
    }
}
