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

    /** The stories by slug and in folder order, swapped whole so a reader never sees half a change. */
    private record Entries(Map<String, PublishedStory> bySlug, List<String> order) {}

    private volatile Entries entries;

    public StoryCatalog(Collection<PublishedStory> stories) {
        Map<String, PublishedStory> bySlug = new LinkedHashMap<>();
        for (PublishedStory story : stories) bySlug.put(story.slug(), story);
        this.entries = new Entries(Map.copyOf(bySlug), List.copyOf(bySlug.keySet()));
    }

    /**
     * Puts {@code story} in place of the one with its slug (or adds it): requests that already
     * hold the old one finish with it, the next ones get the new one.
     */
    public synchronized void replace(PublishedStory story) {
        Map<String, PublishedStory> bySlug = new LinkedHashMap<>();
        for (String slug : entries.order()) bySlug.put(slug, entries.bySlug().get(slug));
        bySlug.put(story.slug(), story);
        entries = new Entries(Map.copyOf(bySlug), List.copyOf(bySlug.keySet()));
    }

    /**
     * Loads every story under {@code folder}. When any has errors, none is served: the exception
     * reports every story's errors at once, so an author fixes them in one go.
     */
    public static StoryCatalog load(Path folder) throws IOException, StoryLoadException {
        List<PublishedStory> loaded = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path dir : storyFolders(folder)) {
            String slug = slugOf(dir);
            if (slug == null) {
                failures.add(dir + ": the folder name must be lower-case letters, digits, '-' or '_' to be served (it names the story in URLs)");
                continue;
            }
            Compilation compilation = StoryCompiler.compile(dir);
            if (!compilation.ok()) {
                failures.add(compilation.report());
                continue;
            }
            Path media = dir.resolve("media");
            loaded.add(new PublishedStory(slug, compilation.story(), media, MapBackground.read(media)));
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

    public List<String> versions() {
        return all().stream().map(PublishedStory::version).distinct().toList();
    }
}
