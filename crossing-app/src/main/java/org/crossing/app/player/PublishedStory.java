package org.crossing.app.player;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * A story the server plays: its compiled model, the name in its URLs ({@code slug}, the folder
 * name), its media folder and, when the story ships one, its map. What the player's pages keep
 * of it is in the player's {@link StoryCache}.
 */
public final class PublishedStory {

    private final String slug;
    private final Story story;
    private final Path mediaDir;
    private final MapBackground map;
    private final String version;
    private final List<Scene> endings;
    /** The media files its pages use, the only ones served. */
    private final Set<String> media;
    /** What media addresses end with: the key that lets invited players fetch media before launch ("" without a launch time). */
    private volatile String mediaQuery = "";

    public PublishedStory(String slug, Story story, Path mediaDir, MapBackground map) {
        this.slug = Objects.requireNonNull(slug);
        this.story = Objects.requireNonNull(story);
        this.mediaDir = mediaDir;
        this.map = map;
        this.version = story.versionHex();
        this.endings = story.scenes().stream().filter(Scene::isEnding).toList();
        this.media = StoryMedia.referenced(story, map);
    }

    /** Whether the story's pages use the media file of this name (the only ones served). */
    boolean usesMedia(String name) {
        return media.contains(name);
    }

    public String slug() {
        return slug;
    }

    public Story story() {
        return story;
    }

    /** Set once by the routes, before the first page: the query that media addresses carry. */
    void mediaQuery(String query) {
        this.mediaQuery = query;
    }

    String mediaQuery() {
        return mediaQuery;
    }

    public Path mediaDir() {
        return mediaDir;
    }

    public MapBackground map() {
        return map;
    }

    /** The story's version, as statistics and tokens name it. */
    public String version() {
        return version;
    }

    /** The ending scenes, in story order: the outcomes the ending page's distribution lists. */
    public List<Scene> endings() {
        return endings;
    }

    /** Whether anyone may begin the story at {@code now}, or only invited players. */
    public boolean open(Instant now) {
        Instant launch = story.metadata().launch();
        return launch == null || !now.isBefore(launch);
    }

    @Override
    public String toString() {
        return "PublishedStory[" + slug + ", " + story + "]";
    }
}
