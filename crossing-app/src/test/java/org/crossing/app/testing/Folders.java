package org.crossing.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies and removals of whole folders, for tests that change a story or a site on disk. */
public final class Folders {

    private Folders() {}

    /** Copies {@code from} and what it holds to {@code to}, which must not exist yet; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(copy);
                else Files.copy(file, copy);
            }
        }
        return to;
    }

    /**
     * Removes a folder and what it holds, if it exists; links are removed, not followed. A process
     * that still writes in it (a PostgreSQL slow to stop on a loaded machine) can add or remove
     * files meanwhile: the walk is tried again, a few times, before its error is thrown.
     */
    public static void delete(Path folder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteOnce(folder);
                return;
            } catch (UncheckedIOException | NoSuchFileException | DirectoryNotEmptyException e) {
                if (attempt == 5) throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while removing " + folder, interrupted);
                }
            }
        }
    }

    private static void deleteOnce(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
