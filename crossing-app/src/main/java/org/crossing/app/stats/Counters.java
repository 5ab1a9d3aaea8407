package org.crossing.app.stats;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this node counted and has not written yet, per display total: added when a step is
 * counted, taken off when the database has it. Shown to players on top of the stored totals, so
 * that a player sees their own choice counted at once. Bounded by the number of distinct keys,
 * which the stories' structure bounds.
 */
final class Counters {

    private final ConcurrentHashMap<CounterKey, LongAdder> counts = new ConcurrentHashMap<>();
    private final int maxKeys;

    Counters(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    void add(CounterKey key, long count) {
        LongAdder adder = counts.get(key);
        if (adder == null) {
            if (counts.size() >= maxKeys) return;
            adder = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        adder.add(count);
    }

    /** Adds (or with -1 takes off) what one step shows to players. */
    void add(JourneyStep step, long count) {
        if (step.again()) return;
        if (step.kind() == JourneyStep.Kind.BEGIN) add(CounterKey.begin(step.story(), step.version(), step.scene()), count);
        CounterKey choice = step.choiceKey();
        if (choice != null) add(choice, count);
        if (step.ending()) add(CounterKey.ending(step.story(), step.version(), step.arrival()), count);
    }

    long count(CounterKey key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : Math.max(0, adder.sum());
    }
}
