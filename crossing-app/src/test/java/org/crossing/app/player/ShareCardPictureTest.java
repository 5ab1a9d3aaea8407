package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.crossing.app.http.Assets;
import org.crossing.app.stats.MemoryCounterStore;
import org.crossing.app.stats.Statistics;
import org.crossing.app.testing.CapturedLog;
import org.crossing.app.token.ShareCard;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The share card drawn over the ending's picture: every ending of The Crossing, drawn as the
 * server draws it (the cards are kept in {@code target/share-cards/} to be looked at), a card
 * whose picture is missing, and Hangul on a card.
 */
class ShareCardPictureTest {

    private static final Path LOOK_AT = Paths.get("target", "share-cards");
    private static Statistics statistics;
    private static Pages pages;

    @BeforeAll
    static void pages() {
        statistics = new Statistics(new MemoryCounterStore(), List.of(), Duration.ofHours(1));
        pages = new Pages(Assets.load(), statistics, slug -> "");
    }

    @AfterAll
    static void close() throws Exception {
        if (statistics instanceof AutoCloseable closeable) closeable.close();
    }

    @Test
    void everyEndingOfTheCrossingIsDrawnOverItsOwnPictureAtTheExactSize() throws Exception {
        PublishedStory story = StoryCatalog.compile(Paths.get("..", "stories", "the-crossing"));
        Map<String, State> journeys = longestJourneyToEachEnding(story.story(), 3000);
        assertThat(journeys).hasSize(story.endings().size());
        Files.createDirectories(LOOK_AT);
        ShareImage images = new ShareImage();
        for (Map.Entry<String, State> journey : journeys.entrySet()) {
            ShareCards cards = ShareCards.of(pages, story, shareCard(story, journey.getValue()));
            assertThat(cards.shown().picture()).as(journey.getKey()).isNotNull();
            byte[] png = images.png(cards.shown(), cards.endingOnly(), ShareImage.WIDTH);
            byte[] small = images.png(cards.shown(), cards.endingOnly(), ShareImage.SMALL_WIDTH);
            Files.write(LOOK_AT.resolve(journey.getKey() + ".png"), png);
            Files.write(LOOK_AT.resolve(journey.getKey() + "-600.png"), small);
            BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(card.getWidth()).isEqualTo(1200);
            assertThat(card.getHeight()).isEqualTo(630);
            BufferedImage smallCard = ImageIO.read(new ByteArrayInputStream(small));
            assertThat(smallCard.getWidth()).isEqualTo(600);
            assertThat(smallCard.getHeight()).isEqualTo(315);

            // Where the picture shows (the upper right, where the map goes only when the picture is plain there), the card varies as a picture does;
            // the same card without its picture is flat there.
            ShareImage.Card withoutPicture = withPicture(cards.shown(), null);
            BufferedImage plain = ShareImage.image(withoutPicture, ShareImage.WIDTH, null);
            assertThat(spread(card, 830, 40, 1200, 220)).as(journey.getKey()).isGreaterThan(3);
            assertThat(spread(plain, 830, 40, 1200, 220)).isLessThan(1);
        }
        // The Korean cards too, kept beside them to be looked at (Hangul drawn, not boxes: hangulOnACard below).
        PublishedStory korean = story.in("ko");
        for (Map.Entry<String, State> journey : journeys.entrySet()) {
            ShareCards cards = ShareCards.of(pages, korean, shareCard(korean, journey.getValue()));
            Files.write(LOOK_AT.resolve("ko-" + journey.getKey() + "-600.png"), images.png(cards.shown(), cards.endingOnly(), ShareImage.SMALL_WIDTH));
        }
    }

    @Test
    void anEndingWhosePictureIsMissingStillGetsItsWholeCard() throws Exception {
        PublishedStory story = StoryCatalog.compile(Paths.get("..", "stories", "the-crossing"));
        State journey = longestJourneyToEachEnding(story.story(), 300).values().iterator().next();
        ShareCards cards = ShareCards.of(pages, story, shareCard(story, journey));
        ShareImage.Card missing = withPicture(cards.shown(), new CardPicture.Source(Paths.get("no-such-picture.svg"), "1"));

        BufferedImage card;
        try (CapturedLog log = new CapturedLog()) {
            card = ImageIO.read(new ByteArrayInputStream(new ShareImage().png(missing, cards.endingOnly(), ShareImage.WIDTH)));
            assertThat(log.lines()).containsExactly(
                    "[WARN] CardPicture - share card: cannot draw no-such-picture.svg (no such file); its cards are drawn without a picture");
        }
        BufferedImage plain = ShareImage.image(withPicture(cards.shown(), null), ShareImage.WIDTH, null);

        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        assertThat(sameUpTo(card, plain, 0)).isTrue();
    }

    @Test
    void aPictureThatIsNotAPictureLeavesTheCardWithoutOne(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10'");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "text");

        try (CapturedLog log = new CapturedLog()) {
            assertThat(CardPicture.draw(broken, 1200, 630)).isNull();
            assertThat(CardPicture.draw(notes, 1200, 630)).isNull();
            assertThat(log.lines()).containsExactly(
                    "[WARN] CardPicture - share card: cannot draw " + broken + " (Error while parsing SVG: ParseError at [row,col]:[1,51]"
                            + " Message: XML document structures must start and end within the same entity.); its cards are drawn without a picture",
                    "[WARN] CardPicture - share card: cannot draw " + notes + " (only SVG, PNG, JPEG and GIF pictures are drawn on cards);"
                            + " its cards are drawn without a picture");
        }
    }

    @Test
    void aBrokenSvgIsSaidInOneWarningLineNamingTheFileWithoutAStackTraceAndOnlyOnce(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10'");
        CardPicture pictures = new CardPicture();
        List<java.util.logging.LogRecord> console = new ArrayList<>();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Handler listening = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                console.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        root.addHandler(listening);
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            assertThat(pictures.cover(new CardPicture.Source(broken, "1"), 1200, 630)).isNull();
            assertThat(pictures.cover(new CardPicture.Source(broken, "1"), 1200, 630)).isNull();
            log = captured.text();
        } finally {
            root.removeHandler(listening);
        }

        // jsvg's own record (with the parser's stack trace) never reaches the console's handler.
        assertThat(console).isEmpty();
        assertThat(log.lines().toList()).hasSize(1);
        assertThat(log).contains("WARN").contains("share card: cannot draw " + broken + " (Error while parsing SVG: ")
                .contains("XML document structures must start and end within the same entity")
                .contains("); its cards are drawn without a picture")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aPictureIsDrawnOnceAndEachCardGetsItsOwnCopyOfItsPixels(@TempDir Path dir) throws IOException {
        Path red = Files.writeString(dir.resolve("red.svg"),
                "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='63'><rect width='120' height='63' fill='#c00'/></svg>");
        CardPicture pictures = new CardPicture();
        CardPicture.Source source = new CardPicture.Source(red, "1");

        BufferedImage first = pictures.cover(source, 1200, 630);
        first.setRGB(600, 300, 0x000000); // a card drawing over its copy
        BufferedImage second = pictures.cover(source, 1200, 630);

        assertThat(pictures.keptCount()).isEqualTo(1);
        assertThat(second).isNotSameAs(first);
        assertThat(second.getWidth()).isEqualTo(1200);
        assertThat(second.getHeight()).isEqualTo(630);
        assertThat(second.getRGB(600, 300) & 0xffffff).isEqualTo(0xcc0000);
        assertThat(pictures.cover(new CardPicture.Source(red, "2"), 1200, 630).getRGB(10, 10) & 0xffffff).isEqualTo(0xcc0000);
        assertThat(pictures.keptCount()).isEqualTo(2);
    }

    @Test
    void typeOverTheWhitestPictureStaysReadable(@TempDir Path dir) throws IOException {
        Path white = Files.writeString(dir.resolve("white.svg"),
                "<svg xmlns='http://www.w3.org/2000/svg' width='1200' height='800'><rect width='1200' height='800' fill='#fff'/></svg>");
        BufferedImage picture = CardPicture.draw(white, ShareImage.WIDTH, ShareImage.HEIGHT);
        ShareImage.Card card = new ShareImage.Card("The Crossing", "Safe", ShareImage.accent(org.crossing.story.model.EndingKind.Tone.GOOD),
                "Reached Seoul and began again, after a winter in hiding and a long road south", "38 decisions, 9,280 km from Hyesan to Seoul",
                null, null, null);

        BufferedImage drawn = ShareImage.image(card, ShareImage.WIDTH, picture);
        BufferedImage plain = ShareImage.image(card, ShareImage.WIDTH, null);

        // Around the type (where the card without a picture shows its bare colour, between and
        // beside the letters), the veiled white is dark enough for the muted grey type (#b9c2cc) at 4.5:1.
        double muted = luminance(0xb9c2cc);
        int checked = 0;
        for (int x = 80; x < 1080; x += 7) {
            for (int y = 130; y < 480; y += 7) {
                if ((plain.getRGB(x, y) & 0xffffff) != 0x141b24 || !typeNear(plain, x, y)) continue;
                double background = luminance(drawn.getRGB(x, y));
                assertThat((muted + 0.05) / (background + 0.05)).as("contrast at %d,%d", x, y).isGreaterThanOrEqualTo(4.5);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    /** Whether type is drawn within 30 pixels to the left or right on the same row. */
    private static boolean typeNear(BufferedImage plain, int x, int y) {
        for (int dx = -30; dx <= 30; dx++) {
            int px = x + dx;
            if (px < 20 || px >= plain.getWidth()) continue;
            if ((plain.getRGB(px, y) & 0xffffff) != 0x141b24) return true;
        }
        return false;
    }

    @Test
    void hangulOnACardIsDrawnWithHangulGlyphsNotEmptyBoxes() {
        String summary = "서울에 도착해 다시 시작했다";
        for (Font font : List.of(new Font(Font.SERIF, Font.BOLD, 68), new Font(Font.SANS_SERIF, Font.PLAIN, 32))) {
            assertThat(font.canDisplayUpTo(summary)).as(font.getFamily()).isEqualTo(-1);
            GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true), summary);
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                assertThat(glyphs.getGlyphCode(i)).isNotEqualTo(font.getMissingGlyphCode());
            }
            // Two different syllables have two different shapes: a missing-glyph box would draw both alike.
            GlyphVector two = font.createGlyphVector(new FontRenderContext(null, true, true), "서울");
            assertThat(two.getGlyphOutline(0).getBounds2D()).isNotEqualTo(two.getGlyphOutline(1).getBounds2D());
        }
    }

    private static ShareImage.Card withPicture(ShareImage.Card card, CardPicture.Source picture) {
        return new ShareImage.Card(card.storyTitle(), card.kindLabel(), card.accent(), card.summary(), card.journey(), card.hashtag(),
                card.map(), picture);
    }

    /** The share code of a finished journey, as {@link Outcome#of} makes it. */
    private static ShareCard shareCard(PublishedStory story, State state) {
        String summary = Narrator.plain(story.story(), state, story.story().scene(state.scene()).ending().summary());
        return new ShareCard(state.scene(), summary, Journey.decisions(story.story(), state).count(), Journey.placeScenes(story.story(), state));
    }

    /** For each ending, of {@code journeys} random journeys, the one that passed the most places. */
    static Map<String, State> longestJourneyToEachEnding(Story story, int journeys) {
        Map<String, State> longest = new LinkedHashMap<>();
        Random random = new Random(10);
        for (int i = 0; i < journeys; i++) {
            State state = Engine.begin(story, random.nextLong());
            while (!Engine.finished(story, state)) {
                List<Action> actions = Engine.actions(story, state);
                state = Engine.next(story, state, actions.get(random.nextInt(actions.size())));
            }
            Scene ending = story.scene(state.scene());
            State before = longest.get(ending.id());
            if (before == null || Journey.placeScenes(story, state).size() > Journey.placeScenes(story, before).size()) longest.put(ending.id(), state);
        }
        return longest;
    }

    /** The standard deviation of the pixels' grey level in a region. */
    private static double spread(BufferedImage image, int x0, int y0, int x1, int y1) {
        List<Double> greys = new ArrayList<>();
        for (int x = x0; x < x1; x += 3) {
            for (int y = y0; y < y1; y += 3) {
                int rgb = image.getRGB(x, y);
                greys.add(((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0);
            }
        }
        double mean = greys.stream().mapToDouble(d -> d).average().orElse(0);
        return Math.sqrt(greys.stream().mapToDouble(d -> (d - mean) * (d - mean)).average().orElse(0));
    }

    private static boolean sameUpTo(BufferedImage a, BufferedImage b, int tolerance) {
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > tolerance) return false;
                }
            }
        }
        return true;
    }

    /** WCAG relative luminance of an sRGB colour. */
    private static double luminance(int rgb) {
        double r = channel(rgb >> 16 & 0xff);
        double g = channel(rgb >> 8 & 0xff);
        double b = channel(rgb & 0xff);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.04045) / 1.055, 2.4);
    }
}
