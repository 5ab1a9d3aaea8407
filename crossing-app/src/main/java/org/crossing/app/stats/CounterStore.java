package org.crossing.app.stats;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where counts are kept for good: PostgreSQL in production, a map in some tests. */
public interface CounterStore {

    /**
     * Counts the steps in one transaction, each (journey, step) at most once however often it is
     * written, by this node or any other: writing the same batch again adds nothing. Returns how
     * many of the steps were counted for the first time; throws when the store cannot be reached,
     * and then nothing of the batch was written.
     */
    int write(List<JourneyStep> steps) throws Exception;

    /** The totals shown to players ({@code play_count}) of these story versions. */
    Map<CounterKey, Long> load(Collection<String> versions) throws Exception;

    /**
     * Forgets journeys begun before {@code before}, adding each that never ended to the count of
     * the scene where it stopped. Returns how many were forgotten.
     */
    int expire(Instant before) throws Exception;
}
