package org.crossing.app.stats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts that could not be written at shutdown, kept in the node's data folder until it starts
 * again. This happens when the database stops before the node does: Ctrl-C in a terminal reaches
 * the embedded PostgreSQL as well as the server, and PostgreSQL is quicker to go.
 *
 * <p>One line per counter: story, version, kind, scene, item and count, separated by tabs, each
 * text URL-encoded, under a first line that names the format.
 */
public final class PendingCountsFile {

    static final String HEADER = "crossing pending counts 1";

    /**
     * What a file held: whether it is a file of pending counts at all ({@code recognised}), its
     * counts, and a description of each line that could not be read.
     */
    public record Contents(boolean recognised, Map<CounterKey, Long> counts, List<String> problems) {}

    private PendingCountsFile() {}

    /**
     * Writes the counts to {@code file}, replacing it whole: the new file is written beside it
     * and forced to the disk, then moved over it, so a crash or a power cut leaves the old file or
     * the new one.
     */
    public static void save(Path file, Map<CounterKey, Long> counts) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        counts.forEach((key, count) -> text.append(enc(key.story())).append('\t').append(enc(key.version())).append('\t')
                .append(key.kind()).append('\t').append(enc(key.scene())).append('\t').append(key.item()).append('\t')
                .append(count).append('\n'));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(file.toAbsolutePath().getParent());
    }

    /** The move itself is durable once the folder is: on systems that cannot open a folder, the move stands as it is. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its file system journals the rename.
        }
    }

    /** The counts in {@code file}; lines that cannot be read are skipped and described. */
    public static Contents load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<CounterKey, Long> counts = new HashMap<>();
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            problems.add(file + ": not a file of pending counts (its first line should be \"" + HEADER + "\")");
            return new Contents(false, counts, problems);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            try {
                String[] fields = line.split("\t", -1);
                if (fields.length != 6) throw new IllegalArgumentException("6 fields separated by tabs expected, found " + fields.length);
                CounterKey key = new CounterKey(dec(fields[0]), dec(fields[1]), CounterKey.Kind.valueOf(fields[2]), dec(fields[3]),
                        Integer.parseInt(fields[4]));
                long count = Long.parseLong(fields[5]);
                if (count <= 0) throw new IllegalArgumentException("the count must be positive: " + count);
                counts.merge(key, count, Long::sum);
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Contents(true, counts, problems);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String dec(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
