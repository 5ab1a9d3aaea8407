package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The share card's text layout and its cache. */
class ShareImageTest {

    private final Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    private final FontMetrics serif = g.getFontMetrics(new Font(Font.SERIF, Font.BOLD, 68));

    @AfterEach
    void dispose() {
        g.dispose();
    }

    @Test
    void aFirstWordWiderThanTheLineIsCutBetweenCharactersNotLeftToRunOffTheEdge() {
        List<String> lines = CardText.wrap(serif, "Antidisestablishmentarianismwithoutend was the word", 400, 10);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(serif.stringWidth(line)).isLessThanOrEqualTo(400));
        assertThat(String.join("", lines).replace(" ", "")).startsWith("Antidisestablishmentarianism");
    }

    @Test
    void chineseWithoutSpacesWrapsOverSeveralLinesInsteadOfBeingCutToOne() {
        String summary = "她在凌晨渡过了图们江，在中国躲藏了三年，最后经由老挝抵达首尔。";

        List<String> lines = CardText.wrap(serif, summary, 1040, 3);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(serif.stringWidth(line)).isLessThanOrEqualTo(1040));
        assertThat(String.join("", lines)).isEqualTo(summary);
    }

    @Test
    void koreanWrapsAtItsSpaces() {
        String summary = "그녀는 새벽에 두만강을 건넜고 중국에서 삼 년을 숨어 지낸 뒤 라오스를 거쳐 서울에 도착했다";

        List<String> lines = CardText.wrap(serif, summary, 1040, 3);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(summary);
    }

    @Test
    void aTextLongerThanItsLinesEndsWithAnEllipsisWithinTheWidth() {
        List<String> lines = CardText.wrap(serif, "word ".repeat(200), 1040, 3);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).endsWith("…");
        assertThat(serif.stringWidth(lines.get(2))).isLessThanOrEqualTo(1040);
    }

    @Test
    void theSummaryAndTheJourneyTogetherStayInTheBoxAboveTheDivider() {
        CardText.TextBlock block = CardText.layOut(g, "She crossed the river at dawn and hid for three years before she reached Seoul by way of Laos",
                "Through Hyesan, the Tumen river, Yanji, Shenyang, Kunming, the Mekong, Vientiane, Bangkok and Seoul, after 23 decisions "
                        + "and a long wait in a safe house at the border", CardLayout.TEXT_WIDTH, CardLayout.BOX_BOTTOM - CardLayout.BOX_TOP);

        assertThat(block.height()).isLessThanOrEqualTo(CardLayout.BOX_BOTTOM - CardLayout.BOX_TOP);
        assertThat(block.summary()).hasSizeBetween(1, 3);
        assertThat(block.journey()).isNotEmpty();
    }

    @Test
    void cardsAreKeptByWhatTheyShowSoThatCodesWithTheSameOutcomeShareOne() {
        ShareImage images = new ShareImage();
        ShareImage.Card card = new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "Through Laos", "TheCrossing", null);
        ShareImage.Card fallback = new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "", "TheCrossing", null);

        byte[] first = images.png(card, fallback, ShareImage.WIDTH);
        byte[] second = images.png(new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "Through Laos", "TheCrossing", null), fallback, ShareImage.WIDTH);

        assertThat(second).isSameAs(first);
        assertThat(first).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theCardsKeptStayWithinTheirBytes() {
        ShareImage images = new ShareImage(150_000);
        long all = 0;
        for (int i = 0; i < 8; i++) {
            all += images.png(card(i + " decisions"), FALLBACK, ShareImage.WIDTH).length;
            assertThat(images.cachedBytes()).isLessThanOrEqualTo(150_000);
        }
        assertThat(all).isGreaterThan(150_000);
        assertThat(images.cachedBytes()).isGreaterThan(0);
    }

    @Test
    void aFloodOfCardsEachAskedForOnceDoesNotPushOutTheCardsAskedForAgain() {
        ShareImage images = new ShareImage(300_000);
        // Caffeine counts how often cards are asked for once its cache is half full (about 12 of these cards fill it).
        for (int i = 0; i < 6; i++) images.png(card("journey " + i), FALLBACK, ShareImage.WIDTH);
        byte[] popular = images.png(card("the popular journey"), FALLBACK, ShareImage.WIDTH);
        assertThat(images.png(card("the popular journey"), FALLBACK, ShareImage.WIDTH)).isSameAs(popular);

        for (int i = 0; i < 40; i++) images.png(card(i + " decisions"), FALLBACK, ShareImage.WIDTH);

        assertThat(images.png(card("the popular journey"), FALLBACK, ShareImage.WIDTH)).isSameAs(popular);
        assertThat(images.cachedBytes()).isLessThanOrEqualTo(300_000);
    }

    @Test
    void aCardAskedForWhileAnotherIsDrawnTooLongIsAnsweredBusyWhileItsEndingHasNoCardToStandIn(@TempDir Path dir) throws Exception {
        ShareImage images = new ShareImage();
        try (Held held = Held.drawing(images, dir, "slow.svg")) {
            assertThat(images.png(card("Through Mongolia"), FALLBACK, ShareImage.WIDTH)).isNull();
            assertThat(held.card).isNotDone();
        }
        // Drawing is free again: the card asked for gets its own route, and keeps it.
        byte[] own = images.png(card("Through Mongolia"), FALLBACK, ShareImage.WIDTH);
        assertThat(own).isEqualTo(ShareImage.draw(card("Through Mongolia")));
        assertThat(images.png(card("Through Mongolia"), FALLBACK, ShareImage.WIDTH)).isSameAs(own);
    }

    @Test
    void theFirstToDrawWhileOthersWaitDrawsItsEndingsCardWhichThenStandsInForEveryCodeOfThatEnding(@TempDir Path dir) throws Exception {
        ShareImage images = new ShareImage(16 * 1024 * 1024, java.time.Duration.ofMinutes(1));
        CompletableFuture<byte[]> first;
        CompletableFuture<byte[]> second;
        try (Held held = Held.drawing(images, dir, "slow.svg")) {
            first = asked(images, card("Through Mongolia"));
            for (int i = 0; i < 3000 && images.waitingNow() < 1; i++) Thread.sleep(10);
            second = asked(images, card("Through Laos"));
            for (int i = 0; i < 3000 && images.waitingNow() < 2; i++) Thread.sleep(10);
            assertThat(images.waitingNow()).isEqualTo(2);
        }
        // The first had another waiting behind it: it drew the ending's card. The second, with none behind it, drew its own.
        byte[] endingsCard = first.get(30, TimeUnit.SECONDS);
        assertThat(endingsCard).isEqualTo(ShareImage.draw(FALLBACK));
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(ShareImage.draw(card("Through Laos")));

        try (Held held = Held.drawing(images, dir, "slower.svg")) {
            // A request that may not wait (interrupted here; a quarter of a second past in the node) gets the ending's card at once.
            CompletableFuture<byte[]> third = new CompletableFuture<>();
            Thread asking = Thread.ofPlatform().daemon().start(() -> third.complete(images.png(card("Through Thailand"), FALLBACK, ShareImage.WIDTH)));
            for (int i = 0; i < 3000 && images.waitingNow() < 1; i++) Thread.sleep(10);
            asking.interrupt();
            assertThat(third.get(30, TimeUnit.SECONDS)).isSameAs(endingsCard);
            assertThat(held.card).isNotDone();
        }
    }

    /** Asks for {@code card} on a thread of its own. */
    private static CompletableFuture<byte[]> asked(ShareImage images, ShareImage.Card card) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> answer.complete(images.png(card, FALLBACK, ShareImage.WIDTH)));
        return answer;
    }

    /**
     * A card being drawn until closed: its picture is a named pipe that cannot be read until
     * this writes a picture into it, as a slow card would hold the drawing.
     */
    private record Held(ShareImage images, Path pipe, CompletableFuture<byte[]> card) implements AutoCloseable {

        static Held drawing(ShareImage images, Path dir, String name) throws Exception {
            Path pipe = dir.resolve(name);
            Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
            ShareImage.Card slow = new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "Through China", "TheCrossing", null,
                    new CardPicture.Source(pipe, name));
            Held held = new Held(images, pipe, asked(images, slow));
            for (int i = 0; i < 3000 && images.drawingNow() == 0; i++) Thread.sleep(10);
            assertThat(images.drawingNow()).isEqualTo(1);
            return held;
        }

        @Override
        public void close() throws Exception {
            String picture = "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='63'><rect width='120' height='63' fill='#c00'/></svg>";
            Files.writeString(pipe, picture);
            assertThat(card.get(30, TimeUnit.SECONDS)).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    private static final ShareImage.Card FALLBACK = new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "", "TheCrossing", null);

    private static ShareImage.Card card(String journey) {
        return new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", journey, "TheCrossing", null);
    }
}
