package org.crossing.app.player;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.crossing.app.stats.CounterKey;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * A story the server plays: its compiled model, the name in its URLs ({@code slug}, the folder
 * name), its media folder and, when the story ships one, its map.
 *
 * <p>Stories are immutable once loaded, so what every page of a story would otherwise work out
 * again on each request is worked out here once: its version string, its endings and their
 * statistics keys, each scene's choice keys, the endings' summaries without values, the parts of
 * the share links that depend on the story alone, and the journey map's projected places. Each
 * scene's body is rendered on its first request and kept ({@link SceneBodies}).
 */
public final class PublishedStory {

    private final String slug;
    private final Story story;
    private final Path mediaDir;
    private final MapBackground map;

    private final String version;
    private final List<Scene> endings;
    private final List<CounterKey> endingKeys;
    private final List<String> endingsWithoutValues;
    /** By scene index: the statistics keys of the scene's choices, in choice order. */
    private final List<List<CounterKey>> choiceKeys;
    private final Pages.ShareTag shareTag;
    private final Journey.MapBase mapBase;
    /** By scene index: the scene's body as HTML, once rendered ({@link SceneBodies}); null until then. */
    private final AtomicReferenceArray<byte[]> renderedBodies;

    public PublishedStory(String slug, Story story, Path mediaDir, MapBackground map) {
        this.slug = Objects.requireNonNull(slug);
        this.story = Objects.requireNonNull(story);
        this.mediaDir = mediaDir;
        this.map = map;
        this.version = story.versionHex();
        this.endings = story.scenes().stream().filter(Scene::isEnding).toList();
        this.endingKeys = endings.stream().map(e -> CounterKey.ending(slug, version, e.id())).toList();
        this.endingsWithoutValues = endings.stream().map(e -> Pages.withoutValues(e.ending().summary().source())).toList();
        List<List<CounterKey>> keys = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            keys.add(scene.choices().stream().map(c -> CounterKey.choice(slug, version, scene.id(), c.index())).toList());
        }
        this.choiceKeys = List.copyOf(keys);
        this.shareTag = Pages.ShareTag.of(story.metadata().hashtag());
        this.mapBase = Journey.MapBase.of(story, map);
        this.renderedBodies = new AtomicReferenceArray<>(story.scenes().size());
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

    public String version() {
        return version;
    }

    /** The ending scenes, in story order: the outcomes the ending page's distribution lists. */
    public List<Scene> endings() {
        return endings;
    }

    /** The statistics key of each of {@link #endings()}, in the same order. */
    List<CounterKey> endingKeys() {
        return endingKeys;
    }

    /** The summary of each of {@link #endings()} as written, its values left out ({@link Pages#withoutValues}). */
    List<String> endingsWithoutValues() {
        return endingsWithoutValues;
    }

    /** The statistics keys of the choices of the scene at {@code sceneIndex}, in choice order ({@link Choice#index()}). */
    List<CounterKey> choiceKeys(int sceneIndex) {
        return choiceKeys.get(sceneIndex);
    }

    Pages.ShareTag shareTag() {
        return shareTag;
    }

    /** The journey map's fixed parts; null when the story has no places. */
    Journey.MapBase mapBase() {
        return mapBase;
    }

    /** The body of the scene at {@code sceneIndex} as {@link SceneBodies} rendered it, or null before. */
    byte[] renderedBody(int sceneIndex) {
        return renderedBodies.get(sceneIndex);
    }

    void keepRenderedBody(int sceneIndex, byte[] html) {
        renderedBodies.set(sceneIndex, html);
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
