package org.crossing.app.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What an original's words were when a translation was made from them: eight hex digits of the
 * SHA-256 of the words a translation gives (titles, summaries, notes, the text), not of the whole
 * file, so that a new tag, date or screening time does not make a translation stale. A
 * translation keeps it as {@code translated_from}; when the original's differs, its words have
 * changed since.
 */
final class Fingerprint {

    private Fingerprint() {}

    /** The fingerprint of {@code words}, in order; an empty or absent word counts as one. */
    static String of(List<?> words) {
        StringBuilder text = new StringBuilder();
        for (Object word : words) {
            Object value = word instanceof Optional<?> optional ? optional.orElse(null) : word;
            // \u0000 parts the words and \u0001 marks an absent one: moving text between fields changes it too
            text.append(value == null ? "\u0001" : value.toString().strip().replaceAll("\\s+", " ")).append('\u0000');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
