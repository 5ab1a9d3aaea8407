package org.crossing.story.compile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossing.story.syntax.Diagnostic;

/**
 * A story's files as bytes, by path relative to the story folder ('/' separated, in reading
 * order), and the names of the files in its media folder ({@code mediaContents}: what each holds,
 * when it was read). {@code problems} holds what went wrong
 * while reading; {@code unreadable} is set when the folder itself could not be read.
 */
public record StorySource(String name, Map<String, byte[]> files, Set<String> media, List<Diagnostic> problems, boolean unreadable,
                          Map<String, MediaContents> mediaContents) {

    public StorySource {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(files)));
        media = java.util.Collections.unmodifiableSet(new TreeSet<>(media));
        problems = List.copyOf(problems);
        mediaContents = Map.copyOf(mediaContents);
    }

    /** A story whose media files are known by name only: their contents are not checked. */
    public StorySource(String name, Map<String, byte[]> files, Set<String> media, List<Diagnostic> problems, boolean unreadable) {
        this(name, files, media, problems, unreadable, Map.of());
    }

    /** The story without its translations: what a tool that writes translations compiles, so that errors in them do not stop it. */
    public StorySource withoutTranslations() {
        Map<String, byte[]> stories = new TreeMap<>(files);
        stories.keySet().removeIf(TranslationCompiler::isTranslation);
        return new StorySource(name, stories, media, problems, unreadable, mediaContents);
    }

    /** An in-memory story, for tests and tools: story files as text by relative path, and media file names. */
    public static StorySource of(Map<String, String> files, Set<String> media) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new StorySource("story", bytes, media, List.of(), false);
    }

    /** An in-memory story of one file named story.story, with no media. */
    public static StorySource of(String text) {
        return of(Map.of("story.story", text), Set.of());
    }
}
