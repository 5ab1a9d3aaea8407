package org.crossing.app.stats;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Counts kept in memory only: for the studio's previews, whose plays must not reach the real statistics. */
public final class MemoryCounterStore implements CounterStore {

    private final Map<CounterKey, Long> counts = new HashMap<>();

    @Override
    public synchronized void add(Map<CounterKey, Long> more) {
        more.forEach((key, n) -> counts.merge(key, n, Long::sum));
    }

    @Override
    public synchronized Map<CounterKey, Long> load(Collection<String> versions) {
        Map<CounterKey, Long> out = new HashMap<>();
        counts.forEach((key, n) -> {
            if (versions.contains(key.version())) out.put(key, n);
        });
        return out;
    }
}
