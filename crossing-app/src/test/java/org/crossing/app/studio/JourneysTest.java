package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneysTest {

    @TempDir
    Path folder;

    @Test
    void theShortestJourneyToEachSceneIsFoundAndReplaysToIt() throws Exception {
        Files.writeString(folder.resolve("story.story"), """
                title: Paths
                language: en
                start: a
                var coins = 0 between 0 and 2

                == a ==
                {coins} coins.
                * Work -> a ~ coins += 1
                * [coins >= 2] Buy -> shop
                * Leave -> road

                == road ==
                A road.
                chance 50% -> shop
                otherwise -> end

                == shop ==
                A shop.
                -> end

                == end ==
                Done.
                ending safe: Done
                """);
        Story story = StoryCompiler.compile(folder).story();
        Journeys journeys = Journeys.find(story, 10_000, () -> false);
        assertThat(journeys.complete()).isTrue();
        assertThat(journeys.to(0)).isEmpty();
        assertThat(journeys.to(story.scene("shop").orElseThrow().index())).extracting(Journeys.Step::words)
                .containsExactly("\"Leave\"", "chance 50% -> shop");
        assertThat(journeys.to(story.scene("end").orElseThrow().index())).extracting(Journeys.Step::words)
                .containsExactly("\"Leave\"", "chance otherwise -> end");
        State atShop = Journeys.replay(story, journeys.to(story.scene("shop").orElseThrow().index()), 99);
        assertThat(story.scene(atShop.scene()).id()).isEqualTo("shop");
    }
}
