package org.crossing.app.player;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import org.crossing.story.compile.FileStamp;
import org.crossing.app.http.ImageSize;

/**
 * What the pages need to know of a story's media files, read once when the story is loaded: each
 * file's version (a checksum of its bytes, put in its address so that it can be cached for a
 * year and still change), each picture's size, and which sounds have an MP3 beside them
 * ({@code wind.ogg} and {@code wind.mp3}) for browsers that do not play Ogg.
 */
final class MediaFacts {

    private static final int HEAD_BYTES = 64 * 1024;
    private static final Set<String> SOUNDS = Set.of("ogg", "oga", "opus", "wav", "flac", "m4a");

    private final Map<String, String> versions;
    private final Map<String, ImageSize> sizes;
    private final Set<String> withMp3;
    /** By captions file: the text of its cues, in order. */
    private final Map<String, List<String>> cues;

    /** What was read of each file that had settled, by its stamp: what the next read of the folder takes over while the stamp holds. */
    private final Map<String, Known> known;

    private record Known(FileStamp stamp, String version, ImageSize size, List<String> cues) {}

    private MediaFacts(Map<String, String> versions, Map<String, ImageSize> sizes, Set<String> withMp3, Map<String, List<String>> cues,
                       Map<String, Known> known) {
        this.cues = Map.copyOf(cues);
        this.versions = Map.copyOf(versions);
        this.sizes = Map.copyOf(sizes);
        this.withMp3 = Set.copyOf(withMp3);
        this.known = Map.copyOf(known);
    }

    static final MediaFacts NONE = new MediaFacts(Map.of(), Map.of(), Set.of(), Map.of(), Map.of());

    /**
     * Reads the files of {@code names} in {@code folder} and the MP3s beside its sounds; a file that
     * cannot be read is left out (it is answered 404 later).
     */
    static MediaFacts read(Path folder, Set<String> names) {
        return read(folder, names, NONE);
    }

    /** As above, taking over from {@code before} (the facts of an earlier read of the folder) every file unchanged since. */
    static MediaFacts read(Path folder, Set<String> names, MediaFacts before) {
        if (folder == null) return NONE;
        Instant started = Instant.now();
        Map<String, String> versions = new HashMap<>();
        Map<String, ImageSize> sizes = new HashMap<>();
        java.util.HashSet<String> withMp3 = new java.util.HashSet<>();
        Map<String, List<String>> cues = new HashMap<>();
        Map<String, Known> known = new HashMap<>();
        java.util.HashSet<String> all = new java.util.HashSet<>(names);
        for (String name : names) {
            String mp3 = mp3Sibling(name);
            if (mp3 != null && Files.isRegularFile(folder.resolve(mp3))) {
                withMp3.add(name);
                all.add(mp3);
            }
        }
        for (String name : all) {
            Path file = folder.resolve(name);
            try {
                // the stamp before the bytes: a file written while it is read has a newer stamp next time
                FileStamp stamp = FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class));
                Known facts = before.known.get(name);
                if (facts == null || !facts.stamp().equals(stamp)) facts = read(file, name, stamp);
                versions.put(name, facts.version());
                if (facts.size() != null) sizes.put(name, facts.size());
                if (facts.cues() != null) cues.put(name, facts.cues());
                if (stamp.settledBy(started)) known.put(name, facts);
            } catch (IOException | RuntimeException e) {
                continue;
            }
        }
        return new MediaFacts(versions, sizes, withMp3, cues, known);
    }

    private static Known read(Path file, String name, FileStamp stamp) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CRC32C crc = new CRC32C();
            byte[] head = in.readNBytes(HEAD_BYTES);
            crc.update(head);
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) crc.update(buffer, 0, n);
            List<String> cues = name.toLowerCase(Locale.ROOT).endsWith(".vtt") ? parseCues(new String(head, StandardCharsets.UTF_8)) : null;
            return new Known(stamp, Long.toString(crc.getValue(), 36), ImageSize.of(head), cues);
        }
    }

    /** The text of each cue of a WebVTT file (its first 64 KB), markup tags left out. */
    static List<String> parseCues(String vtt) {
        List<String> texts = new ArrayList<>();
        StringBuilder cue = null;
        for (String line : vtt.split("\\r\\n|\\n|\\r", -1)) {
            if (line.contains("-->")) {
                cue = new StringBuilder();
            } else if (line.isBlank()) {
                if (cue != null && !cue.isEmpty()) texts.add(cue.toString());
                cue = null;
            } else if (cue != null) {
                if (!cue.isEmpty()) cue.append(' ');
                cue.append(line.replaceAll("<[^>]*>", "").strip());
            }
        }
        if (cue != null && !cue.isEmpty()) texts.add(cue.toString());
        return List.copyOf(texts);
    }

    /** The text of a captions file's cues; empty when it is not one. */
    List<String> cues(String captions) {
        return cues.getOrDefault(captions, List.of());
    }

    /** The MP3 that may stand beside a sound file, or null when the file is not a sound of another kind. */
    static String mp3Sibling(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !SOUNDS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) return null;
        return name.substring(0, dot) + ".mp3";
    }

    /** The file's version, or null when it was not read. */
    String version(String name) {
        return versions.get(name);
    }

    /** The picture's size, or null when its file does not say. */
    ImageSize size(String name) {
        return sizes.get(name);
    }

    /** Whether the sound has an MP3 beside it. */
    boolean hasMp3(String name) {
        return withMp3.contains(name);
    }
}
