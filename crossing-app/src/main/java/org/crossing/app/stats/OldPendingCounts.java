package org.crossing.app.stats;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code DATA/pending-counts.tsv}, left by a version before journeys were counted once: totals
 * its node could not write at shutdown, one line per counter (story, version, kind, scene, item,
 * count, tab-separated, texts URL-encoded) under the line {@code crossing pending counts 1}.
 * They were counted the old way (replays included) and carry no journey, so they cannot join
 * the steps of {@link PendingCountsFolder}; they are added to the totals players see, as the old
 * version would have done, and to nothing by day.
 *
 * <p>A file read whole is added in one transaction with its SHA-256, so it is added once however
 * often a start meets it; then it is renamed {@code .added}. A file not read whole (another
 * format, a line that cannot be read) adds nothing and is renamed {@code .unread}, with a warning
 * saying what is wrong and what to do: no count is lost or doubled without a word.
 */
public final class OldPendingCounts {

    private static final Logger LOG = LoggerFactory.getLogger(OldPendingCounts.class);
    public static final String FILE = "pending-counts.tsv";
    static final String HEADER = "crossing pending counts 1";

    /** Adds a file's counts once: returns when the same file was added before, or empty when added now. */
    @FunctionalInterface
    public interface Store {
        Optional<Instant> addOnce(String sha256, Map<CounterKey, Long> counts) throws Exception;
    }

    /** What became of the file. */
    public enum Outcome { NONE, ADDED, ADDED_BEFORE, UNREAD, LEFT }

    /** The file's counts, or the reasons it cannot be read whole. */
    record Contents(Map<CounterKey, Long> counts, List<String> problems) {}

    private OldPendingCounts() {}

    /** Adds {@code DATA/pending-counts.tsv}, if there is one, to {@code store}; says in the log what became of it. */
    public static Outcome takeIn(Path dataDir, Store store) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Outcome.NONE;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warn("statistics: cannot read {} ({}), left by an earlier version of Crossing; it is left there and tried again at the next start",
                    file, e.toString());
            return Outcome.LEFT;
        }
        Contents contents = read(new String(bytes, StandardCharsets.UTF_8));
        if (!contents.problems().isEmpty()) {
            Path aside = aside(file, ".unread");
            LOG.warn("statistics: {}, left by an earlier version of Crossing, cannot be read correctly, so none of its counts were added:\n  {}\n"
                    + "  It was renamed {}. Correct those lines and rename it back to {} to add its counts at the next start, "
                    + "or delete it to drop them.", file, String.join("\n  ", contents.problems()), aside == null ? "(could not be renamed)" : aside, FILE);
            return Outcome.UNREAD;
        }
        long total = contents.counts().values().stream().mapToLong(Long::longValue).sum();
        Optional<Instant> before;
        try {
            before = store.addOnce(sha256(bytes), contents.counts());
        } catch (Exception e) {
            LOG.warn("statistics: the {} counts in {}, left by an earlier version of Crossing, could not be added ({}); "
                    + "the file is left there and added at the next start", total, file, Statistics.rootMessage(e));
            return Outcome.LEFT;
        }
        Path aside = aside(file, ".added");
        String renamed = aside == null ? "it could not be renamed: delete it" : "it was renamed " + aside + " and may be deleted";
        if (before.isPresent()) {
            LOG.info("statistics: the {} counts in {} were added on {} already and were not added again; {}", total, file, before.get(), renamed);
            return Outcome.ADDED_BEFORE;
        }
        LOG.info("statistics: {} counts saved in {} by an earlier version of Crossing were added to the totals ({}); {}", total, file,
                summary(contents.counts()), renamed);
        return Outcome.ADDED;
    }

    /** The counts of a whole file, or every reason it cannot be read whole. */
    static Contents read(String text) {
        String[] lines = text.split("\n", -1);
        List<String> problems = new ArrayList<>();
        Map<CounterKey, Long> counts = new LinkedHashMap<>();
        if (!strip(lines[0]).equals(HEADER)) {
            problems.add("line 1: \"" + shorten(strip(lines[0])) + "\" is not the first line of such a file (\"" + HEADER + "\")");
            return new Contents(Map.of(), problems);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = strip(lines[i]);
            if (line.isBlank()) continue;
            try {
                String[] f = line.split("\t", -1);
                if (f.length != 6) throw new IllegalArgumentException("6 fields separated by tabs expected, found " + f.length);
                CounterKey key = new CounterKey(dec(f[0]), dec(f[1]), kind(f[2]), dec(f[3]), (int) number("item", f[4], Integer.MIN_VALUE,
                        Integer.MAX_VALUE));
                long count = number("count", f[5], Long.MIN_VALUE, Long.MAX_VALUE);
                if (count <= 0) throw new IllegalArgumentException("the count must be positive, not " + count);
                counts.merge(key, count, Long::sum);
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Contents(problems.isEmpty() ? counts : Map.of(), problems);
    }

    private static CounterKey.Kind kind(String text) {
        try {
            return CounterKey.Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + shorten(text) + "' (BEGIN, CHOICE or ENDING)");
        }
    }

    private static String summary(Map<CounterKey, Long> counts) {
        Map<CounterKey.Kind, Long> byKind = new LinkedHashMap<>();
        for (CounterKey.Kind kind : CounterKey.Kind.values()) byKind.put(kind, 0L);
        counts.forEach((key, n) -> byKind.merge(key.kind(), n, Long::sum));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> parts.add(kind + " " + n));
        return String.join(", ", parts);
    }

    /** Renames the file beside itself with {@code suffix} (numbered when taken); null when it cannot be renamed. */
    private static Path aside(Path file, String suffix) {
        Path target = file.resolveSibling(file.getFileName() + suffix);
        for (int n = 2; Files.exists(target); n++) target = file.resolveSibling(file.getFileName() + suffix + "." + n);
        try {
            return Files.move(file, target);
        } catch (IOException e) {
            LOG.warn("statistics: cannot rename {} to {} ({})", file, target, e.toString());
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static long number(String what, String text, long low, long high) {
        try {
            long n = Long.parseLong(text);
            if (n < low || n > high) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " '" + shorten(text) + "' is not a whole number");
        }
    }

    private static String dec(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not URL-encoded text");
        }
    }
}
