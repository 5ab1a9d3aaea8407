package org.crossing.app.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts not yet written to the database, aggregated in memory: a request adds one and returns,
 * whatever the database is doing. Memory is bounded by the number of distinct keys, which the
 * stories' structure bounds; past {@code maxKeys} new keys are dropped and counted as dropped,
 * while existing keys keep counting however long the database is away.
 */
final class Counters {

    private final ConcurrentHashMap<CounterKey, LongAdder> pending = new ConcurrentHashMap<>();
    private final int maxKeys;
    private final LongAdder dropped = new LongAdder();

    Counters(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    void add(CounterKey key, long count) {
        LongAdder adder = pending.get(key);
        if (adder == null) {
            if (pending.size() >= maxKeys) {
                dropped.add(count);
                return;
            }
            adder = pending.computeIfAbsent(key, k -> new LongAdder());
        }
        adder.add(count);
    }

    /**
     * Takes every pending count, leaving zero behind. An add racing with this lands either in the
     * returned counts or in the next drain: each cell is swapped atomically, so none is lost.
     */
    Map<CounterKey, Long> drain() {
        Map<CounterKey, Long> taken = new HashMap<>();
        for (Map.Entry<CounterKey, LongAdder> entry : pending.entrySet()) {
            long count = entry.getValue().sumThenReset();
            if (count != 0) taken.put(entry.getKey(), count);
        }
        return taken;
    }

    /** Puts counts back after a failed write, to go out with the next one. */
    void restore(Map<CounterKey, Long> counts) {
        counts.forEach((key, count) -> pending.computeIfAbsent(key, k -> new LongAdder()).add(count));
    }

    long pendingCount(CounterKey key) {
        LongAdder adder = pending.get(key);
        return adder == null ? 0 : adder.sum();
    }

    long pendingTotal() {
        long total = 0;
        for (LongAdder adder : pending.values()) total += adder.sum();
        return total;
    }

    long droppedTotal() {
        return dropped.sum();
    }
}
