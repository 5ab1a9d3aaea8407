package org.crossing.app.stats;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Steps counted while the database was away, kept in the data folder until it takes them: one
 * file per save (about one a second during an outage, and one at shutdown), written beside its
 * final name, forced to the disk and moved into place, so that a crash leaves whole files only.
 * A file is removed after its steps are written; a file written twice (a crash between the write
 * and the removal) adds nothing the second time, since each step is counted once.
 *
 * <p>Each file: a first line naming the format, then one step per line, its fields separated by
 * tabs, texts URL-encoded.
 */
public final class PendingCountsFolder {

    static final String HEADER = "crossing pending steps 2";
    private static final String SUFFIX = ".tsv";

    /** What a file held: whether it is one of pending steps at all, its steps, and each line that could not be read. */
    public record Contents(boolean recognised, List<JourneyStep> steps, List<String> problems) {}

    private final Path folder;
    private long lastName;

    public PendingCountsFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Saves the steps in a new file, named after the time so that files are read back in order. */
    public synchronized Path save(List<JourneyStep> steps) throws IOException {
        Files.createDirectories(folder);
        long name = Math.max(System.currentTimeMillis(), lastName + 1);
        lastName = name;
        StringBuilder text = new StringBuilder(64 + steps.size() * 120).append(HEADER).append('\n');
        for (JourneyStep s : steps) {
            text.append(Long.toHexString(s.idHigh())).append('\t').append(Long.toHexString(s.idLow())).append('\t')
                    .append(enc(s.story())).append('\t').append(enc(s.version())).append('\t').append(s.begunMinute()).append('\t')
                    .append(s.step()).append('\t').append(s.at()).append('\t').append(s.kind()).append('\t').append(enc(s.scene()))
                    .append('\t').append(s.item()).append('\t').append(s.arrivalIndex()).append('\t').append(enc(s.arrival()))
                    .append('\t').append(s.chapter()).append('\t').append(s.ending() ? 1 : 0).append('\t').append(s.again() ? 1 : 0)
                    .append('\t').append(s.decidedHere() ? 1 : 0).append('\n');
        }
        Path file = folder.resolve(String.format("%013d", name) + SUFFIX);
        Path temporary = folder.resolve(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file);
        }
        forceFolder();
        return file;
    }

    /** The files waiting, oldest first; none when the folder does not exist. Half-written files (.tmp) are not among them. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** The steps in a file; lines that cannot be read are skipped and described. */
    public static Contents load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<JourneyStep> steps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            problems.add(file + ": not a file of pending steps (its first line should be \"" + HEADER + "\")");
            return new Contents(false, steps, problems);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            try {
                String[] f = line.split("\t", -1);
                // 15 fields in files written before journeys counted once per scene
                if (f.length != 16 && f.length != 15) throw new IllegalArgumentException("16 fields separated by tabs expected, found " + f.length);
                steps.add(new JourneyStep(Long.parseUnsignedLong(f[0], 16), Long.parseUnsignedLong(f[1], 16), dec(f[2]), dec(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), Long.parseLong(f[6]), JourneyStep.Kind.valueOf(f[7]), dec(f[8]),
                        Integer.parseInt(f[9]), Integer.parseInt(f[10]), dec(f[11]), Integer.parseInt(f[12]), f[13].equals("1"), f[14].equals("1"),
                        f.length == 16 && f[15].equals("1")));
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Contents(true, steps, problems);
    }

    /** Moves a file that is not one of pending steps aside, for an operator to look at. */
    public Path moveAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".unread");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** The moves are durable once the folder is; on systems that cannot open a folder, they stand as they are. */
    private void forceFolder() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its file system journals the rename.
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    private static String dec(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
