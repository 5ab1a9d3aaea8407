package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Share cards on the real node while drawing is busy: a card whose ending has no card drawn yet
 * to stand in for it is answered 503 with Retry-After, not kept waiting and not drawn past the
 * budget; once drawing is free it gets its own card.
 */
class BusyShareCardTest {

    /** A picture that takes jsvg seconds to draw: noise computed for every pixel of the card. */
    private static final String SLOW_PICTURE = """
            <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
              <filter id="noise"><feTurbulence baseFrequency="0.01" numOctaves="1"/></filter>
              <rect width="1200" height="630" filter="url(#noise)"/>
            </svg>
            """;

    private static final String STORY = """
            title: Two Shores
            author: Crossing tests
            language: en
            start: shore

            == shore ==
            The boat waits at the shore.
            * Row north -> north
            * Row south -> south

            == north ==
            image aurora.svg: The northern lights over the water
            You reach the northern shore.
            ending safe: Reached the north

            == south ==
            You reach the southern shore.
            ending turned-back: Turned back to the south
            """;

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(dataDir -> {
        Path story = Files.createDirectories(dataDir.resolve("stories/shores/media"));
        Files.writeString(story.resolve("aurora.svg"), SLOW_PICTURE, StandardCharsets.UTF_8);
        Files.writeString(story.getParent().resolve("story.story"), STORY, StandardCharsets.UTF_8);
        return dataDir.resolve("stories");
    });

    @Test
    @Disabled("timing-dependent: on an idle machine the picture is drawn before the second request"
            + " arrives (failed in .ci/run at b0f544d); the budget's 503 is held by ShareImageTest until"
            + " this test can hold the drawing back deterministically")
    void aCardAskedForWhileAnotherIsDrawnIsAnsweredBusyWithRetryAfterThenGetsItsOwn() throws Exception {
        Player player = running.player();
        String north = cardOf(player, 0);
        String south = cardOf(player, 1);
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> get(player, north));
        Thread.sleep(300); // the north card has its turn and draws its picture, for a second or more

        HttpResponse<String> busy = player.get(south);

        assertThat(slow).as("the north card was still being drawn").isNotDone();
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
        assertThat(busy.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(busy.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(busy.body()).contains("<h1>Busy for a moment</h1>",
                "Many share pictures are being drawn right now. Please try again in a moment.");

        assertThat(slow.get(120, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        HttpResponse<String> own = player.get(south);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).contains("image/png");
    }

    /** The card's address of the journey that takes the first scene's choice number {@code choice} (0: north, 1: south). */
    private static String cardOf(Player player, int choice) throws Exception {
        Player.Page first = player.begin("shores");
        Player.Page ending = player.choose("shores", first.token(), first.choices().get(choice));
        assertThat(ending.ended()).isTrue();
        Matcher share = Pattern.compile("id=\"share-url\" type=\"url\" readonly value=\"http://localhost:\\d+(/s/shores/share/[^\"]+)\"").matcher(ending.html());
        assertThat(share.find()).isTrue();
        return share.group(1) + "/card.png";
    }

    private static HttpResponse<String> get(Player player, String path) {
        try {
            return player.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
