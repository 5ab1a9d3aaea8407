package org.crossing.app.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steps counted in memory and not yet written, at most one per (journey, step): a token sent a
 * hundred times within a second is one entry. Bounded by {@code max} entries (a second or two of
 * the busiest traffic); past it, steps are refused and the caller counts them as dropped.
 */
final class PendingSteps {

    /** What {@link #offer} did with a step. */
    enum Offer { NEW, DUPLICATE, FULL }

    private final ConcurrentHashMap<JourneyStep.Key, JourneyStep> steps = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int max;

    PendingSteps(int max) {
        this.max = max;
    }

    Offer offer(JourneyStep step) {
        if (size.get() >= max) return Offer.FULL;
        if (steps.putIfAbsent(step.key(), step) != null) return Offer.DUPLICATE;
        size.incrementAndGet();
        return Offer.NEW;
    }

    /** Takes every pending step. A step offered meanwhile is either taken or stays for the next drain; none is taken twice. */
    List<JourneyStep> drain() {
        List<JourneyStep> taken = new ArrayList<>(Math.max(16, size.get()));
        for (JourneyStep.Key key : steps.keySet()) {
            JourneyStep step = steps.remove(key);
            if (step != null) {
                taken.add(step);
                size.decrementAndGet();
            }
        }
        return taken;
    }

    /** Puts steps back after they could be neither written nor saved, to go out with the next write. */
    void restore(Collection<JourneyStep> taken) {
        for (JourneyStep step : taken) if (steps.putIfAbsent(step.key(), step) == null) size.incrementAndGet();
    }

    int size() {
        return size.get();
    }
}
