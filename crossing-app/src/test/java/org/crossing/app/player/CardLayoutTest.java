package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.crossing.story.model.EndingKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the share card puts its type and its map: readable on a phone, the map beside the picture's subject, never over the type. */
class CardLayoutTest {

    private final Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();

    @AfterEach
    void dispose() {
        g.dispose();
    }

    private static final ShareImage.CardMap MAP = new ShareImage.CardMap(null, 0, 0, 100, 92, List.of(10.0, 10.0, 90.0, 80.0),
            List.of(10.0, 10.0, 90.0, 80.0), "Hyesan", "Seoul");

    private static ShareImage.Card card(String summary, String journey) {
        return new ShareImage.Card("The Crossing", "Safe", ShareImage.accent(EndingKind.Tone.GOOD), summary, journey, "TheCrossing", MAP);
    }

    private CardLayout layOut(ShareImage.Card card, BufferedImage picture) {
        return CardLayout.of(g, card.kindLabel(), card.summary(), card.journey(), card.hashtag(), card.storyTitle(), card.map() != null, picture);
    }

    /** A dark, plain picture of the card's size with a busy figure (a fine checkerboard) in {@code figure}. */
    private static BufferedImage pictureWithFigureAt(Rectangle figure) {
        BufferedImage picture = new BufferedImage(ShareImage.WIDTH, ShareImage.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x30, 0x38, 0x44));
        g.fillRect(0, 0, ShareImage.WIDTH, ShareImage.HEIGHT);
        g.dispose();
        for (int x = figure.x; x < figure.x + figure.width; x++) {
            for (int y = figure.y; y < figure.y + figure.height; y++) picture.setRGB(x, y, (x / 4 + y / 4) % 2 == 0 ? 0xe0c8a8 : 0x202020);
        }
        return picture;
    }

    @Test
    void everyTextIsAtLeastFortyPixelsOfTheCardSoAPhoneShowsItElevenAndAHalfPixelsTall() {
        String longSummary = "She crossed the river at dawn and hid for three years in a village before she reached Seoul by way of Laos and Thailand";
        String longJourney = "38 decisions, 9,280 km in 2 years and 3 months from the Yalu at Hyesan to Hanawon, Anseong, through five countries";
        for (ShareImage.Card card : List.of(card(longSummary, longJourney), card("Reached Seoul", "6 decisions, in Hyesan"),
                card("그녀는 새벽에 두만강을 건넜고 중국에서 삼 년을 숨어 지낸 뒤 라오스를 거쳐 서울에 도착했다", "선택 38번, 혜산에서 서울까지 9,280km"))) {
            CardLayout layout = layOut(card, pictureWithFigureAt(new Rectangle(900, 100, 200, 400)));
            int smallest = layout.lines().stream().mapToInt(l -> l.font().getSize()).min().orElseThrow();
            assertThat(smallest).as(card.summary()).isEqualTo(40);
            // the card is shown 343 CSS pixels wide on a 375 px phone
            assertThat(smallest * 343.0 / ShareImage.WIDTH).isGreaterThan(11.4);
            assertThat(layout.lines()).extracting(CardLayout.Line::role).contains(CardLayout.Role.KIND, CardLayout.Role.SUMMARY,
                    CardLayout.Role.JOURNEY, CardLayout.Role.TITLE, CardLayout.Role.TAG);
        }
    }

    @Test
    void theMapGoesWhereThePictureIsPlainNeverOverItsBusyFigure() {
        // In the picture's own pixels: a standing figure in its middle (as our illustrations have her),
        // one off to its right, and a wide one at the bottom (a woman lying in the snow).
        for (Rectangle figure : List.of(new Rectangle(510, 60, 180, 570), new Rectangle(760, 40, 200, 590), new Rectangle(400, 330, 700, 150))) {
            ShareImage.Card card = card("Reached Seoul and began again", "24 decisions, 9,000 km from Hyesan to Seoul");
            CardLayout layout = layOut(card, pictureWithFigureAt(figure));

            Rectangle onCard = new Rectangle(figure.x + layout.pictureLeft(), figure.y, figure.width, figure.height);
            assertThat(layout.map().intersects(onCard)).as("map %s, figure %s", layout.map(), onCard).isFalse();
            // a standing figure stays in view, right of the type (a lying one is wider than the room beside the type)
            if (figure.width < 300) {
                assertThat(onCard.x).isGreaterThan(CardLayout.MARGIN + CardLayout.TEXT_WIDTH - 100);
                assertThat(onCard.x + onCard.width).isLessThanOrEqualTo(ShareImage.WIDTH);
            }
            assertThat(layout.map().getSize()).isEqualTo(new java.awt.Dimension(CardLayout.MAP_WIDTH, CardLayout.MAP_HEIGHT));
            assertThat(new Rectangle(0, 0, ShareImage.WIDTH, CardLayout.DIVIDER).contains(layout.map())).isTrue();
            for (CardLayout.Line line : layout.lines()) assertThat(layout.map().intersects(line.bounds())).as(line.text()).isFalse();
        }
    }

    @Test
    void withoutAPictureTheMapIsAtTheBottomRightBesideTheType() {
        CardLayout layout = layOut(card("Reached Seoul and began again", "24 decisions, 9,000 km from Hyesan to Seoul"), null);

        assertThat(layout.map()).isEqualTo(new Rectangle(ShareImage.WIDTH - 40 - CardLayout.MAP_WIDTH, CardLayout.DIVIDER - 20 - CardLayout.MAP_HEIGHT,
                CardLayout.MAP_WIDTH, CardLayout.MAP_HEIGHT));
        for (CardLayout.Line line : layout.lines()) assertThat(layout.map().intersects(line.bounds())).as(line.text()).isFalse();
    }
}
