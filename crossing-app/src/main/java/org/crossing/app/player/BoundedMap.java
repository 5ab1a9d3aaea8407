package org.crossing.app.player;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Work kept by what it was done for, up to a number of entries; past that, what is kept starts
 * afresh. For work that journeys share (the few routes most players take), where the keys a
 * player can make are too many to keep them all: clearing costs a few recomputations, and keeps
 * no bookkeeping on the way of a request that finds its value.
 */
final class BoundedMap<K, V> {

    private final int maxEntries;
    private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();

    BoundedMap(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value kept for {@code key}, or null. */
    V kept(K key) {
        return kept.get(key);
    }

    /**
     * Keeps {@code value} for {@code key}, and answers it. {@code key} must not change once kept
     * (a copy of a list that its maker goes on filling, say). Two requests may keep a value for
     * the same key at once; the values are alike, so either serves.
     */
    V keep(K key, V value) {
        if (kept.size() >= maxEntries) kept.clear();
        kept.put(key, value);
        return value;
    }
}
