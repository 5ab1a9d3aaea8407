package org.crossing.app.player;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * The picture a shared outcome shows on social networks: 1200×630 PNG (the Open Graph size) with
 * the ending's picture, darkened where the type goes, the outcome, the journey in a sentence, the
 * route on its map where the picture is calmest, and the story's title, laid out by
 * {@link CardLayout} at sizes a phone can read. Drawn with Java2D; an SVG picture with jsvg
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

    static final int WIDTH = CardLayout.WIDTH;
    static final int HEIGHT = CardLayout.HEIGHT;
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
     * {@code picture} the ending's picture (null for none).
     */
    record Card(String storyTitle, String kindLabel, Color accent, String summary, String journey, String hashtag, CardMap map,
                CardPicture.Source picture) {

        /** A card without a picture. */
        Card(String storyTitle, String kindLabel, Color accent, String summary, String journey, String hashtag, CardMap map) {
            this(storyTitle, kindLabel, accent, summary, journey, hashtag, map, null);
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
        BufferedImage image = new BufferedImage(width, Math.round(HEIGHT * (float) width / WIDTH), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale((double) width / WIDTH, (double) width / WIDTH);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            CardLayout layout = CardLayout.of(g, card.kindLabel(), card.summary(), card.journey(), card.hashtag(), card.storyTitle(), card.map() != null, picture);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            if (picture != null) drawPicture(g, picture, layout);
            g.setColor(card.accent());
            g.fillRect(0, 0, 16, HEIGHT);
            if (card.map() != null) drawMap(g, card.map(), card.accent(), layout.map(), picture != null);
            for (CardLayout.Line line : layout.lines()) {
                g.setFont(line.font());
                g.setColor(switch (line.role()) {
                    case KIND, TAG -> card.accent();
                    case SUMMARY, TITLE -> INK;
                    case JOURNEY -> MUTED;
                });
                g.drawString(line.text(), line.x(), line.baseline());
            }
            g.setStroke(new BasicStroke(2));
            g.setColor(new Color(0x3a, 0x46, 0x54));
            g.drawLine(CardLayout.MARGIN, CardLayout.DIVIDER, WIDTH - CardLayout.MARGIN, CardLayout.DIVIDER);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The ending's picture under the card, as tall as the card, where the layout puts it (its
     * middle right of the type), veiled in the card's dark colour: {@link CardLayout#VEIL_UNDER_TYPE} under
     * the type, easing to {@link CardLayout#VEIL_OVER_PICTURE} over the rest, and dark again under the
     * divider, where the title goes.
     */
    private static void drawPicture(Graphics2D g, BufferedImage picture, CardLayout layout) {
        double scale = (double) HEIGHT / picture.getHeight();
        int width = (int) Math.round(picture.getWidth() * scale);
        int left = layout.pictureLeft();
        g.drawImage(picture, left, 0, width, HEIGHT, null);
        if (left > 0) {
            // The picture's left edge fades into the card's colour rather than cut across the type.
            g.setPaint(new java.awt.GradientPaint(left, 0, BACKGROUND, left + CardLayout.FADE, 0, withAlpha(BACKGROUND, 0)));
            g.fillRect(left, 0, CardLayout.FADE, HEIGHT);
        }
        Color under = withAlpha(BACKGROUND, CardLayout.VEIL_UNDER_TYPE);
        Color over = withAlpha(BACKGROUND, CardLayout.VEIL_OVER_PICTURE);
        g.setPaint(new java.awt.LinearGradientPaint(0, 0, WIDTH, 0, new float[] {0, layout.solid(), layout.clear(), 1}, new Color[] {under, under, over, over}));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int divider = CardLayout.DIVIDER;
        g.setPaint(new java.awt.GradientPaint(0, divider - 70, withAlpha(BACKGROUND, 0), 0, divider, withAlpha(BACKGROUND, 0.75f)));
        g.fillRect(0, divider - 70, WIDTH, 70);
        g.setColor(withAlpha(BACKGROUND, 0.75f));
        g.fillRect(0, divider, WIDTH, HEIGHT - divider);
    }

    private static Color withAlpha(Color color, float alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), Math.round(alpha * 255));
    }

    /**
     * The route over its land, in a rounded panel where the layout puts it (where the picture is
     * calmest): the thread in the ending's colour, the last stop larger (the type names the first
     * and the last). Over a picture the sea lets a little of it through.
     */
    private static void drawMap(Graphics2D g, CardMap map, Color accent, java.awt.Rectangle spot, boolean overPicture) {
        double panelWidth = spot.width;
        double panelHeight = spot.height;
        double panelLeft = spot.x;
        double panelTop = spot.y;
        java.awt.Shape panel = new java.awt.geom.RoundRectangle2D.Double(panelLeft, panelTop, panelWidth, panelHeight, 18, 18);
        g.setColor(overPicture ? withAlpha(SEA, 0.88f) : SEA);
        g.fill(panel);
        java.awt.Shape clip = g.getClip();
        java.awt.geom.AffineTransform before = g.getTransform();
        g.clip(panel);
        // The whole view in the panel, centred (the panel is wider than the view: the map around it shows at the sides).
        double scale = Math.min(panelWidth / map.width(), panelHeight / map.height());
        double offsetX = panelLeft + panelWidth / 2 - (map.x() + map.width() / 2) * scale;
        double offsetY = panelTop + panelHeight / 2 - (map.y() + map.height() / 2) * scale;
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
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(BACKGROUND);
        g.draw(thread);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(accent);
        g.draw(thread);
        int stops = map.stops().size() / 2;
        for (int i = 0; i < stops; i++) {
            double px = map.stops().get(2 * i) * scale + offsetX;
            double py = map.stops().get(2 * i + 1) * scale + offsetY;
            boolean last = i == stops - 1;
            double r = last ? 11 : 6;
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
}
