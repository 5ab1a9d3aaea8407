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
}
