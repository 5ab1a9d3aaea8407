package org.crossing.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.crossing.app.db.DatabaseConfig;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running node loads its stories again: new text at once, journeys in flight kept across a change of structure, errors never served. */
class StoryReloadTest {

    @TempDir
    static Path dir;
    static Path story;
    static String original;
    static CrossingNode node;
    static Player player;

    @BeforeAll
    static void startNode() throws Exception {
        Path ferry = TestStories.folder().resolve("ferry");
        Path copy = dir.resolve("stories/ferry");
        try (Stream<Path> files = Files.walk(ferry)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(ferry.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
        try (Stream<Path> files = Files.list(copy)) {
            story = files.filter(p -> p.toString().endsWith(".story")).findFirst().orElseThrow();
        }
        original = Files.readString(story);
        node = CrossingNode.start(new NodeConfig(dir.resolve("stories"), new ServerConfig("127.0.0.1", 0, dir.resolve("data"), null),
                DatabaseConfig.embedded(), null, Duration.ofMillis(200)), Clock.systemUTC());
        player = new Player(node.port());
    }

    @AfterEach
    void restoreTheStory() throws Exception {
        Files.writeString(story, original);
        node.reloadStories();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) node.close();
    }

    @Test
    void anEditToTheTextIsServedAtOnceToJourneysAlreadyUnderWay() throws Exception {
        Player.Page begun = player.begin("ferry");
        assertThat(begun.html()).contains("The last ferry leaves in an hour.");

        Files.writeString(story, original.replace("The last ferry leaves in an hour.", "The last ferry leaves in forty minutes."));
        StoryReloader.Result result = node.reloadStories();

        assertThat(result.unchanged()).containsExactly("ferry");
        assertThat(result.replaced()).isEmpty();
        assertThat(player.get(begun.url()).body()).contains("The last ferry leaves in forty minutes.").doesNotContain("in an hour");
    }

    @Test
    void aJourneyBegunBeforeAChangeOfStructureGoesOnInTheVersionItBeganIn() throws Exception {
        Player.Page before = player.begin("ferry");
        String oldVersion = node.catalog().get("ferry").version();

        Files.writeString(story, original.replace("+ Wait for the ferry -> quay", "+ Wait for the ferry -> quay\n* Swim for it -> arrived"));
        StoryReloader.Result result = node.reloadStories();

        assertThat(result.replaced()).containsExactly("ferry");
        assertThat(node.catalog().get("ferry").version()).isNotEqualTo(oldVersion);
        // The old journey: its page still answers, without the new choice, and its choices still lead on.
        assertThat(player.get(before.url()).statusCode()).isEqualTo(200);
        assertThat(before.html()).doesNotContain("Swim for it");
        Player.Page next = player.choose("ferry", before.token(), before.choices().get(before.choices().size() - 1));
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.html()).contains("The gangway is about to be raised.");
        // A journey begun now plays the new version.
        assertThat(player.begin("ferry").html()).contains("Swim for it");
    }

    @Test
    void aStoryWithErrorsIsNotServedAndTheVersionBeforeStays() throws Exception {
        Player.Page begun = player.begin("ferry");

        Files.writeString(story, original.replace("+ Wait for the ferry -> quay", "+ Wait for the ferry -> nowhere"));
        StoryReloader.Result result = node.reloadStories();

        assertThat(result.failed()).containsExactly("ferry");
        assertThat(player.get("/s/ferry").statusCode()).isEqualTo(200);
        Player.Page next = player.choose("ferry", begun.token(), begun.choices().get(begun.choices().size() - 1));
        assertThat(next.html()).contains("The gangway is about to be raised.");
    }

    @Test
    void withWatchingOnASavedFileIsServedWithoutAReload() throws Exception {
        node.watchStories(dir.resolve("stories"));
        Files.writeString(story, original.replace("The last ferry leaves in an hour.", "The last ferry has been delayed."));

        String page = "";
        for (int i = 0; i < 100 && !page.contains("has been delayed"); i++) {
            Thread.sleep(100);
            page = player.begin("ferry").html();
        }
        assertThat(page).contains("The last ferry has been delayed.");
    }
}
