package org.crossing.app.player;

import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.crossing.app.stats.CounterKey;
import org.crossing.story.model.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every example story, served as `crossing serve examples` serves it, played to its endings over HTTP. */
class ExampleStoriesTest {

    static final Path EXAMPLES = Paths.get("..", "examples");
    /** After every example's launch: early access is tested elsewhere. */
    static final Clock AFTER_LAUNCH = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(EXAMPLES).withClock(AFTER_LAUNCH);

    @Test
    void theExamplesFolderServesEachPlayableExampleAndSkipsTheBrokenOnes() {
        assertThat(running.node().catalog().all()).extracting(PublishedStory::slug).contains("night-train", "lighthouse", "market-day")
                .doesNotContain("broken", "dead-end");
    }

    @Test
    void randomJourneysThroughEveryExampleEndWithoutAnError() throws Exception {
        Player player = running.player();
        Random random = new Random(42);
        for (PublishedStory story : running.node().catalog().all()) {
            int plays = 15;
            for (int i = 0; i < plays; i++) {
                Player.Page ending = player.playRandomJourney(story.slug(), random);
                assertThat(ending.status()).isEqualTo(200);
                assertThat(ending.html()).contains("class=\"outcome\"", "How everyone’s journeys ended");
            }
            long endings = 0;
            for (Scene scene : story.endings()) endings += running.node().statistics().total(CounterKey.ending(story.slug(), story.version(), scene.id()));
            assertThat(endings).as(story.slug()).isEqualTo(plays);
            assertThat(player.get("/s/" + story.slug() + "/sources").statusCode()).isEqualTo(200);
        }
    }
}
