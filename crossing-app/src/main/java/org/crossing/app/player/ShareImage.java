package org.crossing.app.player;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The picture a shared outcome shows on social networks: 1200×630 PNG (the Open Graph size) with
 * the outcome, the story's title and the route. Drawn with Java2D and kept in a small LRU cache,
 * since a shared link is fetched by every network's crawler and every viewer.
 */
final class ShareImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int CACHE_SIZE = 512;
    private static final Color BACKGROUND = new Color(0x14, 0x1b, 0x24);
    private static final Color INK = new Color(0xf4, 0xf1, 0xea);
    private static final Color MUTED = new Color(0xb9, 0xc2, 0xcc);

    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The PNG for a card; {@code key} identifies its content (same key, same picture). */
    byte[] png(String key, String storyTitle, String kindLabel, Color accent, String summary, String journey, String hashtag) {
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) return cached;
        }
        byte[] png = draw(storyTitle, kindLabel, accent, summary, journey, hashtag);
        synchronized (cache) {
            cache.put(key, png);
        }
        return png;
    }

    static byte[] draw(String storyTitle, String kindLabel, Color accent, String summary, String journey, String hashtag) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, 16, HEIGHT);

            int x = 80;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.setColor(accent);
            g.drawString(kindLabel.toUpperCase(java.util.Locale.ROOT), x, 110);

            g.setColor(INK);
            Font big = new Font(Font.SERIF, Font.BOLD, 68);
            g.setFont(big);
            int y = 200;
            for (String line : wrap(g.getFontMetrics(), summary, WIDTH - 2 * x, 3)) {
                g.drawString(line, x, y);
                y += 80;
            }

            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
            y += 10;
            for (String line : wrap(g.getFontMetrics(), capitalise(journey), WIDTH - 2 * x, 3)) {
                g.drawString(line, x, y);
                y += 44;
            }

            g.setStroke(new BasicStroke(2));
            g.setColor(new Color(0x3a, 0x46, 0x54));
            g.drawLine(x, HEIGHT - 120, WIDTH - x, HEIGHT - 120);
            g.setColor(INK);
            g.setFont(new Font(Font.SERIF, Font.ITALIC, 38));
            g.drawString(fit(g.getFontMetrics(), storyTitle, WIDTH - 2 * x - 360), x, HEIGHT - 60);
            if (hashtag != null) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
                g.setColor(accent);
                String tag = "#" + hashtag;
                g.drawString(fit(g.getFontMetrics(), tag, 340), WIDTH - x - Math.min(340, g.getFontMetrics().stringWidth(tag)), HEIGHT - 60);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Greedy word wrap to at most {@code maxLines} lines, the last one cut with an ellipsis. */
    static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[i]);
            if (lines.size() == maxLines) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                lines.set(maxLines - 1, fit(metrics, lines.get(maxLines - 1) + " " + rest, width));
                return lines;
            }
        }
        if (!line.isEmpty()) lines.add(fit(metrics, line.toString(), width));
        return lines;
    }

    static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) return text;
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) cut = cut.substring(0, cut.length() - 1);
        return cut.strip() + "…";
    }
}
