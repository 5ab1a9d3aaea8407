package org.crossing.app.player;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The picture a shared outcome shows on social networks: 1200×630 PNG (the Open Graph size) with
 * the ending's picture, darkened where the type goes, the outcome, the route on its map, the
 * places passed and the story's title. Drawn with Java2D; an SVG picture with jsvg
 * ({@link CardPicture}).
 *
 * <p>A card costs 40–80 ms of CPU to draw once its picture is drawn (15–100 ms, once per ending),
 * and 90–160 KB as PNG (docs/benchmarks.md); anyone can ask for as many distinct cards as they have played
 * distinct journeys. So cards are kept by what they show, not by their code (two codes with the
 * same outcome and route share one), up to {@value #CACHE_BYTES} bytes of them, and at most
 * {@value #DRAWING_AT_ONCE} is drawn at a time: a request that would wait longer than
 * {@link #WAIT_TO_DRAW} gets the ending's card without the route instead, drawn once per ending
 * and kept. A flood of new codes then costs the node one core at most and a bounded amount of
 * memory, and the pages stay fast.
 *
 * <p>The cards kept are chosen by how often they are asked for (Caffeine's TinyLFU), not only by
 * how recently: under a flood of cards each asked for once, a new card does not push out one
 * asked for twice. Kept least-recently-used, every card of such a flood went into the cache and
 * out again, and lived long enough to reach the old generation of the heap, which filled with
 * them until the node's memory passed its budget (docs/operations.md).
 */
final class ShareImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    /** The card for phones' pages: half as wide, drawn at that size rather than shrunk by the browser. */
    static final int SMALL_WIDTH = 600;
    static final String FILE = "card.png";
    static final String SMALL_FILE = "card-600.png";
    private static final int CACHE_BYTES = 16 * 1024 * 1024;
    private static final int DRAWING_AT_ONCE = 1;
    private static final java.time.Duration WAIT_TO_DRAW = java.time.Duration.ofMillis(250);
    /** When a request answered busy may ask again: by then a card has been drawn that can stand in for its own. */
    static final int RETRY_AFTER_SECONDS = 1;
    private static final Color BACKGROUND = new Color(0x14, 0x1b, 0x24);
    private static final Color INK = new Color(0xf4, 0xf1, 0xea);
    private static final Color MUTED = new Color(0xb9, 0xc2, 0xcc);
    /** Left and right margin; the text box runs from {@link #BOX_TOP} to {@link #BOX_BOTTOM}, above the divider. */
    private static final int MARGIN = 80;
    private static final int BOX_TOP = 140;
    private static final int DIVIDER = HEIGHT - 120;
    private static final int BOX_BOTTOM = DIVIDER - 24;
    /**
     * How much of the card's dark colour lies over the picture under the type (left) and where the
     * picture shows (right). Under the type it is enough for the lightest pixel a picture can have
     * (white) to stay 4.5:1 or more against the muted grey type: the type is readable over any picture.
     */
    static final float VEIL_UNDER_TYPE = 0.8f;
    static final float VEIL_OVER_PICTURE = 0.2f;

    private final Cache<Drawn, byte[]> cache;
    /** The cards without a route, one per ending, drawn when drawing is busy: never evicted, their number is the stories'. */
    private final Map<Drawn, byte[]> fallbacks = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.Semaphore drawing = new java.util.concurrent.Semaphore(DRAWING_AT_ONCE, true);
    private final Drawer drawer;
    private final java.time.Duration waitToDraw;

    /** Draws a card once its turn has come: over its picture in a node; held back by a test of the busy answer. */
    @FunctionalInterface
    interface Drawer {
        /** The PNG of {@code card} drawn {@code width} pixels wide. */
        byte[] draw(Card card, int width);

        /** Each card over its picture, each picture drawn once and kept ({@link CardPicture}). */
        static Drawer overPictures() {
            CardPicture pictures = new CardPicture();
            return (card, width) -> ShareImage.draw(card, width, card.picture() == null ? null : pictures.cover(card.picture(), WIDTH, HEIGHT));
        }
    }

    ShareImage() {
        this(CACHE_BYTES);
    }

    /** A node's budget, each card drawn by {@code drawer}. */
    ShareImage(Drawer drawer) {
        this(CACHE_BYTES, WAIT_TO_DRAW, drawer);
    }

    /** Cards kept up to {@code cacheBytes} bytes of PNG. */
    ShareImage(long cacheBytes) {
        this(cacheBytes, WAIT_TO_DRAW);
    }

    /** Cards kept up to {@code cacheBytes} bytes of PNG; a request waits at most {@code waitToDraw} for its turn to draw. */
    ShareImage(long cacheBytes, java.time.Duration waitToDraw) {
        this(cacheBytes, waitToDraw, Drawer.overPictures());
    }

    /** As above, each card drawn by {@code drawer} within the budget. */
    ShareImage(long cacheBytes, java.time.Duration waitToDraw, Drawer drawer) {
        this.waitToDraw = waitToDraw;
        this.drawer = drawer;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((Drawn drawn, byte[] png) -> png.length)
                .executor(Runnable::run)
                .build();
    }

    /**
     * What a card shows: same content, same picture. {@code map} null for a card without a route,
     * {@code places} the stops' names in the order reached (empty for none), {@code picture} the
     * ending's picture (null for none).
     */
    record Card(String storyTitle, String kindLabel, Color accent, String summary, String journey, String hashtag, CardMap map,
                List<String> places, CardPicture.Source picture) {

        Card {
            places = places == null ? List.of() : List.copyOf(places);
        }

        /** A card without places or picture. */
        Card(String storyTitle, String kindLabel, Color accent, String summary, String journey, String hashtag, CardMap map) {
            this(storyTitle, kindLabel, accent, summary, journey, hashtag, map, List.of(), null);
        }
    }

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
    /** Where the route is drawn: the bottom right of the card, above the divider, leaving the picture's upper part free. */
    private static final int PANEL_LEFT = 880;
    private static final int PANEL_TOP = 320;
    private static final int PANEL_RIGHT = WIDTH - 60;
    private static final int PANEL_BOTTOM = DIVIDER - 30;

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
     * The PNG for a card, drawn within the budget: one card at a time. A request that would wait
     * more than a quarter of a second gets the PNG of {@code fallback} (the same ending without
     * what varies from journey to journey) if it was drawn already, and null (busy: ask again
     * later) if not. The fallback is drawn only within the budget too, first whenever requests
     * are waiting, since it then answers every code of its ending at once.
     */
    byte[] png(Card card, Card fallback, int width) {
        Drawn wanted = new Drawn(card, width);
        byte[] cached = cache.getIfPresent(wanted);
        if (cached != null) return cached;
        Drawn ending = new Drawn(fallback, width);
        boolean mayDraw;
        try {
            // The wait also slows a flood's clients down: answering them at once only let them ask more often.
            mayDraw = drawing.tryAcquire(waitToDraw.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mayDraw = false;
        }
        if (!mayDraw) return fallbacks.get(ending);
        try {
            if (drawing.hasQueuedThreads() && !fallbacks.containsKey(ending)) return fallbacks.computeIfAbsent(ending, this::draw);
            // drawn by the request before this one, or drawn now
            return cache.get(wanted, this::draw);
        } finally {
            drawing.release();
        }
    }

    /** How many cards are being drawn: for tests of a busy drawing. */
    int drawingNow() {
        return DRAWING_AT_ONCE - drawing.availablePermits();
    }

    /** How many requests wait for their turn to draw: for tests of a busy drawing. */
    int waitingNow() {
        return drawing.getQueueLength();
    }

    /** How many bytes of cards are kept: for tests of the bound. */
    long cachedBytes() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private byte[] draw(Drawn drawn) {
        return drawer.draw(drawn.card(), drawn.width());
    }

    static byte[] draw(Card card) {
        return draw(card, WIDTH, null);
    }

    /**
     * The card drawn {@code width} pixels wide, over {@code picture} ({@link #WIDTH}×{@link #HEIGHT},
     * null for none): the same picture as at {@link #WIDTH}, scaled while drawing (text stays sharp).
     */
    static byte[] draw(Card card, int width, BufferedImage picture) {
        return PngBytes.of(image(card, width, picture));
    }

    static BufferedImage image(Card card, int width, BufferedImage picture) {
        String storyTitle = card.storyTitle();
        String kindLabel = card.kindLabel();
        Color accent = card.accent();
        String hashtag = card.hashtag();
        BufferedImage image = new BufferedImage(width, Math.round(HEIGHT * (float) width / WIDTH), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale((double) width / WIDTH, (double) width / WIDTH);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int x = MARGIN;
            int textRight = card.map() == null ? WIDTH - x : PANEL_LEFT - 60;
            Font kindFont = new Font(Font.SANS_SERIF, Font.BOLD, 30);
            String kind = fit(g.getFontMetrics(kindFont), kindLabel.toUpperCase(java.util.Locale.ROOT), textRight - x);
            // A list of two places says no more than "from Hyesan to Seoul": the list starts at three.
            List<String> places = card.places().size() < 3 ? List.of() : card.places();
            TextBlock text = layOut(g, card.summary(), capitalise(card.journey()), places, textRight - x, BOX_BOTTOM - BOX_TOP);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            if (picture != null) drawPicture(g, picture, x + Math.max(g.getFontMetrics(kindFont).stringWidth(kind), text.width(g)));
            g.setColor(accent);
            g.fillRect(0, 0, 16, HEIGHT);

            g.setFont(kindFont);
            g.setColor(accent);
            g.drawString(kind, x, 110);

            if (card.map() != null) drawMap(g, card.map(), accent, picture != null);
            int y = BOX_TOP;
            g.setColor(INK);
            g.setFont(text.summaryFont());
            for (String line : text.summary()) {
                y += text.summaryLineHeight();
                g.drawString(line, x, y - text.summaryLineHeight() / 4);
            }
            g.setColor(MUTED);
            g.setFont(text.journeyFont());
            if (!text.journey().isEmpty()) y += JOURNEY_GAP;
            for (String line : text.journey()) {
                y += JOURNEY_LINE_HEIGHT;
                g.drawString(line, x, y - JOURNEY_LINE_HEIGHT / 4);
            }
            g.setFont(text.placesFont());
            if (!text.places().isEmpty()) y += PLACES_GAP;
            for (String line : text.places()) {
                y += PLACES_LINE_HEIGHT;
                g.drawString(line, x, y - PLACES_LINE_HEIGHT / 4);
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
        return image;
    }

    /**
     * The ending's picture under the card, as tall as the card, its middle in the part of the
     * card right of the type (so that its subject shows beside the type rather than under it; a
     * picture as wide as the card or wider than the free part keeps its right edge on the
     * card's), veiled in the card's dark colour: {@link #VEIL_UNDER_TYPE} up to {@code typeRight},
     * where the widest line of type ends, easing to {@link #VEIL_OVER_PICTURE} over the rest, and
     * dark again under the divider, where the title goes.
     */
    private static void drawPicture(Graphics2D g, BufferedImage picture, int typeRight) {
        double scale = (double) HEIGHT / picture.getHeight();
        int width = (int) Math.round(picture.getWidth() * scale);
        int free = typeRight + 40;
        int left = Math.max(WIDTH - width, (free + WIDTH) / 2 - width / 2);
        left = Math.min(left, Math.max(0, free - 120));
        g.drawImage(picture, left, 0, width, HEIGHT, null);
        if (left > 0) {
            // The picture's left edge fades into the card's colour rather than cut across the type.
            g.setPaint(new java.awt.GradientPaint(left, 0, BACKGROUND, left + 160, 0, withAlpha(BACKGROUND, 0)));
            g.fillRect(left, 0, 160, HEIGHT);
        }
        float solid = Math.min(0.9f, (float) free / WIDTH);
        float clear = Math.min(0.99f, solid + 0.16f);
        Color under = withAlpha(BACKGROUND, VEIL_UNDER_TYPE);
        Color over = withAlpha(BACKGROUND, VEIL_OVER_PICTURE);
        g.setPaint(new java.awt.LinearGradientPaint(0, 0, WIDTH, 0, new float[] {0, solid, clear, 1}, new Color[] {under, under, over, over}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setPaint(new java.awt.GradientPaint(0, DIVIDER - 70, withAlpha(BACKGROUND, 0), 0, DIVIDER, withAlpha(BACKGROUND, 0.75f)));
        g.fillRect(0, DIVIDER - 70, WIDTH, 70);
        g.setColor(withAlpha(BACKGROUND, 0.75f));
        g.fillRect(0, DIVIDER, WIDTH, HEIGHT - DIVIDER);
    }

    private static Color withAlpha(Color color, float alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), Math.round(alpha * 255));
    }

    /**
     * The route over its land, in a rounded panel at the bottom right: the thread in the ending's
     * colour, the last stop larger (the type names the first and the last). Over a picture the
     * sea lets a little of it through.
     */
    private static void drawMap(Graphics2D g, CardMap map, Color accent, boolean overPicture) {
        double panelWidth = PANEL_RIGHT - PANEL_LEFT;
        double panelHeight = PANEL_BOTTOM - PANEL_TOP;
        java.awt.Shape panel = new java.awt.geom.RoundRectangle2D.Double(PANEL_LEFT, PANEL_TOP, panelWidth, panelHeight, 18, 18);
        g.setColor(overPicture ? withAlpha(SEA, 0.88f) : SEA);
        g.fill(panel);
        java.awt.Shape clip = g.getClip();
        java.awt.geom.AffineTransform before = g.getTransform();
        g.clip(panel);
        // The whole view in the panel, centred (the panel is wider than the view: the map around it shows at the sides).
        double scale = Math.min(panelWidth / map.width(), panelHeight / map.height());
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
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(BACKGROUND);
        g.draw(thread);
        g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(accent);
        g.draw(thread);
        int stops = map.stops().size() / 2;
        for (int i = 0; i < stops; i++) {
            double px = map.stops().get(2 * i) * scale + offsetX;
            double py = map.stops().get(2 * i + 1) * scale + offsetY;
            boolean last = i == stops - 1;
            double r = last ? 9 : 5;
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
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final int[] SUMMARY_SIZES = {68, 60, 52, 46, 40};
    private static final int JOURNEY_SIZE = 32;
    private static final int JOURNEY_LINE_HEIGHT = 44;
    private static final int JOURNEY_GAP = 14;
    private static final int PLACES_SIZE = 24;
    private static final int PLACES_LINE_HEIGHT = 34;
    private static final int PLACES_GAP = 12;
    private static final String PLACE_SEPARATOR = " \u00b7 ";

    /** The card's text, wrapped and sized to fit its box: the summary, the journey in a sentence, the places passed. */
    record TextBlock(Font summaryFont, int summaryLineHeight, List<String> summary, Font journeyFont, List<String> journey,
                     Font placesFont, List<String> places) {

        /** The widest line's width. */
        int width(Graphics2D g) {
            int widest = 0;
            for (String line : summary) widest = Math.max(widest, g.getFontMetrics(summaryFont).stringWidth(line));
            for (String line : journey) widest = Math.max(widest, g.getFontMetrics(journeyFont).stringWidth(line));
            for (String line : places) widest = Math.max(widest, g.getFontMetrics(placesFont).stringWidth(line));
            return widest;
        }

        int height() {
            return summary.size() * summaryLineHeight + (journey.isEmpty() ? 0 : JOURNEY_GAP + journey.size() * JOURNEY_LINE_HEIGHT)
                    + (places.isEmpty() ? 0 : PLACES_GAP + places.size() * PLACES_LINE_HEIGHT);
        }
    }

    /** {@link #layOut(Graphics2D, String, String, List, int, int)} without places. */
    static TextBlock layOut(Graphics2D g, String summary, String journey, int width, int height) {
        return layOut(g, summary, journey, List.of(), width, height);
    }

    /**
     * The summary in the largest size at which it fits in three lines, the journey in up to three
     * lines under it and the places in up to two, the whole no taller than {@code height}: the
     * summary's size goes down first, then the journey loses lines (its last one then ends with
     * an ellipsis), then the places (names in the middle of the route give way to an ellipsis).
     */
    static TextBlock layOut(Graphics2D g, String summary, String journey, List<String> places, int width, int height) {
        Font journeyFont = new Font(Font.SANS_SERIF, Font.PLAIN, JOURNEY_SIZE);
        FontMetrics journeyMetrics = g.getFontMetrics(journeyFont);
        Font placesFont = new Font(Font.SANS_SERIF, Font.PLAIN, PLACES_SIZE);
        FontMetrics placesMetrics = g.getFontMetrics(placesFont);
        TextBlock block = null;
        // First the whole journey and at least a line of places, at the largest summary size that
        // lets them fit; failing that, the journey loses lines and the places go.
        List<String> wholeJourney = wrap(journeyMetrics, journey, width, Integer.MAX_VALUE);
        for (boolean whole : new boolean[] {true, false}) {
            if (whole && wholeJourney.size() > 3) continue;
            for (int size : SUMMARY_SIZES) {
                Font font = new Font(Font.SERIF, Font.BOLD, size);
                int lineHeight = Math.round(size * 1.18f);
                List<String> lines = wrap(g.getFontMetrics(font), summary, width, Integer.MAX_VALUE);
                // A smaller size rather than a summary cut short, down to the smallest.
                if (lines.size() > 3 && size != SUMMARY_SIZES[SUMMARY_SIZES.length - 1]) continue;
                if (lines.size() > 3) lines = wrap(g.getFontMetrics(font), summary, width, 3);
                int fewestPlaceLines = whole && !places.isEmpty() ? 1 : 0;
                for (int placeLines = places.isEmpty() ? 0 : 2; placeLines >= fewestPlaceLines; placeLines--) {
                    List<String> placeText = placeLines(placesMetrics, places, width, placeLines);
                    for (int journeyLines = 3; journeyLines >= (whole ? wholeJourney.size() : 1); journeyLines--) {
                        block = new TextBlock(font, lineHeight, lines, journeyFont, wrap(journeyMetrics, journey, width, journeyLines), placesFont, placeText);
                        if (block.height() <= height) return block;
                    }
                }
            }
        }
        // The smallest summary, one line of journey, no places: fewer summary lines until it fits.
        List<String> summaryLines = block.summary();
        while (block.height() > height && summaryLines.size() > 1) {
            summaryLines = wrap(g.getFontMetrics(block.summaryFont()), summary, width, summaryLines.size() - 1);
            block = new TextBlock(block.summaryFont(), block.summaryLineHeight(), summaryLines, journeyFont, block.journey(), placesFont, List.of());
        }
        return block;
    }

    /**
     * The places in at most {@code maxLines} lines no wider than {@code width}, separated by a
     * middle dot and never cut inside a name. When they do not all fit, the first and the last
     * stay and the ones just before the last give way to an ellipsis: "Hyesan · Changbai · … · Seoul".
     */
    static List<String> placeLines(FontMetrics metrics, List<String> places, int width, int maxLines) {
        if (maxLines <= 0 || places.isEmpty()) return List.of();
        List<String> shown = new ArrayList<>(places);
        for (int dropped = 0; ; dropped++) {
            List<String> lines = lay(metrics, shown, width);
            if (lines.size() <= maxLines) return lines;
            if (shown.size() <= 3) return List.of(fit(metrics, String.join(PLACE_SEPARATOR, shown), width));
            // drop the name before the last (or the ellipsis's neighbour), the ellipsis standing in for it
            int ellipsis = shown.indexOf("\u2026");
            if (ellipsis < 0) shown.set(shown.size() - 2, "\u2026");
            else shown.remove(ellipsis - 1);
        }
    }

    /** Names laid out greedily in lines of {@code width}; a name wider than a line alone is cut with an ellipsis. */
    private static List<String> lay(FontMetrics metrics, List<String> names, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) + (i < names.size() - 1 ? PLACE_SEPARATOR.stripTrailing() : "");
            if (line.length() > 0 && metrics.stringWidth(line + " " + name) <= width) {
                line.append(' ').append(name);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            line.append(metrics.stringWidth(name) > width ? fit(metrics, name, width) : name);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
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
