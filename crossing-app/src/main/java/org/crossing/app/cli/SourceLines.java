package org.crossing.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossing.story.model.Position;

/**
 * The lines of a story's files, read when a report first points into them, so that the
 * checker's errors can show their line and caret as the compiler's do.
 */
final class SourceLines {

    private final Path folder;
    private final Map<String, List<String>> files = new HashMap<>();

    SourceLines(Path folder) {
        this.folder = folder;
    }

    /** The line a position points into, or null when it cannot be read. */
    String line(Position position) {
        if (position == null || position.line() < 1) return null;
        List<String> lines = files.computeIfAbsent(position.file(), this::read);
        return position.line() <= lines.size() ? lines.get(position.line() - 1) : null;
    }

    private List<String> read(String file) {
        try {
            return Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
