package org.crossing.story.compile;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a media file holds, judged cheaply: images, video and audio by their signature (the first
 * bytes every such file starts with), captions by WebVTT's header and cue timings, SVG by being
 * well-formed XML, transcripts by being UTF-8 text. The compiler warns where a story uses a file
 * for what it is not: an empty video, a caption file that is not WebVTT, a text file as a picture.
 */
public record MediaContents(Kind kind, String problem) {

    /** What the bytes are. A container that can hold sound or pictures (MP4, WebM, Ogg) is {@link #MEDIA}. */
    public enum Kind {
        IMAGE("an image"), VIDEO("a video"), AUDIO("a sound"), MEDIA("a video or sound"),
        CAPTIONS("WebVTT captions"), TEXT("text"), EMPTY("empty"), UNKNOWN("of no kind the player shows");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Files this large are judged by their start only (signature), never parsed whole. */
    static final int PARSED_LIMIT = 4 << 20;

    private static final Pattern TIMING = Pattern.compile(
            "(?:\\d{2,}:)?[0-5]\\d:[0-5]\\d\\.\\d{3}[ \\t]+-->[ \\t]+(?:\\d{2,}:)?[0-5]\\d:[0-5]\\d\\.\\d{3}(?:[ \\t].*)?");

    /** Judges a file from its bytes; {@code complete} is false when only its start was read. */
    public static MediaContents of(byte[] bytes, boolean complete) {
        if (bytes.length == 0) return new MediaContents(Kind.EMPTY, "is empty");
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G') || starts(bytes, 0, 0xFF, 0xD8, 0xFF) || starts(bytes, 0, 'G', 'I', 'F', '8')
                || starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
            return new MediaContents(Kind.IMAGE, null);
        }
        if (starts(bytes, 4, 'f', 't', 'y', 'p')) {
            String brand = bytes.length >= 12 ? new String(bytes, 8, 4, StandardCharsets.ISO_8859_1) : "";
            if (brand.startsWith("avi") || brand.startsWith("hei") || brand.startsWith("mif")) return new MediaContents(Kind.IMAGE, null);
            if (brand.startsWith("M4A")) return new MediaContents(Kind.AUDIO, null);
            return new MediaContents(Kind.MEDIA, null);
        }
        if (starts(bytes, 0, 0x1A, 0x45, 0xDF, 0xA3) || starts(bytes, 0, 'O', 'g', 'g', 'S')) return new MediaContents(Kind.MEDIA, null);
        if (starts(bytes, 0, 'I', 'D', '3') || starts(bytes, 0, 'f', 'L', 'a', 'C')
                || starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'A', 'V', 'E')
                || bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0) {
            return new MediaContents(Kind.AUDIO, null);
        }
        String text = utf8(bytes, complete);
        if (text == null) return new MediaContents(Kind.UNKNOWN, null);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.startsWith("WEBVTT") && (body.length() == 6 || " \t\r\n".indexOf(body.charAt(6)) >= 0)) {
            return new MediaContents(Kind.CAPTIONS, complete ? cues(body) : null);
        }
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) {
            return new MediaContents(Kind.IMAGE, complete ? wellFormed(bytes) : null);
        }
        return new MediaContents(Kind.TEXT, null);
    }

    /** The first cue block whose timing is not WebVTT's, described; null when every cue is well formed. */
    private static String cues(String body) {
        String[] lines = body.split("\r\n|\r|\n", -1);
        int i = 1;
        while (i < lines.length && !lines[i].isBlank()) i++; // the header's own lines
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) i++;
            if (i >= lines.length) break;
            int first = i;
            while (i < lines.length && !lines[i].isBlank()) i++;
            String head = lines[first];
            if (head.startsWith("NOTE") || head.equals("STYLE") || head.equals("REGION")) continue;
            String timing = head.contains("-->") ? head : first + 1 < i ? lines[first + 1] : "";
            int timingLine = head.contains("-->") ? first + 1 : first + 2;
            if (!TIMING.matcher(timing.strip()).matches()) {
                return timing.contains("-->")
                        ? "line " + timingLine + ": '" + timing.strip() + "' is not a WebVTT cue timing; write it as 00:01.000 --> 00:04.000"
                        : "line " + (first + 1) + ": a cue needs a timing line such as 00:01.000 --> 00:04.000";
            }
        }
        return null;
    }

    private static String wellFormed(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // An SVG is read for its shape only: no DTD, no outside entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            builder.parse(new ByteArrayInputStream(bytes));
            return null;
        } catch (SAXParseException e) {
            return "is not well-formed SVG: line " + e.getLineNumber() + ": " + e.getMessage();
        } catch (Exception e) {
            return "is not well-formed SVG: " + e.getMessage();
        }
    }

    private static String utf8(byte[] bytes, boolean complete) {
        for (byte b : bytes) if (b == 0) return null;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, complete ? bytes.length : safeEnd(bytes))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Where a cut-off start of a file ends on a whole UTF-8 character. */
    private static int safeEnd(byte[] bytes) {
        int end = bytes.length;
        int back = 0;
        while (end > 0 && back < 3 && (bytes[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (bytes[end - 1] & 0x80) != 0) end--;
        return end;
    }

    private static boolean starts(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }
}
