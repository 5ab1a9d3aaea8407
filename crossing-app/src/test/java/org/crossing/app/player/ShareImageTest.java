package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
        List<String> lines = ShareImage.wrap(serif, "Antidisestablishmentarianismwithoutend was the word", 400, 10);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(serif.stringWidth(line)).isLessThanOrEqualTo(400));
        assertThat(String.join("", lines).replace(" ", "")).startsWith("Antidisestablishmentarianism");
    }

    @Test
    void chineseWithoutSpacesWrapsOverSeveralLinesInsteadOfBeingCutToOne() {
        String summary = "她在凌晨渡过了图们江，在中国躲藏了三年，最后经由老挝抵达首尔。";

        List<String> lines = ShareImage.wrap(serif, summary, 1040, 3);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(serif.stringWidth(line)).isLessThanOrEqualTo(1040));
        assertThat(String.join("", lines)).isEqualTo(summary);
    }

    @Test
    void koreanWrapsAtItsSpaces() {
        String summary = "그녀는 새벽에 두만강을 건넜고 중국에서 삼 년을 숨어 지낸 뒤 라오스를 거쳐 서울에 도착했다";

        List<String> lines = ShareImage.wrap(serif, summary, 1040, 3);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(summary);
    }

    @Test
    void aTextLongerThanItsLinesEndsWithAnEllipsisWithinTheWidth() {
        List<String> lines = ShareImage.wrap(serif, "word ".repeat(200), 1040, 3);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).endsWith("…");
        assertThat(serif.stringWidth(lines.get(2))).isLessThanOrEqualTo(1040);
    }

    @Test
    void theSummaryAndTheJourneyTogetherStayInTheBoxAboveTheDivider() {
        ShareImage.TextBlock block = ShareImage.layOut(g, "She crossed the river at dawn and hid for three years before she reached Seoul by way of Laos",
                "Through Hyesan, the Tumen river, Yanji, Shenyang, Kunming, the Mekong, Vientiane, Bangkok and Seoul, after 23 decisions "
                        + "and a long wait in a safe house at the border", 1040, 346);

        assertThat(block.height()).isLessThanOrEqualTo(346);
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
    void theCardsKeptStayWithinTheirBytesTheLeastRecentlyShownGoingFirst() {
        ShareImage images = new ShareImage(150_000);
        ShareImage.Card fallback = new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "", "TheCrossing", null);
        List<byte[]> drawn = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drawn.add(images.png(new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", i + " decisions", "TheCrossing", null),
                    fallback, ShareImage.WIDTH));
            assertThat(images.cachedBytes()).isLessThanOrEqualTo(150_000);
        }
        long all = drawn.stream().mapToLong(png -> png.length).sum();
        assertThat(all).isGreaterThan(150_000);

        byte[] newest = images.png(new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "7 decisions", "TheCrossing", null),
                fallback, ShareImage.WIDTH);
        byte[] oldest = images.png(new ShareImage.Card("The Crossing", "Safe", Color.GREEN, "Reached Seoul", "0 decisions", "TheCrossing", null),
                fallback, ShareImage.WIDTH);
        assertThat(newest).isSameAs(drawn.get(7));
        assertThat(oldest).isNotSameAs(drawn.get(0)).isEqualTo(drawn.get(0));
    }
}
