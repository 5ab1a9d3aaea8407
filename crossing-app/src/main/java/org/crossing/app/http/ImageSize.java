package org.crossing.app.http;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The natural width and height of a picture, read from the first bytes of its file: an SVG's
 * {@code width} and {@code height} (or its {@code viewBox}), the header of a PNG, GIF, JPEG or
 * WebP. The page gives them to {@code <img>}, so the browser keeps the picture's place before it
 * arrives and nothing below it jumps.
 */
public record ImageSize(int width, int height) {

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern VIEW_BOX = Pattern.compile("\\bviewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*[\"']");

    /** Whether the picture is at least twice as wide as it is tall: a panorama the player pans. */
    public boolean panorama() {
        return width >= 2L * height;
    }

    /** The size read from {@code head}, the first bytes of a file; null when they do not say. */
    public static ImageSize of(byte[] head) {
        try {
            if (startsWith(head, 0x89, 'P', 'N', 'G') && head.length >= 24) return sized(int32(head, 16), int32(head, 20));
            if (startsWith(head, 'G', 'I', 'F') && head.length >= 10) return sized(int16le(head, 6), int16le(head, 8));
            if (startsWith(head, 0xFF, 0xD8)) return jpeg(head);
            if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 30 && head[8] == 'W' && head[9] == 'E') return webp(head);
            return svg(new String(head, StandardCharsets.UTF_8));
        } catch (ArrayIndexOutOfBoundsException e) {
            return null; // a header cut short says nothing
        }
    }

    private static ImageSize svg(String text) {
        Matcher tag = SVG_TAG.matcher(text);
        if (!tag.find()) return null;
        String svg = tag.group();
        Double width = length(svg, "width");
        Double height = length(svg, "height");
        if (width != null && height != null) return sized((int) Math.round(width), (int) Math.round(height));
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) return null;
        return sized((int) Math.round(Double.parseDouble(box.group(1))), (int) Math.round(Double.parseDouble(box.group(2))));
    }

    /** An attribute in user units or pixels; null when absent or relative (a percentage says nothing). */
    private static Double length(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*[\"']\\s*([\\d.]+)\\s*(px)?\\s*[\"']").matcher(tag);
        if (!m.find()) return null;
        try {
            return Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ImageSize jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) return null;
            int marker = b[i + 1] & 0xFF;
            int length = int16(b, i + 2);
            // start-of-frame markers, except the ones that are not frames (DHT, JPG, DAC)
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return sized(int16(b, i + 7), int16(b, i + 5));
            }
            i += 2 + length;
        }
        return null;
    }

    private static ImageSize webp(byte[] b) {
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> sized(int16le(b, 26) & 0x3FFF, int16le(b, 28) & 0x3FFF);
            case "VP8L" -> {
                int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
                yield sized((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> sized(int24le(b, 24) + 1, int24le(b, 27) + 1);
            default -> null;
        };
    }

    private static ImageSize sized(int width, int height) {
        return width > 0 && height > 0 ? new ImageSize(width, height) : null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
    }

    private static int int16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
    }

    private static int int16le(byte[] b, int i) {
        return b[i] & 0xFF | (b[i + 1] & 0xFF) << 8;
    }

    private static int int24le(byte[] b, int i) {
        return b[i] & 0xFF | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }
}
