package org.crossing.app.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * A story the server plays: its compiled model, the name in its URLs ({@code slug}, the folder
 * name), its media folder and, when the story ships one, its map.
 */
public record PublishedStory(String slug, Story story, Path mediaDir, MapBackground map) {

    public String version() {
        return story.versionHex();
    }

    /** The ending scenes, in story order: the outcomes the ending page's distribution lists. */
    public List<Scene> endings() {
        return story.scenes().stream().filter(Scene::isEnding).toList();
    }

    /** Whether anyone may begin the story at {@code now}, or only invited players. */
    public boolean open(Instant now) {
        Instant launch = story.metadata().launch();
        return launch == null || !now.isBefore(launch);
    }
}
