package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossing.story.check.Checker;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {

    /** Four scenes, five ways on, ten text variants: a sequence (3), a condition with no otherwise (1), a cycle (2), a once (2), a condition (2). */
    static final String STORY = """
            title: Coverage
            language: en
            start: gate
            var coins = 0 between 0 and 3
            == gate ==
            The gate {sequence: is shut | is still shut | has not moved}. {coins > 0: You have coins.}
            + Knock -> gate ~ coins += 1
            * [coins >= 2] Pay -> road else "You need two coins"
            * Leave -> away
            == road ==
            The road {cycle: bends | climbs}.
            continue: Walk on
            chance 50% -> town
            otherwise -> away
            == town ==
            {once: Bells ring. | Dogs bark.}
            ending safe: Reached the town
            == away ==
            You turn away.
            ending in-hiding: Turned away {coins > 2: rich | poor}
            """;

    /** Knocks three times, then leaves rich: Pay is offered by then, so Leave is the third choice. */
    static final String RICH = """
            {"seed": 5, "scenes": [
              {"scene": "gate", "taken": {"kind": "choice", "number": 1}},
              {"scene": "gate", "taken": {"kind": "choice", "number": 1}},
              {"scene": "gate", "taken": {"kind": "choice", "number": 1}},
              {"scene": "gate", "taken": {"kind": "choice", "number": 3}},
              {"scene": "away"}]}
            """;

    /** Pays, and chance sends the player away: the outcome is the scene shown next, whatever the seed would draw. */
    static final String TURNED = """
            {"seed": 9, "scenes": [
              {"scene": "gate", "taken": {"kind": "choice", "number": 1}},
              {"scene": "gate", "taken": {"kind": "choice", "number": 1}},
              {"scene": "gate", "taken": {"kind": "choice", "number": 2}},
              {"scene": "road", "taken": {"kind": "chance", "number": 1}},
              {"scene": "away"}], "ending": {"scene": "away", "kind": "in-hiding", "summary": "Turned away poor"}}
            """;

    /** Made before the story had 'away': it parts from the story at its second step. */
    static final String STALE = """
            {"seed": 1, "scenes": [
              {"scene": "gate", "taken": {"kind": "choice", "number": 2}},
              {"scene": "cellar"}]}
            """;

    @TempDir
    Path folder;

    CoverageRuns.Measured measure() throws IOException {
        return measure(folder, STORY);
    }

    /** Writes {@code text} as the story in {@code folder} and measures its coverage as the studio does after a check. */
    static CoverageRuns.Measured measure(Path folder, String text) throws IOException {
        Files.writeString(folder.resolve("story.story"), text);
        Compilation compilation = StoryCompiler.compile(folder);
        assertThat(compilation.ok()).as(compilation.diagnostics().toString()).isTrue();
        Story story = compilation.story();
        return CoverageRuns.measure(story, Journeys.of(story, Checker.check(story)), folder);
    }

    void playtest(String name, String json) throws IOException {
        Files.createDirectories(folder.resolve("playtests"));
        Files.writeString(folder.resolve("playtests").resolve(name), json);
    }

    static String figures(Coverage.Covered covered) {
        return covered.journeys() + " journeys: " + covered.sceneCount() + " scenes, " + covered.wayCount() + " ways, " + covered.variantCount() + " variants";
    }

    static List<String> missing(Coverage coverage, Coverage.Covered covered) {
        return CoveragePages.missing(new StudioViews.Head("", "", "", "", "", "", false), coverage, covered).stream()
                .map(m -> m.scene() + " " + m.what() + ": " + m.text()).toList();
    }

    @Test
    void theStoryHasFourScenesFiveWaysAndTenTextVariants() throws IOException {
        Coverage coverage = measure().coverage();
        assertThat(coverage.story().scenes()).hasSize(4);
        assertThat(coverage.ways()).extracting(Coverage.Way::label)
                .containsExactly("Knock", "Pay", "Leave", "chance 50%", "chance otherwise");
        assertThat(coverage.variants()).extracting(v -> v.kind() + ": " + v.text()).containsExactly(
                "sequence 1 of 3: is shut", "sequence 2 of 3: is still shut", "sequence 3 of 3: has not moved",
                "{coins > 0} holds: You have coins.", "cycle 1 of 2: bends", "cycle 2 of 2: climbs",
                "once 1 of 2: Bells ring.", "once 2 of 2: Dogs bark.", "{coins > 2} holds: rich", "{coins > 2} does not hold: poor");
    }

    @Test
    void theWitnessesShowEveryScenePlayedTheShortestWay() throws IOException {
        Coverage coverage = measure().coverage();
        Coverage.Covered witnesses = coverage.of(Coverage.Source.WITNESSES);
        assertThat(figures(witnesses)).isEqualTo("4 journeys: 4 scenes, 4 ways, 7 variants");
        assertThat(missing(coverage, witnesses)).containsExactly(
                "road chance outcome: chance otherwise → away",
                "road text variant: cycle 2 of 2: climbs",
                "town text variant: once 2 of 2: Dogs bark.",
                "away text variant: {coins > 2} holds: rich");
    }

    @Test
    void playtestsReplayThroughTheEngineAndSayWhereTheyPartFromTheStory() throws IOException {
        playtest("rich.json", RICH);
        playtest("stale.json", STALE);
        playtest("turned.json", TURNED);
        playtest("broken.json", "{\"seed\": 1, \"scenes\": [");
        playtest("notes.txt", "not a transcript, and not read");
        CoverageRuns.Measured measured = measure();
        assertThat(measured.playtests()).extracting(p -> p.file() + " | " + p.replayed() + " of " + p.scenes() + " | " + p.fits()).containsExactly(
                "playtests/broken.json | 0 of 0 | false",
                "playtests/rich.json | 5 of 5 | true",
                "playtests/stale.json | 1 of 2 | false",
                "playtests/turned.json | 5 of 5 | true");
        assertThat(measured.playtests().get(0).outcome()).startsWith("not a transcript: ");
        assertThat(measured.playtests().get(1).outcome()).isEqualTo("ending 'away' (in-hiding)");
        assertThat(measured.playtests().get(2).outcome()).isEqualTo("step 2: the transcript is in 'cellar' where the story now reaches 'away'");
        Coverage coverage = measured.coverage();
        Coverage.Covered playtests = coverage.of(Coverage.Source.PLAYTESTS);
        assertThat(figures(playtests)).isEqualTo("3 journeys: 3 scenes, 4 ways, 7 variants");
        assertThat(missing(coverage, playtests)).containsExactly(
                "road chance outcome: chance 50% → town",
                "road text variant: cycle 2 of 2: climbs",
                "town scene: an ending",
                "town text variant: once 1 of 2: Bells ring.",
                "town text variant: once 2 of 2: Dogs bark.");
        Coverage.Covered all = coverage.all();
        assertThat(all.sceneCount() + " scenes, " + all.wayCount() + " ways, " + all.variantCount() + " variants")
                .isEqualTo("4 scenes, 5 ways, 8 variants");
    }

    @Test
    void randomJourneysFromASeedGiveTheSameFiguresEveryTime() throws IOException {
        Coverage.Covered first = measure().coverage().of(Coverage.Source.RANDOM);
        Coverage.Covered second = measure().coverage().of(Coverage.Source.RANDOM);
        assertThat(figures(first)).isEqualTo("200 journeys: 4 scenes, 5 ways, 8 variants").isEqualTo(figures(second));
    }

    @Test
    void otherSeedsAndCountsGiveOtherJourneysAndTheStepLimitCutsThemShort() throws IOException {
        Files.writeString(folder.resolve("story.story"), STORY);
        Story story = StoryCompiler.compile(folder).story();
        Journeys journeys = Journeys.of(story, Checker.check(story));
        CoverageRuns.Measured few = CoverageRuns.measure(story, journeys, folder, new RandomTest(3, 7, 2_000, false));
        assertThat(figures(few.coverage().of(Coverage.Source.RANDOM))).isEqualTo("3 journeys: 2 scenes, 2 ways, 4 variants");
        assertThat(few.cutShort()).isZero();
        CoverageRuns.Measured again = CoverageRuns.measure(story, journeys, folder, new RandomTest(3, 7, 2_000, false));
        assertThat(figures(again.coverage().of(Coverage.Source.RANDOM))).isEqualTo(figures(few.coverage().of(Coverage.Source.RANDOM)));
        CoverageRuns.Measured cut = CoverageRuns.measure(story, journeys, folder, new RandomTest(50, 1, 2, false));
        assertThat(cut.cutShort()).isEqualTo(13);
        assertThat(cut.random().describe()).isEqualTo("50 random journeys from seed 1, each cut short after 2 steps");
    }

    @Test
    void avoidingWaysTakenShowsMoreWithFewerJourneys() throws IOException {
        Files.writeString(folder.resolve("story.story"), STORY);
        Story story = StoryCompiler.compile(folder).story();
        Journeys journeys = Journeys.of(story, Checker.check(story));
        Coverage.Covered plain = CoverageRuns.measure(story, journeys, folder, new RandomTest(4, 1, 2_000, false)).coverage()
                .of(Coverage.Source.RANDOM);
        Coverage.Covered avoiding = CoverageRuns.measure(story, journeys, folder, new RandomTest(4, 1, 2_000, true)).coverage()
                .of(Coverage.Source.RANDOM);
        assertThat(figures(plain)).isEqualTo("4 journeys: 2 scenes, 2 ways, 6 variants");
        assertThat(figures(avoiding)).isEqualTo("4 journeys: 4 scenes, 4 ways, 7 variants");
    }

    @Test
    void aStoryWithoutPlaytestsHasNone() throws IOException {
        CoverageRuns.Measured measured = measure();
        assertThat(measured.playtests()).isEmpty();
        assertThat(figures(measured.coverage().of(Coverage.Source.PLAYTESTS))).isEqualTo("0 journeys: 0 scenes, 0 ways, 0 variants");
    }
}
