package org.crossing.app.stats;

import java.util.Map;

/** Where counts are kept for good: PostgreSQL in production, a map in some tests. */
public interface CounterStore {

    /** Adds the counts to the stored ones in one batch; throws when the store cannot be reached. */
    void add(Map<CounterKey, Long> counts) throws Exception;

    /** Every stored count of these story versions. */
    Map<CounterKey, Long> load(java.util.Collection<String> versions) throws Exception;
}
