package org.crossing.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.CapturedLog;
import org.crossing.app.testing.Folders;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A running node loads its stories again: new text at once, journeys in flight kept across a change of structure, errors never served. */
class StoryReloadTest {

    /** The test story "ferry", copied to be edited. */
    @RegisterExtension
    static final RunningNode running = RunningNode.serving(data -> {
        Folders.copy(TestStories.folder().resolve("ferry"), data.resolve("stories/ferry"));
        return data.resolve("stories");
    });
    static Path story;
    static String original;
    static CrossingNode node;
    static Player player;

    @BeforeAll
    static void findTheStory() throws Exception {
        try (Stream<Path> files = Files.list(running.dataDir().resolve("stories/ferry"))) {
            story = files.filter(p -> p.toString().endsWith(".story")).findFirst().orElseThrow();
        }
        original = Files.readString(story);
        node = running.node();
        player = running.player();
    }

    @AfterEach
    void restoreTheStory() throws Exception {
        Files.writeString(story, original);
        node.reloadStories();
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
        StoryReloader.Result result;
        try (CapturedLog log = new CapturedLog()) {
            result = node.reloadStories();
            assertThat(log.text()).contains("[WARN] StoryReloader - " + story.getParent() + " has errors, so the version served before stays:",
                    "error: unknown scene 'nowhere'");
        }

        assertThat(result.failed()).containsExactly("ferry");
        assertThat(player.get("/s/ferry").statusCode()).isEqualTo(200);
        Player.Page next = player.choose("ferry", begun.token(), begun.choices().get(begun.choices().size() - 1));
        assertThat(next.html()).contains("The gangway is about to be raised.");
    }

    @Test
    void withWatchingOnASavedFileIsServedWithoutAReload() throws Exception {
        node.watchStories(running.dataDir().resolve("stories"));
        Files.writeString(story, original.replace("The last ferry leaves in an hour.", "The last ferry has been delayed."));

        String page = "";
        for (int i = 0; i < 100 && !page.contains("has been delayed"); i++) {
            Thread.sleep(100);
            page = player.begin("ferry").html();
        }
        assertThat(page).contains("The last ferry has been delayed.");
    }
}
