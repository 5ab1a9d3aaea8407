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
    /** By slug: the key that lets invited players fetch a story's media before launch. */
    private final java.util.function.UnaryOperator<String> mediaKeys;

    StoryCaches(java.util.function.UnaryOperator<String> mediaKeys) {
        this.mediaKeys = mediaKeys;
    }

    StoryCache of(PublishedStory story) {
        // one cache per story, version and language: a translation's pages are its own
        String key = story.slug() + "@" + story.version() + "/" + story.language();
        StoryCache cache = byVersion.get(key);
        if (cache != null && cache.published() == story) return cache;
        // Two requests may make the same story's cache at once; either result serves.
        cache = new StoryCache(story, mediaQuery(story));
        if (byVersion.put(key, cache) == null) forgetOldest(story.slug(), key);
        return cache;
    }

    /**
     * What the story's media addresses end with. A story with a launch time keeps the key in them
     * after launch as well: its scene bodies are rendered once and kept, and the key then does no harm.
     */
    private String mediaQuery(PublishedStory story) {
        return story.story().metadata().launch() == null ? "" : "?k=" + mediaKeys.apply(story.slug());
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
