package org.crossing.story.compile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossing.story.model.Position;
import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.Diagnostic;

/**
 * Reads a story folder from disk: every {@code .story} file below it (hidden folders and
 * {@code media/} excluded, links not followed), its translations
 * ({@code translations/LANG/*.translation}) and the names of the files in {@code media/}.
 * Sizes are bounded so that a wrong folder cannot exhaust memory.
 */
public final class StoryFolder {

    static final int MAX_FILES = 2_000;
    static final long MAX_FILE_BYTES = 16L << 20;
    static final long MAX_TOTAL_BYTES = 64L << 20;
    static final int MAX_DEPTH = 16;
    static final int MAX_MEDIA = 20_000;

    private StoryFolder() {}

    public static StorySource read(Path folder) {
        return read(folder, null);
    }

    /** Reads the folder, judging again only the media files {@code known} (when not null) has not met unchanged. */
    public static StorySource read(Path folder, KnownMedia known) {
        if (known == null) return readFolder(folder, null);
        known.begin(java.time.Instant.now());
        try {
            return readFolder(folder, known);
        } finally {
            known.end();
        }
    }

    private static StorySource readFolder(Path folder, KnownMedia known) {
        String name = folder.toString();
        List<Diagnostic> problems = new ArrayList<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.exists(folder)) {
            return unreadable(name, "story folder '" + name + "' does not exist");
        }
        if (!Files.isDirectory(folder)) {
            return unreadable(name, "'" + name + "' is a file, but a story is a folder of .story files"
                    + (name.endsWith(".story") ? "; give the folder that holds it" : ""));
        }
        if (!Files.isReadable(folder)) return unreadable(name, "story folder '" + name + "' cannot be read (permission denied)");
        Path root;
        try {
            // The folder itself may be a link (a deployment's 'current' story, say); links inside it are not followed.
            root = folder.toRealPath();
        } catch (IOException e) {
            return unreadable(name, "cannot read the story folder '" + name + "': " + describe(e));
        }
        Map<String, byte[]> files = new TreeMap<>();
        Set<String> media = new TreeSet<>();
        Map<String, MediaContents> contents = new TreeMap<>();
        long[] total = {0};
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String relative = relative(root, file);
                    if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    if (relative.startsWith("media/")) {
                        if (media.size() < MAX_MEDIA) {
                            String name = relative.substring("media/".length());
                            media.add(name);
                            contents.put(name, known == null ? contents(file, attrs.size())
                                    : known.contents(name, attrs, () -> contents(file, attrs.size())));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    if (!relative.endsWith(".story") && !TranslationCompiler.isTranslation(relative)) return FileVisitResult.CONTINUE;
                    Position where = new Position(relative, 0, 0);
                    if (files.size() >= MAX_FILES) {
                        problems.add(Diagnostic.of(Code.TOO_LARGE, where, "a story holds at most " + MAX_FILES + " .story files; this one was not read", null));
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.size() > MAX_FILE_BYTES) {
                        problems.add(Diagnostic.of(Code.TOO_LARGE, where, String.format(
                                "this file is %,d bytes; a .story file may hold at most %,d, so split it", attrs.size(), MAX_FILE_BYTES), null));
                        return FileVisitResult.CONTINUE;
                    }
                    if (total[0] + attrs.size() > MAX_TOTAL_BYTES) {
                        problems.add(Diagnostic.of(Code.TOO_LARGE, where, String.format(
                                "the story's files pass %,d bytes in all; this one was not read", MAX_TOTAL_BYTES), null));
                        return FileVisitResult.CONTINUE;
                    }
                    total[0] += attrs.size();
                    files.put(relative, Files.readAllBytes(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            return unreadable(name, "cannot read the story folder '" + name + "': " + describe(e));
        }
        return new StorySource(name, files, media, problems, false, contents);
    }

    /** What a media file holds: read whole when small enough to parse, else judged by its first bytes. */
    private static MediaContents contents(Path file, long size) throws IOException {
        if (size <= MediaContents.PARSED_LIMIT) return MediaContents.of(Files.readAllBytes(file), true);
        try (var in = Files.newInputStream(file)) {
            return MediaContents.of(in.readNBytes(64), false);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) return "permission denied for " + a.getFile();
        if (e instanceof java.nio.file.NoSuchFileException n) return n.getFile() + " disappeared while reading";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static StorySource unreadable(String name, String message) {
        Diagnostic problem = Diagnostic.of(Code.UNREADABLE_FOLDER, null, message, null);
        return new StorySource(name, Map.of(), Set.of(), List.of(problem), true);
    }
}
