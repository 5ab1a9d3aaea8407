package org.crossing.app.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crossing.story.compile.KnownMedia;
import org.crossing.story.compile.StoryFolder;
import org.crossing.story.compile.StorySource;

/**
 * What of a story folder the studio's work depends on, read once per save: the sources the
 * compiler reads, the media files the player serves (by name, size and time; the kind the
 * compiler judges is read again only of a file that changed) and the playtests coverage replays. Comparing two tells the studio what a
 * burst of file events changed: an editor's backup file, a save that wrote the same bytes or a
 * touched file change nothing and cost no recompile.
 */
record FolderState(StorySource source, Map<String, String> media, Map<String, String> playtests) {

    /** Reads the folder; media files {@code known} met unchanged before are not read again. */
    static FolderState read(Path folder, KnownMedia known) {
        return new FolderState(StoryFolder.read(folder, known), stamps(folder.resolve("media"), ""), stamps(folder.resolve(Playtests.FOLDER), ".json"));
    }

    /** Whether the story the compiler and the player see is the same: same files with the same bytes, same media. */
    boolean sameStory(FolderState other) {
        StorySource a = source;
        StorySource b = other.source;
        if (a.unreadable() != b.unreadable() || !a.problems().equals(b.problems()) || !a.media().equals(b.media())
                || !a.mediaContents().equals(b.mediaContents()) || !media.equals(other.media)
                || !a.files().keySet().equals(b.files().keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> file : a.files().entrySet()) {
            if (!Arrays.equals(file.getValue(), b.files().get(file.getKey()))) return false;
        }
        return true;
    }

    boolean samePlaytests(FolderState other) {
        return playtests.equals(other.playtests);
    }

    /** Each regular file below {@code dir} whose name ends with {@code suffix}, by relative path: its size and time of change. */
    private static Map<String, String> stamps(Path dir, String suffix) {
        Map<String, String> stamps = new TreeMap<>();
        if (!Files.isDirectory(dir)) return stamps;
        try (Stream<Path> files = Files.walk(dir, 4)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().endsWith(suffix)) continue;
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    stamps.put(dir.relativize(file).toString(), attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file that vanished mid-walk: a stamp no other read gives, so the next read counts as a change
            stamps.put("", "unreadable: " + e);
        }
        return stamps;
    }
}
