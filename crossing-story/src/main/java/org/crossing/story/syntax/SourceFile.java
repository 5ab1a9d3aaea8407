package org.crossing.story.syntax;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossing.story.model.Position;

/**
 * A story file's text split into lines. Decoding is strict: invalid UTF-8 and NUL bytes are
 * reported with their line and column, and over-long lines are reported and blanked so that the
 * rest of the file can still be checked.
 */
public record SourceFile(String path, List<String> lines, Set<Integer> skipped) {

    /** Lines longer than this are reported and not parsed: no construct needs more. */
    public static final int MAX_LINE = 20_000;

    /** {@code skipped} holds the numbers of lines that were reported and blanked (too long to parse). */
    public SourceFile {
        lines = List.copyOf(lines);
        skipped = Set.copyOf(skipped);
    }

    public boolean wasSkipped(int number) {
        return skipped.contains(number);
    }

    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
    }

    /** Decodes a file; returns null (with an error reported) when it is not text at all. */
    public static SourceFile decode(String path, byte[] bytes, Diagnostics diagnostics) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            diagnostics.report(Code.NOT_UTF8, at(path, bytes, nul), null,
                    "this file contains NUL bytes, so it is not a text file; a .story file must be UTF-8 text");
            return null;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        boolean reported = false;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) break;
            if (!reported) {
                Position where = at(path, bytes, in.position());
                diagnostics.report(Code.NOT_UTF8, where, null, "invalid UTF-8 at byte " + in.position()
                        + "; save the file with the UTF-8 encoding");
                reported = true;
            }
            in.position(in.position() + result.length());
            out.put('\uFFFD');
        }
        decoder.flush(out);
        out.flip();
        Set<Integer> skipped = new HashSet<>();
        return new SourceFile(path, split(path, out.toString(), diagnostics, skipped), skipped);
    }

    private static List<String> split(String path, String text, Diagnostics diagnostics, Set<Integer> skipped) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') continue;
            if (i == length && lineStart == length && !lines.isEmpty()) break;
            int lineLength = i - lineStart;
            if (lineLength > MAX_LINE) {
                diagnostics.report(Code.LINE_TOO_LONG, new Position(path, lines.size() + 1, 1), null, String.format(
                        "this line is %,d characters long; lines are limited to %,d, so split it", lineLength, MAX_LINE));
                lines.add("");
                skipped.add(lines.size());
            } else {
                lines.add(text.substring(lineStart, i));
            }
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') i++;
            lineStart = i + 1;
        }
        return lines;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) return i;
        }
        return -1;
    }

    /** The line and column of a byte offset: columns count characters, as editors show them. */
    private static Position at(String path, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(path, line, column);
    }
}
