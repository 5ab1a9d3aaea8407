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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A running node loads its stories again: new text at once, journeys in flight kept across a change
 * of structure, errors never served. The test that starts watching runs last: the node watches
 * from then on, and would reload again at every later test's edit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
        if (Files.readString(story).equals(original)) return; // put back, and reloaded, by the test
        try (CapturedLog log = new CapturedLog()) {
            Files.writeString(story, original);
            node.reloadStories();
            // nothing when the story served is the original still (its edit had errors)
            assertThat(log.lines()).hasSizeLessThanOrEqualTo(1).allMatch(line -> line.startsWith("[INFO] StoryReloader - reloaded 'ferry'"));
        }
    }

    private static String reloadedWithTheSameStructure() {
        return "[INFO] StoryReloader - reloaded 'ferry' (same structure, version " + node.catalog().get("ferry").version()
                + "): journeys in progress see the new text";
    }

    @Test
    void anEditToTheTextIsServedAtOnceToJourneysAlreadyUnderWay() throws Exception {
        Player.Page begun = player.begin("ferry");
        assertThat(begun.html()).contains("The last ferry leaves in an hour.");

        Files.writeString(story, original.replace("The last ferry leaves in an hour.", "The last ferry leaves in forty minutes."));
        StoryReloader.Result result;
        try (CapturedLog log = new CapturedLog()) {
            result = node.reloadStories();
            assertThat(log.lines()).containsExactly(reloadedWithTheSameStructure());
        }

        assertThat(result.unchanged()).containsExactly("ferry");
        assertThat(result.replaced()).isEmpty();
        assertThat(player.get(begun.url()).body()).contains("The last ferry leaves in forty minutes.").doesNotContain("in an hour");
    }

    @Test
    void aReloadOfAStoryThatReadsTheSameSaysNothing() throws Exception {
        Files.writeString(story, original + "\n");
        StoryReloader.Result result;
        try (CapturedLog log = new CapturedLog()) {
            result = node.reloadStories();
            assertThat(log.lines()).isEmpty();
        }

        assertThat(result.unchanged()).containsExactly("ferry");
        assertThat(result.replaced()).isEmpty();
        Files.writeString(story, original);
    }

    @Test
    void aJourneyBegunBeforeAChangeOfStructureGoesOnInTheVersionItBeganIn() throws Exception {
        Player.Page before = player.begin("ferry");
        String oldVersion = node.catalog().get("ferry").version();

        Files.writeString(story, original.replace("+ Wait for the ferry -> quay", "+ Wait for the ferry -> quay\n* Swim for it -> arrived"));
        StoryReloader.Result result;
        try (CapturedLog log = new CapturedLog()) {
            result = node.reloadStories();
            assertThat(log.lines()).containsExactly("[INFO] StoryReloader - reloaded 'ferry': its structure changed (version "
                    + node.catalog().get("ferry").version() + " after " + oldVersion + "); journeys begun before go on in the version they began in");
        }

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
    @Order(Integer.MAX_VALUE)
    void withWatchingOnASavedFileIsServedWithoutAReload() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            node.watchStories(running.dataDir().resolve("stories"));
            Files.writeString(story, original.replace("The last ferry leaves in an hour.", "The last ferry has been delayed."));
            assertThat(firstPageOnceItSays("has been delayed")).contains("The last ferry has been delayed.");

            // Put back as an author would, by saving: the watching node reloads it.
            Files.writeString(story, original);
            assertThat(firstPageOnceItSays("leaves in an hour")).contains("The last ferry leaves in an hour.");
            // once a burst of changes has settled: one line for each save, or more if a save's changes came apart
            assertThat(log.lines()).hasSizeGreaterThanOrEqualTo(2).containsOnly(reloadedWithTheSameStructure());
        }
    }

    /** The story's first page once it contains {@code text}, or after ten seconds as it is then. */
    private static String firstPageOnceItSays(String text) throws Exception {
        String page = "";
        for (int i = 0; i < 100 && !page.contains(text); i++) {
            Thread.sleep(100);
            page = player.begin("ferry").html();
        }
        return page;
    }
}
