package org.crossing.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;

/** The checker on stories written in the language, whose answers are worked out by hand. */
class CheckerTest {

    private static final String HEADER = """
            title: Test
            language: en
            start: start
            """;

    static Story givenStory(String scenes) {
        Compilation compilation = StoryCompiler.compile(StorySource.of(HEADER + scenes));
        assertThat(compilation.report()).isEmpty();
        return compilation.story();
    }

    static CheckReport check(String scenes) {
        return Checker.check(givenStory(scenes));
    }

    @Test
    void chanceAfterAChoiceGivesHalfTimesThirtyPercent() {
        var report = check("""
                == start ==
                Night.
                * Cross the river -> patrol
                * Go home -> home

                == patrol ==
                A patrol.
                chance 30% -> caught
                otherwise -> free

                == caught ==
                Caught.
                ending captured: Caught

                == free ==
                Free.
                ending safe: Free

                == home ==
                Home.
                ending turned-back: Home
                """);

        assertThat(report.ok()).isTrue();
        assertThat(report.complete()).isTrue();
        assertThat(report.states()).isEqualTo(5);
        assertThat(report.probabilities()).isEqualTo(CheckReport.Probabilities.EXACT);
        assertThat(report.endings()).extracting(EndingResult::scene, EndingResult::exactProbability)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("caught", "3/20"),
                        org.assertj.core.groups.Tuple.tuple("free", "7/20"),
                        org.assertj.core.groups.Tuple.tuple("home", "1/2"));
        assertThat(report.endings().get(0).witness().describe()).isEqualTo("\"Cross the river\" > chance 30% -> caught");
        assertThat(report.endings().get(1).witness().describe()).isEqualTo("\"Cross the river\" > chance otherwise -> free");
        assertThat(report.format()).contains("""
                    shortest (1 choice, 1 chance): "Cross the river" > chance 30% -> caught
                """);
        assertThat(report.fewestChoices()).hasValue(1);
        assertThat(report.mostChoices()).hasValue(2);
    }

    @Test
    void onceOnlyChoicesInALoopAreStateSoTheGraphStaysAcyclic() {
        var report = check("""
                == start ==
                A room.
                * Look left -> start
                * Look right -> start
                * Leave -> end

                == end ==
                Out.
                ending safe: Out
                """);

        // start with {}, {left}, {right}, {left, right}; then one ending, where the used choices
        // no longer matter since play cannot lead back to the room.
        assertThat(report.states()).isEqualTo(5);
        assertThat(report.loops()).isFalse();
        assertThat(report.fewestChoices()).hasValue(1);
        assertThat(report.mostChoices()).hasValue(3);
        assertThat(report.endings().get(0).exactProbability()).isEqualTo("1");
    }

    @Test
    void usedChoicesOfScenesThatCannotComeBackDoNotMultiplyStates() {
        var report = check("""
                == start ==
                A fork.
                * Left -> middle
                * Right -> middle

                == middle ==
                The paths join.
                * On -> end

                == end ==
                Out.
                ending safe: Out
                """);

        assertThat(report.states()).isEqualTo(3);
        assertThat(report.endings().get(0).exactProbability()).isEqualTo("1");
    }

    @Test
    void theTimerRunningOutIsNotASeparateWay() {
        var report = check("""
                == start ==
                The beam sweeps towards you.
                * Run -> run
                * Lie flat -> flat
                timed 8s -> flat

                == run ==
                Run.
                ending captured: Seen running

                == flat ==
                Flat.
                ending in-hiding: Lay flat
                """);

        assertThat(report.states()).isEqualTo(3);
        assertThat(report.endings()).extracting(EndingResult::exactProbability).containsExactly("1/2", "1/2");
    }

    @Test
    void aCountdownWithNoChoiceToItsSceneIsAWayOfItsOwn() {
        var report = check("""
                == start ==
                The beam sweeps towards you.
                * Run -> run
                timed 8s -> frozen

                == run ==
                Run.
                ending captured: Seen running

                == frozen ==
                You could not move.
                ending in-hiding: Froze in the snow
                """);

        assertThat(report.ok()).isTrue();
        assertThat(report.states()).isEqualTo(3);
        assertThat(report.endings()).extracting(EndingResult::exactProbability).containsExactly("1/2", "1/2");
        assertThat(report.endings().get(1).witness().describe()).isEqualTo("time runs out -> frozen");
    }

    @Test
    void everyReachedSceneHasAShortestJourneyIntoIt() {
        var report = check("""
                var coins = 0 between 0 and 2

                == start ==
                The gate.
                * Work -> start ~ coins += 1
                * [coins >= 2] Pay -> road
                * Wait -> square
                timed 5s -> square

                == square ==
                The square.
                * [coins >= 1] Buy bread -> road
                timed 5s -> road

                == road ==
                The road.
                chance 50% -> home
                otherwise -> camp

                == home ==
                Home.
                ending safe: Home

                == camp ==
                A camp.
                ending in-hiding: Camp

                == never ==
                Never.
                ending captured: Never
                """);

        assertThat(report.shortestTo("start")).hasValue(Witness.EMPTY);
        assertThat(report.shortestTo("square").orElseThrow().describe()).isEqualTo("\"Wait\"");
        assertThat(report.shortestTo("road").orElseThrow().describe()).isEqualTo("\"Wait\" > time runs out -> road");
        assertThat(report.shortestTo("camp").orElseThrow().describe())
                .isEqualTo("\"Wait\" > time runs out -> road > chance otherwise -> camp");
        assertThat(report.shortestTo("never")).isEmpty();
        assertThat(report.shortestTo("no-such-scene")).isEmpty();
    }

    @Test
    void theShortestJourneyIntoAFarSceneIsBuiltWhenAskedForAndBeginsLikeThoseOnTheWay() {
        StringBuilder scenes = new StringBuilder("== start ==\nStart.\n* Go -> s1\n\n");
        for (int i = 1; i < 400; i++) {
            scenes.append("== s").append(i).append(" ==\nScene ").append(i).append(".\n")
                    .append("+ On ").append(i).append(" -> s").append(i + 1).append('\n')
                    .append("+ Back -> start\n\n");
        }
        scenes.append("== s400 ==\nThe end.\nending safe: Far\n");
        var report = check(scenes.toString());

        Witness far = report.shortestTo("s400").orElseThrow();
        Witness half = report.shortestTo("s200").orElseThrow();
        assertThat(far.length()).isEqualTo(400);
        assertThat(far.steps().get(0)).isEqualTo(new Witness.Step("start", Witness.Step.Kind.CHOICE, 0, "Go"));
        assertThat(far.steps().get(399)).isEqualTo(new Witness.Step("s399", Witness.Step.Kind.CHOICE, 0, "On 399"));
        assertThat(half.steps()).isEqualTo(far.steps().subList(0, 200));
        assertThat(report.shortestTo("s400")).hasValue(far);
    }

    @Test
    void theShortestJourneysFormATreeWhoseNodesComeAfterTheirParents() {
        var report = check("""
                == start ==
                Start.
                * Left -> left
                * Right -> right

                == left ==
                Left.
                * On -> far

                == right ==
                Right.
                * On -> far

                == far ==
                Far.
                ending safe: Far

                == never ==
                Never.
                ending captured: Never
                """);
        var tree = report.shortestJourneys();

        // the start, left, right and far, each once: far's journey shares its beginning with left's
        assertThat(tree.size()).isEqualTo(4);
        assertThat(tree.end("start")).isZero();
        assertThat(tree.parent(0)).isEqualTo(-1);
        assertThat(tree.step(0)).isNull();
        int far = tree.end("far");
        assertThat(tree.parent(far)).isEqualTo(tree.end("left"));
        assertThat(tree.step(far)).isEqualTo(new Witness.Step("left", Witness.Step.Kind.CHOICE, 0, "On"));
        assertThat(tree.step(tree.end("right"))).isEqualTo(new Witness.Step("start", Witness.Step.Kind.CHOICE, 1, "Right"));
        for (int node = 1; node < tree.size(); node++) assertThat(tree.parent(node)).as("parent of " + node).isBetween(0, node - 1);
        assertThat(tree.end("never")).isEqualTo(-1);
        assertThat(tree.end("no-such-scene")).isEqualTo(-1);
    }

    @Test
    void aCountdownKeepsATimedSceneFromBeingADeadEnd() {
        var report = check("""
                var brave = false

                == start ==
                The beam sweeps towards you.
                * [brave] Run -> run
                timed 8s -> frozen

                == run ==
                Run.
                ending captured: Seen running

                == frozen ==
                You could not move.
                ending in-hiding: Froze in the snow
                """);

        assertThat(report.errors()).extracting(Problem::kind).containsExactly(Problem.Kind.UNREACHABLE_ENDING);
        assertThat(report.endings().get(1).exactProbability()).isEqualTo("1");
    }

    @Test
    void aDeadEndNamesTheSceneTheWitnessAndWhyEachChoiceIsUnavailable() {
        var report = check("""
                var money = 3
                var papers = false

                == start ==
                The market.
                * Sell the machine -> broker ~ money += 1

                == broker ==
                The broker.
                * [money >= 5] Pay the deposit -> border
                * [papers and money > 0] Show your papers -> border else "You have no papers"

                == border ==
                Across.
                ending safe: Across
                """);

        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                story.story:11:1: error: dead end: scene 'broker' offers no choice
                  reached by: "Sell the machine"
                  why: "Pay the deposit" is hidden: money >= 5 is false; "Show your papers" is disabled: papers and money > 0 is false
                  with money = 4, papers = false""", """
                story.story:16:1: error: ending 'border' (safe) is never reached
                  way in: "Pay the deposit" in scene 'broker' at story.story:13:1, which needs money >= 5
                    it can never be taken: money is always 4 whenever play is in scene 'broker'
                  way in: "Show your papers" in scene 'broker' at story.story:14:1, which needs papers and money > 0
                    it can never be taken: papers is false and nothing sets it to true; money is always 4 whenever play is in scene 'broker'""");
        assertThat(report.deadEndProbability()).isEqualTo(1.0);
    }

    @Test
    void aDeadEndAfterTheOnlyChoiceWasTakenSaysItWasTaken() {
        var report = check("""
                == start ==
                A room.
                * Open the door -> hall

                == hall ==
                A hall.
                -> start

                == other ==
                Elsewhere.
                ending safe: Out
                """);

        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                story.story:4:1: error: dead end: scene 'start' offers no choice
                  reached by: "Open the door" > "Continue"
                  why: "Open the door" was already taken""",
                """
                story.story:12:1: error: ending 'other' (safe) is never reached
                  no choice, chance or countdown leads to it""");
    }

    @Test
    void aChanceWithNoPossibleOutcomeIsADeadEnd() {
        var report = check("""
                var papers = false

                == start ==
                A checkpoint.
                chance [papers] 100% -> through

                == through ==
                Through.
                ending safe: Through
                """);

        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                story.story:6:1: error: dead end: no outcome of the chance in scene 'start' is possible
                  reached by: the start
                  why: chance [papers] 100% -> through is not possible: papers is false
                  with papers = false""",
                """
                story.story:10:1: error: ending 'through' (safe) is never reached
                  way in: chance 100% -> through in scene 'start' at story.story:8:1, which needs papers
                    it can never be taken: papers is false and nothing sets it to true""");
    }

    @Test
    void aSceneNoPlayReachesIsReported() {
        var report = check("""
                == start ==
                Start.
                -> end

                == lost ==
                Nobody comes here.
                -> end

                == end ==
                End.
                ending safe: End
                """);

        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                story.story:8:1: error: scene 'lost' is never reached
                  no choice, chance or countdown leads to it""");
        assertThat(report.scenesReached()).isEqualTo(2);
    }

    @Test
    void aLoopWithoutExitIsASoftlockWithItsScenes() {
        var report = check("""
                == start ==
                The forest edge.
                * Walk in -> clearing
                * Stay on the road -> road

                == clearing ==
                A clearing.
                + Left -> stream

                == stream ==
                A stream.
                + Back -> clearing

                == road ==
                The road.
                ending safe: Road
                """);

        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                story.story:9:1: error: softlock: from scene 'clearing' no ending can be reached
                  reached by: "Walk in"
                  play goes round 'clearing', 'stream' forever""");
        assertThat(report.endlessProbability()).isEqualTo(0.5);
        assertThat(report.endings().get(0).probability()).isEqualTo(0.5);
    }

    @Test
    void aLoopWithAWayOutMakesPlaythroughsUnboundedAndChancesEstimated() {
        var report = check("""
                == start ==
                A hut.
                + Wait -> start
                + Leave -> out

                == out ==
                Out.
                ending safe: Out
                """);

        assertThat(report.ok()).isTrue();
        assertThat(report.states()).isEqualTo(2);
        assertThat(report.loops()).isTrue();
        assertThat(report.mostChoices()).isEmpty();
        assertThat(report.probabilities()).isEqualTo(CheckReport.Probabilities.ESTIMATED);
        assertThat(report.endings().get(0).probability()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.endings().get(0).exactProbability()).isNull();
        assertThat(report.format()).contains("Playthroughs: at least 1 choice; no most, because the story has loops.",
                "Chances are estimated (the story has loops)");
    }

    @Test
    void seenCannotTellTheSecondVisitFromTheTenthSoALoopThroughItStaysFinite() {
        var report = check("""
                == start ==
                A square.
                + Read the notice -> notice
                * [seen(notice)] Leave -> out

                == notice ==
                {visits(notice)} times read.
                -> start

                == out ==
                Out.
                ending safe: Out
                """);

        assertThat(report.complete()).isTrue();
        // start (unseen), notice (seen), start (seen), out
        assertThat(report.states()).isEqualTo(4);
        assertThat(report.endings().get(0).witness().describe()).isEqualTo("\"Read the notice\" > \"Continue\" > \"Leave\"");
    }

    @Test
    void visitsComparedWithANumberCountUpToOneMore() {
        var report = check("""
                == start ==
                A square.
                + Read the notice -> start
                * [visits(start) >= 3] Leave -> out

                == out ==
                Out.
                ending safe: Out
                """);

        // start visited 1, 2, 3, 4 (4 stands for "more than 3"), and out from 3 and from 4.
        assertThat(report.states()).isEqualTo(6);
        assertThat(report.fewestChoices()).hasValue(3);
    }

    @Test
    void anUnboundedCounterStopsAtTheLimitAndNamesTheVariableAndTheEffect() {
        var report = Checker.of(givenStory("""
                var days = 0

                == start ==
                You have waited {days} days.
                + Wait another day -> start ~ days += 1
                * [days % 7 != 6] Leave -> road

                == road ==
                You leave.
                ending safe: Left
                """)).limit(100).run();

        assertThat(report.complete()).isFalse();
        assertThat(report.states()).isEqualTo(100);
        assertThat(report.growing()).extracting(Growth::describe).containsExactly(
                "variable 'days' keeps growing (0..53 so far), last extended by days += 1 in scene 'start' at story.story:8:31");
        assertThat(report.errors()).extracting(Problem::format).containsExactly("""
                error: the story has more than 100 reachable states; the check stopped there
                  variable 'days' keeps growing (0..53 so far), last extended by days += 1 in scene 'start' at story.story:8:31
                  bound them with 'between LOW and HIGH' where they are declared, or raise the limit""");
        assertThat(report.endings().get(0).reached()).isTrue();
        assertThat(report.mostChoices()).isEmpty();
        assertThat(report.probabilities()).isEqualTo(CheckReport.Probabilities.UNKNOWN);
    }

    @Test
    void aBoundedCounterInTheSameLoopIsFinite() {
        var report = check("""
                var days = 0 between 0 and 3

                == start ==
                You have waited {days} days.
                + Wait another day -> start ~ days += 1
                * [days % 2 == 0] Leave on an even day -> road
                * [days % 2 == 1] Leave on an odd day -> road

                == road ==
                You leave.
                ending safe: Left
                """);

        assertThat(report.complete()).isTrue();
        assertThat(report.states()).isEqualTo(8);
    }

    @Test
    void atTheLimitABoundedCounterThatTookEveryValueIsNotToldToBeBounded() {
        var report = Checker.of(givenStory("""
                var trust = 0 between 0 and 3
                var days = 0

                == start ==
                Day {days}.
                + Talk -> start ~ trust += 1
                + Wait -> start ~ days += 1
                * [days % 7 == 6 and trust % 2 == 1] Leave -> road

                == road ==
                Gone.
                ending safe: Left
                """)).limit(200).run();

        assertThat(report.errors().get(0).details()).containsExactly(
                "variable 'days' keeps growing (0..47 so far), last extended by days += 1 in scene 'start' at story.story:10:19",
                "bound them with 'between LOW and HIGH' where they are declared, or raise the limit");
    }

    @Test
    void atTheLimitABoundedCounterStillGrowingIsToldToNarrowItsRange() {
        var report = Checker.of(givenStory("""
                var days = 0 between 0 and 20000

                == start ==
                Day {days}.
                + Wait -> start ~ days += 1
                * [days % 7 == 6] Leave -> road

                == road ==
                Gone.
                ending safe: Left
                """)).limit(100).run();

        assertThat(report.errors().get(0).details()).containsExactly(
                "variable 'days' keeps growing (0..87 so far), last extended by days += 1 in scene 'start' at story.story:8:19",
                "narrow the declared range of 'days', or raise the limit");
    }

    @Test
    void progressIsReportedWhileExploring() {
        var counts = new java.util.ArrayList<Integer>();
        Checker.of(givenStory("""
                var days = 0 between 0 and 20000

                == start ==
                Waiting for {days} days.
                + Wait -> start ~ days += 1
                * [days % 2 == 0] Leave -> road

                == road ==
                Gone.
                ending safe: Left
                """)).progress(counts::add).run();

        assertThat(counts).isNotEmpty().isSorted();
    }

    @Test
    void everyBrokenExampleIsCaught() {
        Path broken = Path.of("../examples/broken");
        assertThat(kinds(broken.resolve("dead-end"))).containsExactly(Problem.Kind.DEAD_END, Problem.Kind.UNREACHABLE_ENDING);
        assertThat(kinds(broken.resolve("unreachable-ending"))).containsExactly(Problem.Kind.UNREACHABLE_ENDING);
        assertThat(kinds(broken.resolve("softlock"))).containsExactly(Problem.Kind.SOFTLOCK);
        CheckReport unbounded = Checker.of(StoryCompiler.compile(broken.resolve("unbounded-counter")).story()).limit(10_000).run();
        assertThat(unbounded.errors()).extracting(Problem::kind).containsExactly(Problem.Kind.STATE_LIMIT);
        assertThat(unbounded.growing()).extracting(Growth::name).containsExactly("days");
    }

    @Test
    void theExamplesPassWithoutErrorOrWarning() {
        for (String name : new String[] {"night-train", "lighthouse", "market-day"}) {
            Compilation compilation = StoryCompiler.compile(Path.of("../examples", name));
            assertThat(compilation.report()).as(name).isEmpty();
            CheckReport report = Checker.check(compilation.story());
            assertThat(report.errors()).as(name).isEmpty();
            assertThat(report.endings()).as(name).allMatch(EndingResult::reached);
        }
    }

    private static java.util.List<Problem.Kind> kinds(Path story) {
        Compilation compilation = StoryCompiler.compile(story);
        assertThat(compilation.ok()).as(compilation.report()).isTrue();
        return Checker.check(compilation.story()).errors().stream().map(Problem::kind).toList();
    }
}
