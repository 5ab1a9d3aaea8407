package org.crossing.story.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled story: immutable, fully resolved, safe to share between threads.
 * {@code version} is a fingerprint of the story's structure (see docs/story-language.md, "Story
 * versions"); play states carry it so that a state from another version is refused.
 */
public final class Story {

    private final Metadata metadata;
    private final List<Variable> variables;
    private final List<Scene> scenes;
    private final int start;
    private final List<Source> bibliography;
    private final int onceSlots;
    private final long version;
    private final int[] trackedScenes;
    private final int[] trackedSlots;
    private final Map<String, Scene> scenesById = new HashMap<>();
    private final PlayTables playTables;
    /** The story's translations by language, in the order of their tags. */
    private final Map<String, Translation> translations;

    /**
     * @param trackedScenes the scenes whose visit counts expressions read ({@code visits()},
     *                      {@code seen()}), in ascending order
     */
    public Story(Metadata metadata, List<Variable> variables, List<Scene> scenes, int start,
                 List<Source> bibliography, int onceSlots, int[] trackedScenes, long version) {
        this.metadata = metadata;
        this.variables = List.copyOf(variables);
        this.scenes = List.copyOf(scenes);
        this.start = start;
        this.bibliography = List.copyOf(bibliography);
        this.onceSlots = onceSlots;
        this.version = version;
        this.trackedScenes = trackedScenes.clone();
        this.trackedSlots = new int[this.scenes.size()];
        java.util.Arrays.fill(trackedSlots, -1);
        for (int i = 0; i < trackedScenes.length; i++) trackedSlots[trackedScenes[i]] = i;
        for (Scene scene : this.scenes) scenesById.put(scene.id(), scene);
        this.playTables = PlayTables.of(this.scenes, trackedSlots);
        this.translations = Map.of();
    }

    private Story(Story story, List<Translation> translations) {
        this.metadata = story.metadata;
        this.variables = story.variables;
        this.scenes = story.scenes;
        this.start = story.start;
        this.bibliography = story.bibliography;
        this.onceSlots = story.onceSlots;
        this.version = story.version;
        this.trackedScenes = story.trackedScenes;
        this.trackedSlots = story.trackedSlots;
        this.scenesById.putAll(story.scenesById);
        this.playTables = story.playTables;
        Map<String, Translation> byLanguage = new java.util.TreeMap<>();
        for (Translation translation : translations) byLanguage.put(translation.language(), translation);
        this.translations = java.util.Collections.unmodifiableMap(byLanguage);
    }

    /** This story with its translations, each a story of the same structure and version. */
    public Story withTranslations(List<Translation> translations) {
        for (Translation translation : translations) {
            if (translation.story().version() != version) throw new IllegalArgumentException("a translation has the version of its story");
        }
        return new Story(this, translations);
    }

    /** The translations, by language tag. */
    public Map<String, Translation> translations() {
        return translations;
    }

    /**
     * The story in {@code language}: this story when it is written in that language or has no
     * translation into it, else the translated story. Picking is a map lookup, once per page;
     * the translated story is built at compile time, so playing it costs what playing the
     * original does.
     */
    public Story in(String language) {
        Translation translation = language == null ? null : translations.get(language);
        return translation == null ? this : translation.story();
    }

    /** The languages a player can read this story in: its own, then its translations'. */
    public List<String> languages() {
        List<String> all = new java.util.ArrayList<>();
        all.add(metadata.language());
        for (String language : translations.keySet()) if (!language.equals(metadata.language())) all.add(language);
        return List.copyOf(all);
    }

    public Metadata metadata() {
        return metadata;
    }

    public String title() {
        return metadata.title();
    }

    public List<Variable> variables() {
        return variables;
    }

    public List<Scene> scenes() {
        return scenes;
    }

    public Scene scene(int index) {
        return scenes.get(index);
    }

    public Optional<Scene> scene(String id) {
        return Optional.ofNullable(scenesById.get(id));
    }

    public Scene startScene() {
        return scenes.get(start);
    }

    /** Every cited source, ordered by publisher, year and title. */
    public List<Source> bibliography() {
        return bibliography;
    }

    /** How many once-only choices the story has: the size of a play state's used-choice set. */
    public int onceSlots() {
        return onceSlots;
    }

    /** How many scenes have their visits tracked in play states. */
    public int trackedSceneCount() {
        return trackedScenes.length;
    }

    /** The scene whose visits are tracked in {@code slot}. */
    public int trackedScene(int slot) {
        return trackedScenes[slot];
    }

    /** The tracked-visits slot of a scene, or -1 when no expression reads its visits. */
    public int trackedSlot(int scene) {
        return trackedSlots[scene];
    }

    /** The scenes' rules of play in flat arrays, for the engine's every step. */
    public PlayTables playTables() {
        return playTables;
    }

    public long version() {
        return version;
    }

    /** The version as 16 hex digits, for tokens, statistics and reports. */
    public String versionHex() {
        return String.format("%016x", version);
    }

    /** The chapters in order of number, each once. */
    public List<Chapter> chapters() {
        // Worked out once: the player asks on every page (the strip's "Chapter 4 of 7"). Two threads
        // may both work it out; either list serves, the story being immutable.
        List<Chapter> known = chapters;
        if (known == null) {
            known = scenes.stream().map(Scene::chapter).filter(c -> c != null).distinct()
                    .sorted(java.util.Comparator.comparingInt(Chapter::number)).toList();
            chapters = known;
        }
        return known;
    }

    /** {@link #chapters()} once worked out; null before. */
    private volatile List<Chapter> chapters;

    @Override
    public String toString() {
        return "Story[" + metadata.title() + ", " + scenes.size() + " scenes, version " + versionHex() + "]";
    }
}
