package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crossing.story.check.Checker;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneysTest {

    static final String PATHS = """
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
            """;

    @TempDir
    Path folder;

    @Test
    void theShortestJourneyToEachSceneIsFoundAndReplaysToIt() throws Exception {
        Files.writeString(folder.resolve("story.story"), PATHS);
        Story story = StoryCompiler.compile(folder).story();
        Journeys journeys = Journeys.of(story, Checker.check(story));
        assertThat(journeys.complete()).isTrue();
        assertThat(journeys.to(0)).isEmpty();
        assertThat(journeys.to(story.scene("shop").orElseThrow().index())).extracting(Journeys.Step::words)
                .containsExactly("\"Leave\"", "chance 50% -> shop");
        assertThat(journeys.to(story.scene("end").orElseThrow().index())).extracting(Journeys.Step::words)
                .containsExactly("\"Leave\"", "chance otherwise -> end");
        State atShop = Journeys.replay(story, journeys.to(story.scene("shop").orElseThrow().index()), 99);
        assertThat(story.scene(atShop.scene()).id()).isEqualTo("shop");
    }

    @Test
    void aWalkMeetsTheStatesOnTheShortestJourneysOnceEachAfterTheOneItCameFrom() throws Exception {
        Files.writeString(folder.resolve("story.story"), PATHS);
        Story story = StoryCompiler.compile(folder).story();
        Journeys journeys = Journeys.of(story, Checker.check(story));
        List<String> met = new ArrayList<>();
        journeys.walk(new Journeys.Walker() {
            @Override
            public void start(State state) {
                met.add("start in " + story.scene(state.scene()).id());
            }

            @Override
            public void step(State from, Journeys.Step step, State to) {
                met.add(story.scene(from.scene()).id() + ": " + step.words() + " -> " + story.scene(to.scene()).id());
            }
        }, () -> { });

        // "Work" leads back into a, which its journey (the start) has already reached
        assertThat(met).containsExactly("start in a", "a: \"Leave\" -> road", "road: chance 50% -> shop -> shop",
                "road: chance otherwise -> end -> end");
        assertThat(journeys.count()).isEqualTo(4);
    }

    /**
     * The walk this replaced told apart every value, text included, and met its limit of
     * 1,000,000 situations before 'bangkok_detention' and 'testimony_bkk'; the check's states
     * reach all 103 scenes.
     */
    @Test
    void everySceneOfTheCrossingHasAShortestJourneyThatReplaysIntoIt() {
        Path crossing = Path.of("../stories/the-crossing");
        assumeTrue(Files.isDirectory(crossing), "stories/the-crossing is not in this checkout");
        Story story = StoryCompiler.compile(crossing).story();
        Journeys journeys = Journeys.of(story, Checker.check(story));
        assertThat(journeys.complete()).isTrue();
        List<String> replayed = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            List<Journeys.Step> steps = journeys.to(scene.index());
            assertThat(steps).as(scene.id()).isNotNull();
            replayed.add(story.scene(Journeys.replay(story, steps, 7).scene()).id());
        }
        assertThat(replayed).isEqualTo(story.scenes().stream().map(Scene::id).toList());
        assertThat(journeys.to(story.scene("bangkok_detention").orElseThrow().index())).hasSize(32);
    }
}
