package org.crossing.app.player;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    /** The media files its pages use, the only ones served: those the story names, and the MP3s beside its sounds. */
    private final Set<String> media;
    private final MediaFacts mediaFacts;

    /** The story as written: the one whose translations these are, and that reads the media. */
    private final PublishedStory original;
    /** The story in each language it can be read in, by language tag, this one included. */
    private final Map<String, PublishedStory> languages;

    public PublishedStory(String slug, Story story, Path mediaDir, MapBackground map) {
        this(slug, story, mediaDir, map, null);
    }

    /**
     * A new version of {@code before}'s story (null for none), as a tool that follows a story
     * folder publishes it on every save: media files unchanged since {@code before} are not read again.
     */
    public PublishedStory(String slug, Story story, Path mediaDir, MapBackground map, PublishedStory before) {
        this.slug = Objects.requireNonNull(slug);
        this.story = Objects.requireNonNull(story);
        this.mediaDir = mediaDir;
        this.map = map;
        this.version = story.versionHex();
        this.endings = story.scenes().stream().filter(Scene::isEnding).toList();
        Set<String> named = new java.util.TreeSet<>();
        for (String language : story.languages()) named.addAll(StoryMedia.referenced(story.in(language), map));
        // every language's files: a page in one language may link to captions in another
        this.mediaFacts = MediaFacts.read(mediaDir, named,
                before == null || !Objects.equals(before.mediaDir, mediaDir) ? MediaFacts.NONE : before.original.mediaFacts);
        Set<String> served = new java.util.TreeSet<>(named);
        for (String name : named) if (mediaFacts.hasMp3(name)) served.add(MediaFacts.mp3Sibling(name));
        this.media = Set.copyOf(served);
        this.original = this;
        Map<String, PublishedStory> languages = new java.util.LinkedHashMap<>();
        languages.put(story.metadata().language(), this);
        for (String language : story.translations().keySet()) languages.put(language, new PublishedStory(this, story.in(language)));
        this.languages = java.util.Collections.unmodifiableMap(languages);
    }

    /** The story in another language: the same slug, version, media and statistics, its own words. */
    private PublishedStory(PublishedStory original, Story translated) {
        this.slug = original.slug;
        this.story = translated;
        this.mediaDir = original.mediaDir;
        this.map = original.map;
        this.version = original.version;
        this.endings = translated.scenes().stream().filter(Scene::isEnding).toList();
        this.media = original.media;
        this.mediaFacts = original.mediaFacts;
        this.original = original;
        this.languages = Map.of();
    }

    /** The story in {@code language}, or as written when it has no translation into it. */
    public PublishedStory in(String language) {
        PublishedStory translated = language == null ? null : original.languages.get(language);
        return translated == null ? original : translated;
    }

    /** The languages it can be read in: its own first. */
    public List<String> languages() {
        return List.copyOf(original.languages.keySet());
    }

    /** The versions, picture sizes and MP3 siblings of the media files, read when the story was loaded. */
    MediaFacts mediaFacts() {
        return mediaFacts;
    }

    /** The language of its words. */
    public String language() {
        return story.metadata().language();
    }

    /** Whether this is the story as written rather than a translation. */
    public boolean isOriginal() {
        return original == this;
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
        return "PublishedStory[" + slug + (isOriginal() ? "" : " in " + language()) + ", " + story + "]";
    }
}
