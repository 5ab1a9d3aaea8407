package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crossing.app.server.StudioServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /events}: the stream open pages follow, and what a client that did not ask for a stream is told. */
class StudioEventsTest {

    @TempDir
    static Path root;
    static Path story;
    static StudioServer studio;
    static String base;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        story = Files.createDirectories(root.resolve("events"));
        Files.writeString(story.resolve("story.story"), CoverageTest.STORY);
        studio = StudioServer.start(new StudioServer.Config(story, "127.0.0.1", 0, null, 100_000, true), Clock.systemUTC());
        base = "http://127.0.0.1:" + studio.port();
    }

    @AfterAll
    static void stop() {
        if (studio != null) studio.close();
    }

    static HttpResponse<String> get(String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/events")).timeout(Duration.ofSeconds(20));
        if (accept != null) request.header("Accept", accept);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientThatDoesNotAskForAStreamIsToldHowTo() throws Exception {
        for (String accept : new String[] {null, "*/*", "text/html", "application/json"}) {
            HttpResponse<String> response = get(accept);
            assertThat(response.statusCode()).as(accept).isEqualTo(406);
            assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValue("text/plain;charset=utf-8");
            assertThat(response.body()).as(accept).isEqualTo(
                    "406 Not Acceptable: /events is a stream of Server-Sent Events that tells open studio pages when the story changed."
                    + " Ask for it with the header 'Accept: text/event-stream', e.g. curl -N -H 'Accept: text/event-stream' "
                    + base + "/events\n");
        }
    }

    @Test
    void aClientThatAsksForTheStreamHearsOfEverySave() throws Exception {
        HttpRequest listen = HttpRequest.newBuilder(URI.create(base + "/events")).header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = CLIENT.send(listen, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            String event = "";
            for (Iterator<String> lines = response.body().iterator(); lines.hasNext(); ) {
                String line = lines.next();
                if (line.startsWith("event:")) event = line.substring(6).strip();
                if (line.startsWith("data:")) events.add(event + " " + line.substring(5).strip());
            }
        });
        try {
            long revision = studio.workspace().snapshot().revision();
            assertThat(events.poll(20, TimeUnit.SECONDS)).isEqualTo("hello " + revision);
            Files.writeString(story.resolve("story.story"), CoverageTest.STORY.replace("You turn away.", "You turn back."));
            List<String> heard = new ArrayList<>();
            String event;
            do {
                event = events.poll(30, TimeUnit.SECONDS);
                assertThat(event).as("an event after the save, after " + heard).isNotNull();
                heard.add(event);
            } while (!event.startsWith("revision"));
            assertThat(event).isEqualTo("revision " + (revision + 1));
        } finally {
            reader.interrupt();
            response.body().close();
        }
    }

    /** A story whose check explores a million states (n decides a choice, so every n is a state of its own), telling its progress all along. */
    static final String COUNTING = """
            title: Counting
            language: en
            start: count
            var n = 0 between 0 and 2000000
            == count ==
            {n}.
            + Again -> count ~ n += 1
            * [n >= 1999999] Stop -> done
            == done ==
            Done.
            ending safe: Counted
            """;

    /** An open page's stream, its events queued as "NAME DATA", and a flag set when the server ends it. */
    record Listening(BlockingQueue<String> events, java.util.concurrent.CountDownLatch ended, HttpResponse<Stream<String>> response) {
        static Listening to(String base) throws Exception {
            HttpRequest listen = HttpRequest.newBuilder(URI.create(base + "/events")).header("Accept", "text/event-stream").build();
            HttpResponse<Stream<String>> response = CLIENT.send(listen, HttpResponse.BodyHandlers.ofLines());
            Listening listening = new Listening(new LinkedBlockingQueue<>(), new java.util.concurrent.CountDownLatch(1), response);
            Thread.ofPlatform().daemon().start(() -> {
                String event = "";
                try {
                    for (Iterator<String> lines = response.body().iterator(); lines.hasNext(); ) {
                        String line = lines.next();
                        if (line.startsWith("event:")) event = line.substring(6).strip();
                        if (line.startsWith("data:")) listening.events().add(event + " " + line.substring(5).strip());
                    }
                } catch (RuntimeException e) {
                    // the connection dropped rather than ended: ended all the same
                }
                listening.ended().countDown();
            });
            return listening;
        }
    }

    /**
     * Stopping the studio while its check still tells open pages how far it has gone: the streams
     * end, and nothing writes to them after (Javalin logged a warning with a stack trace for each).
     */
    @Test
    void stoppingTheStudioEndsItsStreamsQuietly() throws Exception {
        Path counting = Files.createDirectories(root.resolve("counting"));
        Files.writeString(counting.resolve("story.story"), COUNTING);
        StudioServer server = StudioServer.start(new StudioServer.Config(counting, "127.0.0.1", 0, null, 1_000_000, true), Clock.systemUTC());
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        try {
            Listening page = Listening.to("http://127.0.0.1:" + server.port());
            assertThat(page.events().poll(20, TimeUnit.SECONDS)).startsWith("hello ");
            String event;
            do {
                event = page.events().poll(60, TimeUnit.SECONDS);
                assertThat(event).as("the check's progress").isNotNull();
            } while (!event.startsWith("progress"));
            System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
            server.close();
            server = null;
            assertThat(page.ended().await(10, TimeUnit.SECONDS)).as("the stream ended").isTrue();
            Thread.sleep(500);
        } finally {
            System.setErr(err);
            if (server != null) server.close();
        }
        assertThat(logged.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * A save with errors is a revision (open pages show its errors above the last good map) but
     * not a new story: the preview player keeps the one it plays rather than loading it again.
     */
    @Test
    void aSaveWithErrorsIsAnnouncedButThePlayerKeepsItsStory() throws Exception {
        Path folder = Files.createDirectories(root.resolve("errors"));
        Files.writeString(folder.resolve("story.story"), CoverageTest.STORY);
        try (StudioServer server = StudioServer.start(new StudioServer.Config(folder, "127.0.0.1", 0, null, 100_000, false), Clock.systemUTC())) {
            Listening page = Listening.to("http://127.0.0.1:" + server.port());
            long revision = server.workspace().snapshot().revision();
            assertThat(page.events().poll(20, TimeUnit.SECONDS)).isEqualTo("hello " + revision);
            org.crossing.app.player.PublishedStory played = server.played();
            assertThat(played.story()).isSameAs(server.workspace().snapshot().story());

            Files.writeString(folder.resolve("story.story"), CoverageTest.STORY.replace("-> away\n", "-> nowhere\n"));
            server.workspace().reload();
            assertThat(nextRevision(page)).isEqualTo("revision " + (revision + 1));
            assertThat(server.workspace().snapshot().compilation().ok()).isFalse();
            assertThat(server.played()).isSameAs(played);

            Files.writeString(folder.resolve("story.story"), CoverageTest.STORY.replace("You turn away.", "You turn back."));
            server.workspace().reload();
            assertThat(nextRevision(page)).isEqualTo("revision " + (revision + 2));
            assertThat(server.played()).isNotSameAs(played);
            assertThat(server.played().story()).isSameAs(server.workspace().snapshot().story());
        }
    }

    static String nextRevision(Listening page) throws InterruptedException {
        String event;
        do {
            event = page.events().poll(30, TimeUnit.SECONDS);
            assertThat(event).as("a revision announced").isNotNull();
        } while (!event.startsWith("revision"));
        return event;
    }
}
