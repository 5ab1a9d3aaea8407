package org.crossing.story.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.story.check.CheckerTest.check;
import static org.crossing.story.check.CheckerTest.givenStory;

import org.junit.jupiter.api.Test;

/**
 * What the checker proves past a counter that grows without bound, on stories whose answers are
 * worked out by hand: slicing away what no condition reads, saturating counters only compared
 * with numbers, unreachability from declared bounds and from the order flags are set, and loops
 * with no way out among the states explored.
 */
class ProofsTest {

    @Test
    void aCounterNoConditionReadsIsSlicedAwaySoTheSoftlockAndTheUnreachableEndingBesideItAreFound() {
        var report = check("""
                var photos = 0

                == start ==
                The border river. {photos} photographs so far.
                + Take another photograph -> start ~ photos += 1
                * Walk into the forest -> clearing
                * Go home -> home

                == clearing ==
                A clearing.
                + Left -> stream

                == stream ==
                A stream.
                + Back -> clearing

                == home ==
                Home.
                ending turned-back: Home

                == rescued ==
                Rescued.
                ending safe: Rescued
                """);

        // start (photos sliced away), clearing, stream, home: four states, however many photographs.
        assertThat(report.complete()).isTrue();
        assertThat(report.states()).isEqualTo(4);
        assertThat(report.loops()).isTrue();
        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                story.story:12:1: error: softlock: from scene 'clearing' no ending can be reached
                  reached by: "Walk into the forest"
                  play goes round 'clearing', 'stream' forever""", """
                story.story:24:1: error: ending 'rescued' (safe) is never reached
                  no choice, chance or countdown leads to it""");
    }

    @Test
    void aCounterOnlyComparedWithNumbersIsKeptOnlyUpToOneAboveTheLargest() {
        var report = check("""
                var photos = 0

                == start ==
                {photos} photographs.
                + Take another photograph -> start ~ photos += 1
                * [photos >= 3] Send them -> sent

                == sent ==
                Sent.
                ending safe: Sent
                """);

        // start with 0, 1, 2, 3 and "4 or more"; sent from 3 and from "4 or more".
        assertThat(report.complete()).isTrue();
        assertThat(report.states()).isEqualTo(7);
        assertThat(report.ok()).isTrue();
        assertThat(report.fewestChoices()).hasValue(4);
    }

    @Test
    void pastTheLimitASoftlockAndAnEndingUnreachableByABoundAreStillProven() {
        var report = Checker.of(givenStory("""
                var days = 0
                var money = 0 between 0 and 4

                == start ==
                Day {days}.
                + Wait another day -> start ~ days += 1
                * [days % 7 == 6] Take the Sunday bus -> town
                * Walk into the forest -> clearing
                * Work at the market -> start ~ money += 1

                == clearing ==
                A clearing.
                + Left -> stream

                == stream ==
                A stream.
                + Back -> clearing

                == town ==
                The bus station.
                * [money >= 5] Buy a ticket -> away
                * Stay -> stayed

                == away ==
                Away.
                ending safe: Away

                == stayed ==
                Stayed.
                ending in-hiding: Stayed
                """)).limit(2_000).run();

        assertThat(report.complete()).isFalse();
        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                error: the story has more than 2,000 reachable states; the check stopped there
                  variable 'days' keeps growing (0..306 so far), last extended by days += 1 in scene 'start' at story.story:9:31
                  bound them with 'between LOW and HIGH' where they are declared, or raise the limit""", """
                story.story:14:1: error: softlock: from scene 'clearing' no ending can be reached
                  reached by: "Walk into the forest"
                  play goes round 'clearing', 'stream' forever""", """
                story.story:27:1: error: ending 'away' (safe) is never reached
                  way in: "Buy a ticket" in scene 'town' at story.story:24:1, which needs money >= 5
                    it can never be taken: money is declared between 0 and 4 (story.story:5:5)""");
        assertThat(report.notReached()).isEmpty();
        assertThat(report.format()).contains("""
                  away (safe): Away
                    never reached
                """);
    }

    @Test
    void aSceneWhoseFlagIsSetOnlyLaterIsNamedWithTheSceneThatSetsIt() {
        var report = check("""
                var met_guide = false

                == start ==
                The village.
                * Knock at the guide's door -> door
                * Go to the river -> river

                == door ==
                Nobody answers.
                * [met_guide] Go in -> guide_house
                * Go to the river -> river

                == guide_house ==
                The guide's house.
                -> river

                == river ==
                At the river you meet the guide.
                ~ met_guide = true
                ending safe: Across
                """);

        assertThat(report.complete()).isTrue();
        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                story.story:16:1: error: scene 'guide_house' is never reached
                  way in: "Go in" in scene 'door' at story.story:13:1, which needs met_guide
                    it can never be taken: met_guide is still false whenever play is in scene 'door': it is set to true only in scene 'river' (story.story:22:3), which no play passes before scene 'door'""");
        assertThat(report.errors().get(0).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.scene()).isEqualTo("door");
            assertThat(reason.condition()).isEqualTo("met_guide");
            assertThat(reason.values()).containsExactly(java.util.Map.entry("met_guide", "false"));
        });
    }

    @Test
    void pastTheLimitWhatIsNeitherReachedNorProvenIsNamedAsNotReachedWithinTheLimit() {
        var report = Checker.of(givenStory("""
                var days = 0

                == start ==
                Day {days}.
                + Wait another day -> start ~ days += 1
                * [days % 7 == 6 and days > 1000] Take the bus -> town

                == town ==
                Town.
                ending safe: Town
                """)).limit(100).run();

        assertThat(report.notReached()).containsExactly("town");
        assertThat(report.format()).contains("Not reached within the limit, and not proven unreachable: 'town'.",
                "  town (safe): Town\n    not reached within the limit\n");
    }

    @Test
    void valueRangesNeverRuleOutAScenePlayReaches() {
        for (String name : new String[] {"night-train", "lighthouse", "market-day"}) {
            var story = org.crossing.story.compile.StoryCompiler.compile(java.nio.file.Path.of("../examples", name)).story();
            assertReachedScenesAreInRange(story);
        }
        assertReachedScenesAreInRange(org.crossing.story.compile.StoryCompiler.compile(java.nio.file.Path.of("../stories/the-crossing")).story());
    }

    private static void assertReachedScenesAreInRange(org.crossing.story.model.Story story) {
        ValueRanges ranges = ValueRanges.of(story);
        CheckReport report = Checker.check(story);
        assertThat(report.complete()).isTrue();
        assertThat(report.scenesReached()).isEqualTo(story.scenes().size());
        for (var scene : story.scenes()) assertThat(ranges.mayReach(scene.index())).as(scene.id()).isTrue();
    }
}
