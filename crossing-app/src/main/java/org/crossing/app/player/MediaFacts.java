package org.crossing.app.player;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

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

    private MediaFacts(Map<String, String> versions, Map<String, ImageSize> sizes, Set<String> withMp3, Map<String, List<String>> cues) {
        this.cues = Map.copyOf(cues);
        this.versions = Map.copyOf(versions);
        this.sizes = Map.copyOf(sizes);
        this.withMp3 = Set.copyOf(withMp3);
    }

    static final MediaFacts NONE = new MediaFacts(Map.of(), Map.of(), Set.of(), Map.of());

    /**
     * Reads the files of {@code names} in {@code folder} and the MP3s beside its sounds; a file that
     * cannot be read is left out (it is answered 404 later).
     */
    static MediaFacts read(Path folder, Set<String> names) {
        if (folder == null) return NONE;
        Map<String, String> versions = new HashMap<>();
        Map<String, ImageSize> sizes = new HashMap<>();
        java.util.HashSet<String> withMp3 = new java.util.HashSet<>();
        Map<String, List<String>> cues = new HashMap<>();
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
            try (InputStream in = Files.newInputStream(file)) {
                CRC32C crc = new CRC32C();
                byte[] head = in.readNBytes(HEAD_BYTES);
                crc.update(head);
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) crc.update(buffer, 0, n);
                versions.put(name, Long.toString(crc.getValue(), 36));
                ImageSize size = ImageSize.of(head);
                if (size != null) sizes.put(name, size);
                if (name.toLowerCase(Locale.ROOT).endsWith(".vtt")) cues.put(name, parseCues(new String(head, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                continue;
            }
        }
        return new MediaFacts(versions, sizes, withMp3, cues);
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
