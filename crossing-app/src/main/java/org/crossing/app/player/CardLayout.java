package org.crossing.app.player;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything on a share card goes, in the card's {@value #WIDTH}×{@value #HEIGHT}
 * pixels: the type in a column on the left, the ending's picture beside it (veiled under the
 * type), and the route's map where it hides least of the picture's detail, the picture moved a
 * little to make room beside its subject ({@link CalmSpot}), never over the type. Every text is at least {@value #SMALLEST_TEXT} pixels: a phone shows the card 343 CSS
 * pixels wide, where that is 11.4 px, the smallest a page of ours prints.
 *
 * @param pictureLeft where the picture's left edge is drawn
 * @param solid how far across the card (0 to 1) the veil is at its darkest, under the type
 * @param clear how far across it the veil has thinned to let the picture show
 * @param map where the route's map goes; null for a card without one
 */
record CardLayout(List<CardLayout.Line> lines, int pictureLeft, float solid, float clear, Rectangle map) {

    /** What a line of type is, which says its colour. */
    enum Role { KIND, SUMMARY, JOURNEY, TITLE, TAG }

    /** A line of type: drawn at {@code x} on its {@code baseline}, {@code bounds} the box its letters take. */
    record Line(String text, Font font, Role role, int x, int baseline, Rectangle bounds) {}

    /** The card's size: the Open Graph picture's. */
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int SMALLEST_TEXT = CardText.SMALLEST_TEXT;
    /**
     * How much of the card's dark colour lies over the picture under the type (left) and where the
     * picture shows (right). Under the type it is enough for the lightest pixel a picture can have
     * (white) to stay 4.5:1 or more against the muted grey type: the type is readable over any picture.
     */
    static final float VEIL_UNDER_TYPE = 0.8f;
    static final float VEIL_OVER_PICTURE = 0.2f;
    static final int MARGIN = 80;
    /** How wide the type's column is beside a picture or a map: room for the summary in three lines at its smallest. */
    static final int TEXT_WIDTH = 620;
    static final int KIND_SIZE = 40;
    private static final int KIND_BASELINE = 100;
    static final int BOX_TOP = 130;
    static final int DIVIDER = HEIGHT - 120;
    static final int BOX_BOTTOM = DIVIDER - 24;
    static final int TITLE_SIZE = 44;
    static final int TAG_SIZE = 40;
    private static final int TITLE_BASELINE = HEIGHT - 56;
    private static final int TAG_WIDTH = 340;
    /** The map's panel: the map's own proportions (The Crossing's is 1040 × 960), about 74 × 69 CSS pixels on a phone. */
    static final int MAP_WIDTH = 260;
    static final int MAP_HEIGHT = 240;
    /** How far in from the card's edges and the divider the map keeps. */
    static final int MAP_INSET = 40;
    /** Over how many pixels the picture's left edge fades into the card's colour. */
    static final int FADE = 160;

    /**
     * The card of an outcome: its {@code kindLabel} ("Safe"), {@code summary} and {@code journey}
     * in a sentence, the story's {@code hashtag} (null for none) and {@code storyTitle}, with a
     * route's map or not, over {@code picture} (null for none; as tall as the card).
     */
    static CardLayout of(Graphics2D g, String kindLabel, String summary, String journey, String hashtag, String storyTitle, boolean withMap,
                         BufferedImage picture) {
        int x = MARGIN;
        // Beside a map the type keeps to its column; without one it may run across (the picture then shows right of its widest line).
        int textRight = !withMap ? WIDTH - MARGIN : MARGIN + TEXT_WIDTH;
        List<Line> lines = new ArrayList<>();
        Font kindFont = new Font(Font.SANS_SERIF, Font.BOLD, KIND_SIZE);
        String kind = CardText.fit(g.getFontMetrics(kindFont), kindLabel.toUpperCase(Locale.ROOT), textRight - x);
        lines.add(line(g, kind, kindFont, Role.KIND, x, KIND_BASELINE));
        CardText.TextBlock text = CardText.layOut(g, summary, CardText.capitalise(journey), textRight - x, BOX_BOTTOM - BOX_TOP);
        int y = BOX_TOP;
        for (String summaryLine : text.summary()) {
            y += text.summaryLineHeight();
            lines.add(line(g, summaryLine, text.summaryFont(), Role.SUMMARY, x, y - text.summaryLineHeight() / 4));
        }
        if (!text.journey().isEmpty()) y += CardText.JOURNEY_GAP;
        for (String journeyLine : text.journey()) {
            y += CardText.JOURNEY_LINE_HEIGHT;
            lines.add(line(g, journeyLine, text.journeyFont(), Role.JOURNEY, x, y - CardText.JOURNEY_LINE_HEIGHT / 4));
        }
        int typeRight = x;
        for (Line line : lines) typeRight = Math.max(typeRight, line.bounds().x + line.bounds().width);

        Font tagFont = new Font(Font.SANS_SERIF, Font.BOLD, TAG_SIZE);
        int tagWidth = 0;
        if (hashtag != null) {
            String tag = CardText.fit(g.getFontMetrics(tagFont), "#" + hashtag, TAG_WIDTH);
            tagWidth = g.getFontMetrics(tagFont).stringWidth(tag);
            lines.add(line(g, tag, tagFont, Role.TAG, WIDTH - MARGIN - tagWidth, TITLE_BASELINE));
        }
        Font titleFont = new Font(Font.SERIF, Font.ITALIC, TITLE_SIZE);
        String title = CardText.fit(g.getFontMetrics(titleFont), storyTitle, WIDTH - 2 * MARGIN - Math.max(tagWidth, TAG_WIDTH) - 20);
        lines.add(line(g, title, titleFont, Role.TITLE, x, TITLE_BASELINE));

        // The picture's middle in the part of the card right of the type, so that its subject shows
        // beside the type rather than under it; a picture as wide as the card keeps its right edge on the card's.
        int free = typeRight + 40;
        int pictureLeft = 0;
        int leftmost = 0;
        int rightmost = 0;
        if (picture != null) {
            int width = (int) Math.round(picture.getWidth() * (double) HEIGHT / picture.getHeight());
            leftmost = Math.min(WIDTH - width, 0);
            rightmost = Math.max(0, free - 120);
            pictureLeft = Math.min(Math.max(leftmost, (free + WIDTH) / 2 - width / 2), rightmost);
        }
        float solid = Math.min(0.9f, (float) free / WIDTH);
        float clear = Math.min(0.99f, solid + 0.16f);
        List<Line> placed = List.copyOf(lines);
        if (!withMap) return new CardLayout(placed, pictureLeft, solid, clear, null);
        List<Rectangle> type = lines.stream().filter(l -> l.role() != Role.TITLE && l.role() != Role.TAG).map(Line::bounds).toList();
        Rectangle area = new Rectangle(MAP_INSET, MAP_INSET, WIDTH - 2 * MAP_INSET, DIVIDER - 20 - MAP_INSET);
        CalmSpot.Placement placement = CalmSpot.choose(picture, pictureLeft, leftmost, rightmost,
                (column, left) -> shows(column, left, solid, clear), type, area, MAP_WIDTH, MAP_HEIGHT, WIDTH, HEIGHT);
        Rectangle map = placement.map();
        // Type so long that no place is free (it keeps to its column): the map at the bottom right, as without a picture.
        if (map == null) map = new Rectangle(WIDTH - MAP_INSET - MAP_WIDTH, DIVIDER - 20 - MAP_HEIGHT, MAP_WIDTH, MAP_HEIGHT);
        return new CardLayout(placed, placement.pictureLeft(), solid, clear, map);
    }

    private static Line line(Graphics2D g, String text, Font font, Role role, int x, int baseline) {
        FontMetrics metrics = g.getFontMetrics(font);
        Rectangle bounds = new Rectangle(x, baseline - metrics.getAscent(), metrics.stringWidth(text), metrics.getAscent() + metrics.getDescent());
        return new Line(text, font, role, x, baseline, bounds);
    }

    /**
     * How much of a picture whose left edge is at {@code pictureLeft} shows at card column
     * {@code x} (0 to 1): faded in at its left edge, then through the veil, darkest up to
     * {@code solid} of the card's width and thinnest from {@code clear}.
     */
    static double shows(int x, int pictureLeft, float solid, float clear) {
        if (x < pictureLeft) return 0;
        double fadedIn = pictureLeft > 0 ? Math.min(1, (x - pictureLeft) / (double) FADE) : 1;
        double across = x / (double) WIDTH;
        double veil;
        if (across <= solid) veil = VEIL_UNDER_TYPE;
        else if (across >= clear) veil = VEIL_OVER_PICTURE;
        else veil = VEIL_UNDER_TYPE + (VEIL_OVER_PICTURE - VEIL_UNDER_TYPE) * (across - solid) / (clear - solid);
        return fadedIn * (1 - veil);
    }
}
