package org.crossing.app.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * Pieces of pages rendered once and kept by what they depend on, bounded by their size in bytes:
 * a flood of requests that each need a piece of their own (an outcome shared once, a route
 * nobody else took) cannot grow memory past the bound, and does not push out the pieces that
 * most pages show (Caffeine keeps the frequent ones).
 */
public final class RenderedPieces<K> {

    /** What a kept piece costs beyond its bytes: its key, the entry and the array's header, roughly. */
    private static final int ENTRY_OVERHEAD = 96;

    private final Cache<K, RenderedHtml> pieces;

    /** @param maxBytes how many bytes of rendered HTML are kept at most */
    public RenderedPieces(long maxBytes) {
        this.pieces = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((K key, RenderedHtml piece) -> piece.bytes().length + ENTRY_OVERHEAD).build();
    }

    /** The piece kept for {@code key}, rendered by {@code render} when there is none. */
    public RenderedHtml get(K key, Function<? super K, RenderedHtml> render) {
        return pieces.get(key, render);
    }

    /** How many pieces are kept. */
    public long size() {
        pieces.cleanUp();
        return pieces.estimatedSize();
    }
}
