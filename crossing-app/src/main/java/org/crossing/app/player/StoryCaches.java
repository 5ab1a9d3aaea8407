package org.crossing.app.player;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The player's {@link StoryCache} of each story it serves, made on the story's first page. A
 * story loaded again (a new {@link PublishedStory} under the same slug) gets a new cache, which
 * takes the old one's place.
 */
final class StoryCaches {

    private final ConcurrentHashMap<String, StoryCache> bySlug = new ConcurrentHashMap<>();

    StoryCache of(PublishedStory story) {
        StoryCache cache = bySlug.get(story.slug());
        if (cache != null && cache.published() == story) return cache;
        // Two requests may make the same story's cache at once; either result serves.
        cache = new StoryCache(story);
        bySlug.put(story.slug(), cache);
        return cache;
    }
}
