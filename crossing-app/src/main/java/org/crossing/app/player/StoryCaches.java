package org.crossing.app.player;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The player's {@link StoryCache} of each story version it serves, made on its first page. A
 * story loaded again under the same slug and version gets a new cache in the old one's place;
 * after a reload that changed its structure, the journeys begun before still play the earlier
 * version, so each version keeps its own cache (the newest few of a story).
 */
final class StoryCaches {

    /** More than the catalogue keeps of a story's earlier versions, so that none of those thrashes. */
    private static final int VERSIONS_PER_STORY = StoryCatalog.EARLIER_VERSIONS + 2;

    private final ConcurrentHashMap<String, StoryCache> byVersion = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, java.util.ArrayDeque<String>> versionsBySlug = new ConcurrentHashMap<>();

    StoryCache of(PublishedStory story) {
        // one cache per story, version and language: a translation's pages are its own
        String key = story.slug() + "@" + story.version() + "/" + story.language();
        StoryCache cache = byVersion.get(key);
        if (cache != null && cache.published() == story) return cache;
        // Two requests may make the same story's cache at once; either result serves.
        cache = new StoryCache(story);
        if (byVersion.put(key, cache) == null) forgetOldest(story.slug(), key);
        return cache;
    }

    private void forgetOldest(String slug, String key) {
        java.util.ArrayDeque<String> versions = versionsBySlug.computeIfAbsent(slug, s -> new java.util.ArrayDeque<>());
        synchronized (versions) {
            versions.remove(key);
            versions.addLast(key);
            while (versions.size() > VERSIONS_PER_STORY) byVersion.remove(versions.removeFirst());
        }
    }
}
