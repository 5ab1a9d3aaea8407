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
import org.crossing.app.server.StudioServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage page's random journeys, set from the page's form and from {@code crossing studio}'s options. */
class CoverageSettingsTest {

    @TempDir
    static Path root;
    static StudioServer studio;
    static String base;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path story = Files.createDirectories(root.resolve("coverage"));
        Files.writeString(story.resolve("story.story"), CoverageTest.STORY);
        studio = StudioServer.start(new StudioServer.Config(story, "127.0.0.1", 0, null, 100_000, false, new RandomTest(4, 1, 2_000, true)),
                Clock.systemUTC());
        base = "http://127.0.0.1:" + studio.port();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!get("/coverage").body().contains("coverage-figures") && System.nanoTime() < deadline) Thread.sleep(100);
    }

    @AfterAll
    static void stop() {
        if (studio != null) studio.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStudioPlaysTheRandomJourneysItWasStartedWith() throws Exception {
        HttpResponse<String> page = get("/coverage?by=random");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Random: 4 random journeys from seed 1, preferring ways on not taken yet, each cut short after 2,000 steps")
                .contains("<th scope=\"col\">Random journeys (4)</th>")
                .contains("<td>4 of 4 (100%)</td>")
                .contains("value=\"4\"");
    }

    @Test
    void theFormPlaysOtherJourneysAndTheSourceLinksKeepThem() throws Exception {
        HttpResponse<String> page = get("/coverage?journeys=3&seed=7&steps=2000&avoid=off&by=random");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Random: 3 random journeys from seed 7, each cut short after 2,000 steps:")
                .contains("<th scope=\"col\">Random journeys (3)</th>")
                .contains("<td>2 of 4 (50%)</td>")
                .contains("href=\"/coverage?by=witnesses&amp;journeys=3&amp;seed=7&amp;steps=2000&amp;avoid=off\"");
    }

    @Test
    void badSettingsGetTheirReasonsAndThePageOfTheSettingsBefore() throws Exception {
        HttpResponse<String> page = get("/coverage?journeys=-5&seed=x&steps=20000");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The number of journeys must be a whole number from 1 to 10,000, not '-5'.")
                .contains("The seed must be a whole number (negative ones too), not 'x'.")
                .contains("The steps before a journey is cut short must be a whole number from 1 to 10,000, not '20000'.")
                .contains("Random: 4 random journeys from seed 1, preferring ways on not taken yet");
    }
}
