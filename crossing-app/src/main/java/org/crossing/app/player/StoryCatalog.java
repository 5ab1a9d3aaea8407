package org.crossing.app.player;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;

/**
 * The stories a server plays, by slug, loaded once at start. A story is a sub-folder of the
 * stories folder holding {@code .story} files; a folder that is itself a story is served alone.
 */
public final class StoryCatalog {

    /** Slugs appear in URLs and in statistics: keep them to a safe alphabet. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /**
     * How many earlier versions of a story stay playable after a reload changed its structure:
     * journeys begun on one go on in it, since their tokens name the version they began in.
     */
    public static final int EARLIER_VERSIONS = 4;

    /**
     * The stories by slug and in folder order, and each story's earlier versions still played
     * (newest first), swapped whole so a reader never sees half a change.
     */
    private record Entries(Map<String, PublishedStory> bySlug, List<String> order, Map<String, List<PublishedStory>> earlier) {}

    private volatile Entries entries;

    public StoryCatalog(Collection<PublishedStory> stories) {
        Map<String, PublishedStory> bySlug = new LinkedHashMap<>();
        for (PublishedStory story : stories) bySlug.put(story.slug(), story);
        this.entries = new Entries(Map.copyOf(bySlug), List.copyOf(bySlug.keySet()), Map.of());
    }

    /**
     * Puts {@code story} in place of the one with its slug (or adds it): requests that already
     * hold the old one finish with it, the next ones get the new one. When the new one has
     * another version (its structure changed), the old one stays playable for the journeys
     * begun in it ({@link #version}).
     */
    public synchronized void replace(PublishedStory story) {
        Entries now = entries;
        Map<String, PublishedStory> bySlug = new LinkedHashMap<>();
        for (String slug : now.order()) bySlug.put(slug, now.bySlug().get(slug));
        PublishedStory old = bySlug.put(story.slug(), story);
        Map<String, List<PublishedStory>> earlier = new LinkedHashMap<>(now.earlier());
        if (old != null && !old.version().equals(story.version())) {
            List<PublishedStory> versions = new ArrayList<>();
            versions.add(old);
            for (PublishedStory e : now.earlier().getOrDefault(story.slug(), List.of())) {
                if (!e.version().equals(old.version()) && !e.version().equals(story.version())) versions.add(e);
            }
            earlier.put(story.slug(), List.copyOf(versions.subList(0, Math.min(EARLIER_VERSIONS, versions.size()))));
        }
        entries = new Entries(Map.copyOf(bySlug), List.copyOf(bySlug.keySet()), Map.copyOf(earlier));
    }

    /** The story of this slug in the version a journey began in: the current one, or an earlier one still played; null if neither. */
    public PublishedStory version(String slug, long version) {
        Entries now = entries;
        PublishedStory current = now.bySlug().get(slug);
        if (current == null || current.story().version() == version) return current;
        for (PublishedStory earlier : now.earlier().getOrDefault(slug, List.of())) {
            if (earlier.story().version() == version) return earlier;
        }
        return null;
    }

    /**
     * Compiles the story in {@code dir} for serving; the report of its errors, or the story's
     * slug problem, in the exception.
     */
    public static PublishedStory compile(Path dir) throws StoryLoadException {
        String slug = slugOf(dir);
        if (slug == null) {
            throw new StoryLoadException(dir + ": the folder name must be lower-case letters, digits, '-' or '_' to be served (it names the story in URLs)");
        }
        Compilation compilation = StoryCompiler.compile(dir);
        if (!compilation.ok()) throw new StoryLoadException(compilation.report());
        Path media = dir.resolve("media");
        return new PublishedStory(slug, compilation.story(), media, MapBackground.read(media));
    }

    /**
     * Loads every story under {@code folder}. When any has errors, none is served: the exception
     * reports every story's errors at once, so an author fixes them in one go.
     */
    public static StoryCatalog load(Path folder) throws IOException, StoryLoadException {
        List<PublishedStory> loaded = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path dir : storyFolders(folder)) {
            try {
                loaded.add(compile(dir));
            } catch (StoryLoadException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) throw new StoryLoadException(String.join("\n", failures).strip());
        return new StoryCatalog(loaded);
    }

    /** The story folders a catalog of {@code folder} serves: the folder itself when it is a story, else its sub-folders that are. */
    public static List<Path> storyFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) throw new IOException("the stories folder " + folder + " does not exist");
        List<Path> candidates = new ArrayList<>();
        if (isStory(folder)) {
            candidates.add(folder);
        } else {
            try (Stream<Path> children = Files.list(folder)) {
                children.filter(Files::isDirectory).filter(StoryCatalog::isStory).sorted().forEach(candidates::add);
            }
        }
        return candidates;
    }

    /** The names in URLs of the stories {@code folder} serves, without compiling them. */
    public static Set<String> slugsIn(Path folder) throws IOException {
        Set<String> slugs = new TreeSet<>();
        for (Path dir : storyFolders(folder)) {
            String slug = slugOf(dir);
            if (slug != null) slugs.add(slug);
        }
        return slugs;
    }

    /** The story's name in URLs: its folder's name, or null when that name is not lower-case letters, digits, '-' or '_'. */
    public static String slugOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String slug = name == null ? "" : name.toString();
        return SLUG.matcher(slug).matches() ? slug : null;
    }

    private static boolean isStory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".story") && Files.isRegularFile(p));
        } catch (IOException e) {
            return false;
        }
    }

    public PublishedStory get(String slug) {
        return slug == null ? null : entries.bySlug().get(slug);
    }

    /** The names in URLs of the stories served, in the catalogue's order. */
    public Set<String> slugs() {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(entries.order()));
    }

    /** The stories in folder order. */
    public List<PublishedStory> all() {
        Entries now = entries;
        return now.order().stream().map(now.bySlug()::get).toList();
    }

    /** The versions of the stories served now. */
    public List<String> versions() {
        return all().stream().map(PublishedStory::version).distinct().toList();
    }
}
