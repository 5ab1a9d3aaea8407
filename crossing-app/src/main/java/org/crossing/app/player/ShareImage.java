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
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The picture a shared outcome shows on social networks: 1200×630 PNG (the Open Graph size) with
 * the outcome, the story's title and the route. Drawn with Java2D.
 *
 * <p>A card costs about 20 ms of CPU and 3 MB of pixels to draw, and anyone can ask for as many
 * distinct cards as they have played distinct journeys. So cards are kept by what they show, not
 * by their code (two codes with the same outcome and route share one), at most
 * {@value #CACHE_SIZE} of them (about 30 MB), and at most {@value #DRAWING_AT_ONCE} is drawn at a
 * time: a request that would wait longer than {@link #WAIT_TO_DRAW} gets the ending's card
 * without the route instead, drawn once per ending and kept. A flood of new codes then costs the
 * node one core at most and a bounded amount of memory, and the pages stay fast.
 */
final class ShareImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    /** The card for phones' pages: half as wide, drawn at that size rather than shrunk by the browser. */
    static final int SMALL_WIDTH = 600;
    static final String FILE = "card.png";
    static final String SMALL_FILE = "card-600.png";
    private static final int CACHE_SIZE = 512;
    private static final int DRAWING_AT_ONCE = 1;
    private static final java.time.Duration WAIT_TO_DRAW = java.time.Duration.ofMillis(250);
    private static final Color BACKGROUND = new Color(0x14, 0x1b, 0x24);
    private static final Color INK = new Color(0xf4, 0xf1, 0xea);
    private static final Color MUTED = new Color(0xb9, 0xc2, 0xcc);
    /** Left and right margin; the text box runs from {@link #BOX_TOP} to {@link #BOX_BOTTOM}, above the divider. */
    private static final int MARGIN = 80;
    private static final int BOX_TOP = 140;
    private static final int DIVIDER = HEIGHT - 120;
    private static final int BOX_BOTTOM = DIVIDER - 24;

    private final Map<Drawn, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Drawn, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    /** The cards without a route, one per ending, drawn when drawing is busy: never evicted, their number is the stories'. */
    private final Map<Drawn, byte[]> fallbacks = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.Semaphore drawing = new java.util.concurrent.Semaphore(DRAWING_AT_ONCE, true);

    /** What a card shows: same content, same picture. {@code map} null for a card without a route. */
    record Card(String storyTitle, String kindLabel, Color accent, String summary, String journey, String hashtag, CardMap map) {}

    /**
     * The route on the card: the part of the map shown ({@code x}, {@code y}, {@code width},
     * {@code height} in the map's units), the land drawn under it ({@code land}, null for none),
     * the stops in the map's units as x, y pairs in the order passed, and the names of the first
     * and last stop.
     */
    record CardMap(MapShapes land, double x, double y, double width, double height, List<Double> route, List<Double> stops,
                   String first, String last) {}

    private static final Color SEA = new Color(0x1d, 0x2a, 0x3a);
    private static final Color LAND = new Color(0x4a, 0x5d, 0x70);
    /** Where the route is drawn: the right of the card, above the divider. */
    private static final int PANEL_LEFT = 720;
    private static final int PANEL_TOP = 60;
    private static final int PANEL_RIGHT = WIDTH - 60;

    /** A card drawn {@code width} pixels wide. */
    private record Drawn(Card card, int width) {}

    /**
     * The colour of an ending's tone: the same as the ending and share pages' ({@code --safe},
     * {@code --accent}, {@code --bad} in app.css), so a card and its page agree.
     */
    static Color accent(org.crossing.story.model.EndingKind.Tone tone) {
        return switch (tone) {
            case GOOD -> new Color(0x86, 0xd9, 0xa2);
            case NEUTRAL -> new Color(0xf2, 0xc1, 0x4e);
            case BAD -> new Color(0xff, 0x9b, 0x8e);
        };
    }

    /**
     * The PNG for a card. When drawing is busy, the PNG of {@code fallback} (the same ending
     * without what varies from journey to journey), which is drawn at most once.
     */
    byte[] png(Card card, Card fallback, int width) {
        Drawn wanted = new Drawn(card, width);
        byte[] cached;
        synchronized (cache) {
            cached = cache.get(wanted);
        }
        if (cached != null) return cached;
        boolean mayDraw;
        try {
            mayDraw = drawing.tryAcquire(WAIT_TO_DRAW.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mayDraw = false;
        }
        if (!mayDraw) return fallbacks.computeIfAbsent(new Drawn(fallback, width), ShareImage::draw);
        try {
            synchronized (cache) {
                cached = cache.get(wanted); // drawn by the request before this one
            }
            if (cached != null) return cached;
            byte[] png = draw(wanted);
            synchronized (cache) {
                cache.put(wanted, png);
            }
            return png;
        } finally {
            drawing.release();
        }
    }

    private static byte[] draw(Drawn drawn) {
        return draw(drawn.card(), drawn.width());
    }

    static byte[] draw(Card card) {
        return draw(card, WIDTH);
    }

    /** The card drawn {@code width} pixels wide: the same picture as at {@link #WIDTH}, scaled while drawing (text stays sharp). */
    static byte[] draw(Card card, int width) {
        String storyTitle = card.storyTitle();
        String kindLabel = card.kindLabel();
        Color accent = card.accent();
        String summary = card.summary();
        String journey = card.journey();
        String hashtag = card.hashtag();
        BufferedImage image = new BufferedImage(width, Math.round(HEIGHT * (float) width / WIDTH), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale((double) width / WIDTH, (double) width / WIDTH);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, 16, HEIGHT);

            int x = MARGIN;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.setColor(accent);
            g.drawString(fit(g.getFontMetrics(), kindLabel.toUpperCase(java.util.Locale.ROOT), (card.map() == null ? WIDTH : PANEL_LEFT) - x - 40), x, 110);

            int textWidth = card.map() == null ? WIDTH - 2 * x : PANEL_LEFT - x - 40;
            if (card.map() != null) drawMap(g, card.map(), accent);
            TextBlock text = layOut(g, summary, capitalise(journey), textWidth, BOX_BOTTOM - BOX_TOP);
            int y = BOX_TOP;
            g.setColor(INK);
            g.setFont(text.summaryFont());
            for (String line : text.summary()) {
                y += text.summaryLineHeight();
                g.drawString(line, x, y - text.summaryLineHeight() / 4);
            }
            g.setColor(MUTED);
            g.setFont(text.journeyFont());
            y += JOURNEY_GAP;
            for (String line : text.journey()) {
                y += JOURNEY_LINE_HEIGHT;
                g.drawString(line, x, y - JOURNEY_LINE_HEIGHT / 4);
            }

            g.setStroke(new BasicStroke(2));
            g.setColor(new Color(0x3a, 0x46, 0x54));
            g.drawLine(x, DIVIDER, WIDTH - x, DIVIDER);
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

    /** The route over its land, in a rounded panel on the right: the thread in the ending's colour, the first and last stop named. */
    private static void drawMap(Graphics2D g, CardMap map, Color accent) {
        int panelBottom = DIVIDER - 56;
        double panelWidth = PANEL_RIGHT - PANEL_LEFT;
        double panelHeight = panelBottom - PANEL_TOP;
        java.awt.Shape panel = new java.awt.geom.RoundRectangle2D.Double(PANEL_LEFT, PANEL_TOP, panelWidth, panelHeight, 18, 18);
        g.setColor(SEA);
        g.fill(panel);
        java.awt.Shape clip = g.getClip();
        java.awt.geom.AffineTransform before = g.getTransform();
        g.clip(panel);
        // The view fills the panel: the wider of the two scales, centred.
        double scale = Math.max(panelWidth / map.width(), panelHeight / map.height());
        double offsetX = PANEL_LEFT + panelWidth / 2 - (map.x() + map.width() / 2) * scale;
        double offsetY = PANEL_TOP + panelHeight / 2 - (map.y() + map.height() / 2) * scale;
        if (map.land() != null) {
            java.awt.geom.AffineTransform toPanel = new java.awt.geom.AffineTransform(scale, 0, 0, scale, offsetX, offsetY);
            g.setColor(LAND);
            for (java.awt.geom.Path2D.Double outline : map.land().outlines()) g.fill(toPanel.createTransformedShape(outline));
            g.setColor(SEA);
            g.setStroke(new BasicStroke(1.5f));
            for (java.awt.geom.Path2D.Double outline : map.land().outlines()) g.draw(toPanel.createTransformedShape(outline));
        }
        java.awt.geom.Path2D.Double thread = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < map.route().size(); i += 2) {
            double px = map.route().get(i) * scale + offsetX;
            double py = map.route().get(i + 1) * scale + offsetY;
            if (i == 0) thread.moveTo(px, py);
            else thread.lineTo(px, py);
        }
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(BACKGROUND);
        g.draw(thread);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(accent);
        g.draw(thread);
        int stops = map.stops().size() / 2;
        for (int i = 0; i < stops; i++) {
            double px = map.stops().get(2 * i) * scale + offsetX;
            double py = map.stops().get(2 * i + 1) * scale + offsetY;
            boolean last = i == stops - 1;
            double r = last ? 10 : 6;
            g.setColor(BACKGROUND);
            g.fill(new java.awt.geom.Ellipse2D.Double(px - r - 2.5, py - r - 2.5, 2 * r + 5, 2 * r + 5));
            g.setColor(last ? accent : INK);
            g.fill(new java.awt.geom.Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
        }
        g.setTransform(before);
        g.setClip(clip);
        g.setStroke(new BasicStroke(2));
        g.setColor(new Color(0x3a, 0x46, 0x54));
        g.draw(panel);
        // The route in words under the panel: first and last stop.
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.setColor(INK);
        String names = map.first().equals(map.last()) ? map.last() : map.first() + " \u2192 " + map.last();
        g.drawString(fit(g.getFontMetrics(), names, (int) panelWidth), PANEL_LEFT, panelBottom + 24 + 4);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final int[] SUMMARY_SIZES = {68, 60, 52, 46, 40};
    private static final int JOURNEY_SIZE = 32;
    private static final int JOURNEY_LINE_HEIGHT = 44;
    private static final int JOURNEY_GAP = 14;

    /** The card's text, wrapped and sized to fit its box. */
    record TextBlock(Font summaryFont, int summaryLineHeight, List<String> summary, Font journeyFont, List<String> journey) {

        int height() {
            return summary.size() * summaryLineHeight + (journey.isEmpty() ? 0 : JOURNEY_GAP + journey.size() * JOURNEY_LINE_HEIGHT);
        }
    }

    /**
     * The summary in the largest size at which it fits in three lines, the journey in up to three
     * lines under it, the whole no taller than {@code height}: the summary's size goes down
     * first, then the journey loses lines (its last one then ends with an ellipsis).
     */
    static TextBlock layOut(Graphics2D g, String summary, String journey, int width, int height) {
        Font journeyFont = new Font(Font.SANS_SERIF, Font.PLAIN, JOURNEY_SIZE);
        FontMetrics journeyMetrics = g.getFontMetrics(journeyFont);
        TextBlock block = null;
        for (int size : SUMMARY_SIZES) {
            Font font = new Font(Font.SERIF, Font.BOLD, size);
            int lineHeight = Math.round(size * 1.18f);
            List<String> lines = wrap(g.getFontMetrics(font), summary, width, Integer.MAX_VALUE);
            // A smaller size rather than a summary cut short, down to the smallest.
            if (lines.size() > 3 && size != SUMMARY_SIZES[SUMMARY_SIZES.length - 1]) continue;
            if (lines.size() > 3) lines = wrap(g.getFontMetrics(font), summary, width, 3);
            for (int journeyLines = 3; journeyLines >= 1; journeyLines--) {
                block = new TextBlock(font, lineHeight, lines, journeyFont, wrap(journeyMetrics, journey, width, journeyLines));
                if (block.height() <= height) return block;
            }
        }
        // The smallest summary and one line of journey: fewer summary lines until it fits.
        List<String> summaryLines = block.summary();
        while (block.height() > height && summaryLines.size() > 1) {
            summaryLines = wrap(g.getFontMetrics(block.summaryFont()), summary, width, summaryLines.size() - 1);
            block = new TextBlock(block.summaryFont(), block.summaryLineHeight(), summaryLines, journeyFont, block.journey());
        }
        return block;
    }

    /**
     * Wraps {@code text} to at most {@code maxLines} lines no wider than {@code width}, breaking
     * where the script allows ({@link BreakIterator#getLineInstance}: at spaces, and between
     * Chinese or Japanese characters, which have none), and inside a word only when the word
     * alone is wider than a line. A text that needs more lines ends its last one with an ellipsis.
     */
    static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1) {
                lines.add(fit(metrics, rest, width));
                break;
            }
            int end = lineEnd(metrics, rest, width);
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /** Where the first line of {@code text} ends: the last break opportunity that fits, or as many characters as fit. */
    private static int lineEnd(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) return text.length();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        int fits = 0;
        int fitsAtSpace = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (metrics.stringWidth(text.substring(0, end).stripTrailing()) > width) break;
            fits = end;
            if (Character.isWhitespace(text.charAt(end - 1))) fitsAtSpace = end;
        }
        // Korean is written with spaces between words, and reads best broken there, although the
        // rules allow a break between any two syllables (as they do between Chinese characters).
        if (fitsAtSpace > 0 && fits < text.length() && isHangul(text.charAt(fits - 1)) && isHangul(text.charAt(fits))) return fitsAtSpace;
        if (fits > 0) return fits;
        // One word wider than the line: cut it between characters (whole grapheme clusters).
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int cut = characters.next();
        for (int end = characters.next(); end != BreakIterator.DONE && metrics.stringWidth(text.substring(0, end)) <= width; end = characters.next()) {
            cut = end;
        }
        return cut;
    }

    private static boolean isHangul(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    /** The text on one line, cut at a character boundary with an ellipsis when it is too wide. */
    static String fit(FontMetrics metrics, String text, int width) {
        if (metrics.stringWidth(text) <= width) return text;
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int cut = 0;
        for (int end = characters.next(); end != BreakIterator.DONE && metrics.stringWidth(text.substring(0, end) + "…") <= width; end = characters.next()) {
            cut = end;
        }
        return text.substring(0, cut).strip() + "…";
    }
}
