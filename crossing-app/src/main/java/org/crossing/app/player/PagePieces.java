package org.crossing.app.player;

import org.crossing.app.http.RenderedHtml;
import org.crossing.app.http.RenderedPieces;

import gg.jte.generated.precompiled.JteendingshareGenerated;
import gg.jte.generated.precompiled.JtejourneymapGenerated;
import gg.jte.generated.precompiled.JtemapstripGenerated;
import java.util.List;
import java.util.function.Supplier;
import org.crossing.app.token.ShareCard;

/**
 * The parts of pages that depend on where a journey went and not on its token, kept as HTML:
 * the scene page's route strip of each route so far, the ending's journey map of each route, and
 * the share block of each outcome (its address, post and links). Each is rendered by its own
 * template the first time a page shows it. They are kept by the story's {@link StoryCache} (a
 * story version in one language) and what they show, so a story loaded again never shows an old
 * piece; the keys name the story by its cache's {@link StoryCache#id}, so a replaced story is not
 * kept in memory by its pieces. The bytes kept are bounded
 * ({@link RenderedPieces}), so a flood of outcomes nobody else reached cannot grow memory.
 */
final class PagePieces {

    /** How many bytes of pieces the node keeps, for all its stories: a piece is a few kilobytes. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private record MapKey(long story, List<Integer> placeScenes, String summary) {}

    private record ShareKey(long story, String base, ShareCard card) {}

    /** A strip's words depend on the route, the chapter and the time so far; its story is one language. */
    private record StripKey(long story, List<Integer> placeScenes, int chapter, JourneyTime time) {}

    private final RenderedPieces<Object> kept = new RenderedPieces<>(MAX_BYTES);

    /**
     * The journey map through {@code placeScenes} ({@link Journey#placeScenes}) with its
     * {@code summary}, in {@code head}'s language; null when the story has no places or the route none.
     */
    RenderedHtml journeyMap(StoryCache story, List<Integer> placeScenes, String summary, Views.Head head) {
        if (story.mapBase() == null) return null;
        RenderedHtml map = kept.get(new MapKey(story.id, List.copyOf(placeScenes), summary), key -> {
            Views.MapView view = story.journeyMap(story.route(placeScenes), summary);
            return RenderedHtml.of(out -> {
                if (view != null) JtejourneymapGenerated.render(out, null, view, head);
            });
        });
        return map.bytes().length == 0 ? null : map;
    }

    /**
     * The route strip of a journey through {@code placeScenes} in {@code chapter} (-1 outside
     * chapters) after {@code time} (null when the story tells none); {@code strip} is asked only
     * when it is not kept. Null when it shows nothing.
     */
    RenderedHtml strip(StoryCache story, List<Integer> placeScenes, int chapter, JourneyTime time, Supplier<Views.MapStrip> strip) {
        RenderedHtml piece = kept.get(new StripKey(story.id, placeScenes, chapter, time), key -> {
            Views.MapStrip view = strip.get();
            return RenderedHtml.of(out -> {
                if (view != null) JtemapstripGenerated.render(out, null, view);
            });
        });
        return piece.bytes().length == 0 ? null : piece;
    }

    /** The share block of the outcome {@code card}, on a page at {@code base}; {@code share} is asked only when it is not kept. */
    RenderedHtml share(StoryCache story, String base, ShareCard card, Supplier<Views.ShareView> share, Views.Head head) {
        return kept.get(new ShareKey(story.id, base, card), key -> RenderedHtml.of(out -> JteendingshareGenerated.render(out, null, share.get(), head)));
    }

    /** How many pieces are kept. */
    long size() {
        return kept.size();
    }
}
