package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.app.http.AddressRateLimit;
import org.crossing.app.http.Assets;
import org.crossing.app.stats.MemoryCounterStore;
import org.crossing.app.stats.Statistics;
import org.crossing.app.testing.Player;
import org.crossing.app.token.TokenSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Share cards over HTTP while drawing is busy: a card whose ending has no card drawn yet to stand
 * in for it is answered 503 with Retry-After, not kept waiting and not drawn past the budget; once
 * drawing is free it gets its own card. The player's routes are served as a node serves them, with
 * a node's drawing budget; the drawing itself is held back for as long as the test says, so that
 * the card is still being drawn when the second one is asked for however fast the machine is.
 */
class BusyShareCardTest {

    private static final String PICTURE = """
            <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
              <rect width="1200" height="630" fill="#1d2a3a"/>
              <circle cx="900" cy="200" r="120" fill="#86d9a2"/>
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

    private static final HeldDrawing drawing = new HeldDrawing();
    private static Statistics statistics;
    private static Javalin server;
    private static Player player;

    @BeforeAll
    static void serve(@TempDir Path stories) throws Exception {
        Path story = Files.createDirectories(stories.resolve("shores/media"));
        Files.writeString(story.resolve("aurora.svg"), PICTURE, StandardCharsets.UTF_8);
        Files.writeString(story.getParent().resolve("story.story"), STORY, StandardCharsets.UTF_8);
        statistics = new Statistics(new MemoryCounterStore(), List.of(), Duration.ofHours(1));
        CompressionStrategy compression = new CompressionStrategy(null, new Gzip(6));
        PlayerRoutes routes = new PlayerRoutes(StoryCatalog.load(stories), statistics, new TokenSigner(new byte[32]), Assets.load(),
                null, Clock.systemUTC(), compression.getDefaultMinSizeForCompression(), new AddressRateLimit(0, false),
                new ShareImage(drawing));
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.http.compressionStrategy = compression;
            routes.register(config.routes);
        }).start();
        player = new Player(server.port());
    }

    @AfterAll
    static void stop() {
        drawing.release();
        if (server != null) server.stop();
        if (statistics != null) statistics.close();
    }

    @Test
    void aCardAskedForWhileAnotherIsDrawnIsAnsweredBusyWithRetryAfterThenGetsItsOwn() throws Exception {
        String north = cardOf(0);
        String south = cardOf(1);
        drawing.hold();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> get(north));
        assertThat(drawing.awaitStarted()).as("the north card's drawing began").isTrue();

        // Answered after a node's wait for its turn (a quarter of a second), while the north card is still being drawn.
        CompletableFuture<HttpResponse<String>> asked = CompletableFuture.supplyAsync(() -> get(south));
        assertThat(asked).as("the south card was answered while the north card was drawn").succeedsWithin(Duration.ofSeconds(30));
        HttpResponse<String> busy = asked.join();

        assertThat(slow).as("the north card was still being drawn").isNotDone();
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
        assertThat(busy.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(busy.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(busy.body()).contains("<h1>Busy for a moment</h1>",
                "Many share pictures are being drawn right now. Please try again in a moment.");

        drawing.release();
        assertThat(slow.get(120, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        HttpResponse<String> own = player.get(south);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).contains("image/png");
    }

    /** The card's address of the journey that takes the first scene's choice number {@code choice} (0: north, 1: south). */
    private static String cardOf(int choice) throws Exception {
        Player.Page first = player.begin("shores");
        Player.Page ending = player.choose("shores", first.token(), first.choices().get(choice));
        assertThat(ending.ended()).isTrue();
        Matcher share = Pattern.compile("id=\"share-url\" type=\"url\" readonly value=\"http://localhost:\\d+(/s/shores/share/[^\"]+)\"").matcher(ending.html());
        assertThat(share.find()).isTrue();
        return share.group(1) + "/card.png";
    }

    private static HttpResponse<String> get(String path) {
        try {
            return player.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A node's drawing (each card over its picture) that, while held, keeps each card it begins
     * until released, as a slow picture keeps the drawing busy.
     */
    private static final class HeldDrawing implements ShareImage.Drawer {

        private final ShareImage.Drawer drawer = ShareImage.Drawer.overPictures();
        private final CountDownLatch started = new CountDownLatch(1);
        private volatile CountDownLatch released = new CountDownLatch(0);

        void hold() {
            released = new CountDownLatch(1);
        }

        void release() {
            released.countDown();
        }

        boolean awaitStarted() throws InterruptedException {
            return started.await(30, TimeUnit.SECONDS);
        }

        @Override
        public byte[] draw(ShareImage.Card card, int width) {
            CountDownLatch gate = released;
            started.countDown();
            try {
                // bounded, so that a test that fails before releasing does not keep a thread for ever
                if (!gate.await(2, TimeUnit.MINUTES)) throw new IllegalStateException("the drawing was held for two minutes");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return drawer.draw(card, width);
        }
    }
}
