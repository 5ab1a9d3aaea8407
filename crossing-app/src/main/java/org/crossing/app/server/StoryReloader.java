package org.crossing.app.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crossing.app.player.PublishedStory;
import org.crossing.app.player.StoryCatalog;
import org.crossing.app.player.StoryLoadException;
import org.crossing.app.stats.Statistics;
import org.crossing.story.model.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the stories folder again into a running node: each story that compiles takes its old
 * version's place at once, for the next request; one with errors is left as it was, still served,
 * and its errors logged. A journey begun before a change to a story's structure goes on in the
 * version it began in ({@link StoryCatalog#replace}). Called on {@code SIGHUP} and, with
 * {@code serve --watch}, when a file under the folder changes.
 */
public final class StoryReloader {

    private static final Logger LOG = LoggerFactory.getLogger(StoryReloader.class);

    private final Path storiesDir;
    private final StoryCatalog catalog;
    private final Statistics statistics;

    public StoryReloader(Path storiesDir, StoryCatalog catalog, Statistics statistics) {
        this.storiesDir = storiesDir;
        this.catalog = catalog;
        this.statistics = statistics;
    }

    /** What one reload did, story by story. */
    public record Result(List<String> replaced, List<String> unchanged, List<String> failed) {}

    /** Compiles every story of the folder and swaps in those that compile; never throws for a story's fault. */
    public synchronized Result reload() {
        List<String> replaced = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Path> folders;
        try {
            folders = StoryCatalog.storyFolders(storiesDir);
        } catch (IOException e) {
            LOG.warn("cannot reload the stories: {}; still serving the stories loaded before", e.getMessage());
            return new Result(replaced, unchanged, List.of(storiesDir.toString()));
        }
        for (Path dir : folders) {
            String slug = StoryCatalog.slugOf(dir);
            PublishedStory loaded;
            try {
                loaded = StoryCatalog.compile(dir);
            } catch (StoryLoadException e) {
                failed.add(slug == null ? dir.toString() : slug);
                LOG.warn("{} has errors, so the version served before stays:\n{}", dir, e.getMessage().strip());
                continue;
            } catch (RuntimeException e) {
                failed.add(slug);
                LOG.warn("{} could not be read ({}); the version served before stays", dir, e.toString());
                continue;
            }
            PublishedStory before = catalog.get(loaded.slug());
            statistics.showVersion(loaded.version());
            catalog.replace(loaded);
            if (before == null) {
                LOG.info("serving a new story, '{}', at /s/{}", loaded.story().title(), loaded.slug());
                replaced.add(loaded.slug());
            } else if (!before.version().equals(loaded.version())) {
                LOG.info("reloaded '{}': its structure changed (version {} after {}); journeys begun before go on in the version they began in",
                        loaded.slug(), loaded.version(), before.version());
                replaced.add(loaded.slug());
            } else {
                // a reload on every save, or of every story on SIGHUP, says only what changed
                if (!readsTheSame(before.story(), loaded.story())) {
                    LOG.info("reloaded '{}' (same structure, version {}): journeys in progress see the new text", loaded.slug(), loaded.version());
                }
                unchanged.add(loaded.slug());
            }
        }
        return new Result(replaced, unchanged, failed);
    }

    /** Whether two compilations of a story tell the same: its settings, values, scenes and sources, in each of its languages. */
    private static boolean readsTheSame(Story a, Story b) {
        if (!sameWords(a, b) || !a.translations().keySet().equals(b.translations().keySet())) return false;
        for (String language : a.translations().keySet()) {
            if (!sameWords(a.translations().get(language).story(), b.translations().get(language).story())) return false;
        }
        return true;
    }

    private static boolean sameWords(Story a, Story b) {
        return a.metadata().equals(b.metadata()) && a.variables().equals(b.variables()) && a.scenes().equals(b.scenes())
                && a.bibliography().equals(b.bibliography());
    }
}
