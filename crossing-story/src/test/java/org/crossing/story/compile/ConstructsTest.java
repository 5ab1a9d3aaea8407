package org.crossing.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.Checker;
import org.crossing.story.check.EndingResult;
import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.State;
import org.crossing.story.syntax.Diagnostic;
import org.junit.jupiter.api.Test;

/** The constructs that change play as the player returns and decides: conditional targets and effects, once-only effects, text variations, tags, ending kinds. */
class ConstructsTest {

    private static final String HEADER = StoryCompilerTest.HEADER;

    private static List<String> diagnostics(String body) {
        return StoryCompilerTest.diagnostics(body);
    }

    private static Story story(String body) {
        return StoryCompilerTest.story(body);
    }

    private static Compilation compile(String body) {
        return StoryCompilerTest.compile(body);
    }

    private static String scene(Story story, State state) {
        return story.scene(state.scene()).id();
    }

    private static State choose(Story story, State state, int choice) {
        return Engine.next(story, state, Action.choose(choice));
    }

    private static String text(Story story, State state) {
        var paragraph = (org.crossing.story.model.Block.Paragraph) story.scene(state.scene()).blocks().get(0);
        return Narrator.plain(story, state, paragraph.text());
    }

    private static final String WAITING = """
            var hours = 6
            == a ==
            You wait. It is {hours} o'clock.
            + Keep waiting -> {hours >= 8: boat | a} ~ hours += 1
            == boat ==
            The boat comes.
            ending safe: Boat
            """;

    @Test
    void aConditionalTargetLeadsWhereItsConditionHoldsAfterTheChoicesEffects() {
        Story story = story(WAITING);
        State state = Engine.begin(story, 1);
        state = choose(story, state, 0);
        assertThat(scene(story, state)).isEqualTo("a");
        state = choose(story, state, 0);
        assertThat(scene(story, state)).isEqualTo("boat");
        assertThat(story.startScene().choices().get(0).targets()).containsExactly(1, 0);
    }

    @Test
    void theCheckerExploresEveryConditionalTarget() {
        CheckReport report = Checker.check(story(WAITING));
        assertThat(report.ok()).isTrue();
        assertThat(report.endings()).extracting(EndingResult::scene, EndingResult::reached).containsExactly(org.assertj.core.groups.Tuple.tuple("boat", true));
    }

    @Test
    void conditionalTargetsNestAndNeedATargetForWhenNoConditionHolds() {
        Story story = story("""
                var n = 0
                == a ==
                Count {n}.
                + Step -> {n == 1: b | {n == 2: c | a}} ~ n += 1
                == b ==
                B.
                -> a
                == c ==
                C.
                ending safe: C
                """);
        State state = choose(story, Engine.begin(story, 1), 0);
        assertThat(scene(story, state)).isEqualTo("b");
        state = choose(story, choose(story, state, 0), 0);
        assertThat(scene(story, state)).isEqualTo("c");
        assertThat(diagnostics("""
                var n = 0
                == a ==
                Count {n}.
                + Step -> {n > 1: a}
                """)).containsExactly("story.story:7:20: error: a conditional target needs a scene for when the condition fails: "
                + "write '| scene' before '}', as in -> {hours >= 8: boat | attic}");
    }

    @Test
    void conditionalEffectsDecideOnceThenRunOneBranch() {
        Story story = story("""
                var money = 3
                var papers = false
                == a ==
                {money} {papers}
                * Pay -> a ~ {money >= 3: money -= 3, papers = true | papers = false}
                * Pay again -> a ~ {money >= 3: money -= 3, papers = true | papers = false}
                """);
        State state = choose(story, Engine.begin(story, 1), 0);
        assertThat(state.values()).containsExactly(0L, true);
        state = choose(story, state, 1);
        assertThat(state.values()).containsExactly(0L, false);
    }

    @Test
    void anEffectWrittenInTextIsAnErrorThatShowsTheConditionalEffect() {
        assertThat(diagnostics("""
                var helped = 1
                var sheet = 0
                == a ==
                Night. {helped > 0: ~ sheet += 1}
                {sheet} {helped}
                ending safe: ok
                """)).containsExactly("story.story:7:8: error: an effect in text would be printed, not applied; "
                + "to change a variable when the condition holds, write a line '~ {helped > 0: sheet += 1}'");
        assertThat(compile("== a ==\nNight {~ x += 1}.\nending safe: ok\n").diagnostics().get(0).code().id()).isEqualTo("E018");
    }

    @Test
    void aOnceEffectAppliesOnTheFirstEntryOnly() {
        Story story = story("""
                var money = 0
                var once = false
                == a ==
                ~ once money += 3
                ~ once = true
                You have {money} {once}.
                + Go out -> b
                == b ==
                Out.
                + Back -> a
                """);
        State state = Engine.begin(story, 1);
        assertThat(state.values()).containsExactly(3L, true);
        state = choose(story, choose(story, state, 0), 0);
        assertThat(scene(story, state)).isEqualTo("a");
        assertThat(state.values()).containsExactly(3L, true);
    }

    @Test
    void textVariationsFollowTheVisitsToTheirScene() {
        Story story = story("""
                == a ==
                {sequence: First. | Again. | Once more.} {cycle: red | blue} {once: New.}
                + Loop -> a
                """);
        State state = Engine.begin(story, 1);
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            seen.append(text(story, state)).append('/');
            state = choose(story, state, 0);
        }
        assertThat(seen.toString()).isEqualTo("First. red New./Again. blue/Once more. red/Once more. blue/");
    }

    @Test
    void scenesAndChoicesCarryTags() {
        Story story = story("""
                == a == #danger #night
                Ice.
                * Run -> b #risky
                -> b #calm
                == b ==
                End.
                ending safe: ok
                """);
        assertThat(story.startScene().tags()).containsExactly("danger", "night");
        assertThat(story.startScene().choices()).extracting(c -> c.tags()).containsExactly(List.of("risky"), List.of("calm"));
    }

    @Test
    void aStoryDeclaresItsOwnEndingKindsWithATone() {
        Story story = story("""
                ending kind evacuated: good, Evacuated in time
                ending kind stayed-behind: neutral
                == a ==
                Water.
                * Leave -> out
                * Stay -> home
                == out ==
                Out.
                ending evacuated: Left on the last bus
                == home ==
                Home.
                ending stayed-behind: Stayed
                """);
        assertThat(story.scene("out").orElseThrow().ending().kind()).isEqualTo(new EndingKind("evacuated", "Evacuated in time", EndingKind.Tone.GOOD));
        assertThat(story.scene("home").orElseThrow().ending().kind()).isEqualTo(new EndingKind("stayed-behind", "Stayed behind", EndingKind.Tone.NEUTRAL));
    }

    @Test
    void endingKindDeclarationsAreChecked() {
        assertThat(diagnostics("""
                ending kind flooded: sad
                ending kind safe: good
                ending kind unused: bad
                ending kind unused: bad
                == a ==
                Water.
                ending lost: Nobody
                """)).containsExactly(
                "story.story:4:22: error: the tone of ending kind 'flooded' is good, bad or neutral, not 'sad'",
                "story.story:5:13: error: 'safe' is a built-in ending kind; declare a kind with another word",
                "story.story:6:13: warning: ending kind 'unused' is declared but no ending uses it; use it or remove it",
                "story.story:7:13: error: ending kind 'unused' is already declared at story.story:6",
                "story.story:10:8: error: unknown ending kind 'lost'; the kinds are safe, captured, died, turned-back, in-hiding, unused, "
                        + "or declare it: 'ending kind lost: bad, LABEL'");
    }

    @Test
    void anUnknownEndingKindIsOneErrorNotAlsoASceneWithNoWayOn() {
        assertThat(diagnostics("""
                == a ==
                Gone.
                ending lost: Nobody
                """)).containsExactly("story.story:6:8: error: unknown ending kind 'lost'; the kinds are safe, captured, died, turned-back, "
                + "in-hiding, or declare it: 'ending kind lost: bad, LABEL'");
    }

    @Test
    void aHeaderKeyAtTheStartOfAParagraphIsTextWithAWarning() {
        Compilation compilation = compile("""
                == a ==
                She wrote three books.
                author: of three books, she kept none.
                \\description: kept as text, no warning
                ending safe: ok
                """);
        assertThat(compilation.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "story.story:6:1: warning: 'author:' inside a scene is read as text; a header line stands before the first scene of a file "
                        + "or after a chapter line. To keep it as text and silence this, write '\\author:'");
        Story story = compilation.story();
        assertThat(story.metadata().authors()).isEmpty();
        Scene a = story.startScene();
        assertThat(Narrator.plain(story, Engine.begin(story, 1), ((org.crossing.story.model.Block.Paragraph) a.blocks().get(0)).text()))
                .isEqualTo("She wrote three books. author: of three books, she kept none. description: kept as text, no warning");
    }

    @Test
    void anArrowInsideBracesIsPartOfTheLabel() {
        Story story = story("""
                == a ==
                Roads.
                * Go {"->"} north -> b
                == b ==
                North.
                ending safe: ok
                """);
        assertThat(Narrator.plain(story, Engine.begin(story, 1), story.startScene().choices().get(0).label())).isEqualTo("Go -> north");
    }

    @Test
    void withFactsSourcedAHotspotTextIsAClaimWithoutASource() {
        Compilation compilation = StoryCompiler.compile(StorySource.of(Map.of("story.story", HEADER + """
                facts: sourced
                == a ==
                image p.svg: A pass
                hotspot 10% 20% The pass -> text: A travel pass was needed for every trip.
                ending safe: ok
                """), Set.of("p.svg")));
        assertThat(compilation.diagnostics()).extracting(d -> d.code().id() + " " + d.headline()).containsExactly(
                "W006 story.story:7:1: warning: with 'facts: sourced', a hotspot's text is a claim without a source: cite it with "
                        + "'-> fact SOURCE: ...', or, if it is what she sees or lives rather than a claim, make it part of the scene's text");
        assertThat(diagnostics("facts: all\n== a ==\nA.\nending safe: ok\n"))
                .containsExactly("story.story:4:8: error: 'facts:' takes one value, 'sourced', not 'all'");
    }

    @Test
    void conditionalChancesThatDoNotAddUpWarnThatTheyAreRescaled() {
        assertThat(diagnostics("""
                var papers = true
                == a ==
                Patrol.
                chance [papers] 30% -> b
                chance 20% -> b
                == b ==
                B.
                ending safe: ok
                """)).containsExactly("story.story:7:1: warning: the chances in scene 'a' never add up to 100%, so they are rescaled to the outcomes possible "
                + "at the moment: while every condition holds they are 30 and 20 out of 50 (60% and 40%); add 'otherwise -> scene' so that each weight means what it says");
        assertThat(diagnostics("""
                var papers = true
                == a ==
                Patrol.
                chance [papers] 70% -> b
                chance [not papers] 40% -> b
                chance 30% -> b
                == b ==
                B.
                ending safe: ok
                """)).isEmpty();
    }

    @Test
    void aDisabledChoicesReasonShowsValues() {
        Story story = story("""
                var money = 1
                == a ==
                Broker.
                * [money >= 5] Pay -> a else "You have {money} of the 5 you need"
                + Wait -> a
                """);
        assertThat(Engine.options(story, Engine.begin(story, 1)).get(0).disabledReason()).isEqualTo("You have 1 of the 5 you need");
    }

    @Test
    void aHotspotOutsideItsImageSaysWhichCoordinateIsOutside() {
        assertThat(diagnostics("""
                == a ==
                hotspot 110% -5% The pass -> text: A pass.
                hotspot 50% 101% The pass -> text: A pass.
                """)).startsWith(
                "story.story:5:9: error: a hotspot's position is two percentages from 0 to 100, across the image and down it from its top left corner; "
                        + "110% and -5% are outside the image",
                "story.story:6:13: error: a hotspot's position is two percentages from 0 to 100, across the image and down it from its top left corner; "
                        + "101% is outside the image");
    }

    @Test
    void integerArithmeticSaturatesInsteadOfWrapping() {
        Story story = story("""
                var big = 9223372036854775807
                var small = -9223372036854775807
                == a ==
                {big} {small}
                + More -> a ~ big += 1, small -= 10
                + Times -> a ~ big = big * 2, small = small * 3
                """);
        State state = choose(story, Engine.begin(story, 1), 0);
        assertThat(state.values()).containsExactly(Long.MAX_VALUE, Long.MIN_VALUE);
        state = choose(story, state, 1);
        assertThat(state.values()).containsExactly(Long.MAX_VALUE, Long.MIN_VALUE);
    }

    @Test
    void aTextLongerThanAValueKeepsIsReportedWhereItIsWritten() {
        String longText = "x".repeat(1_001);
        assertThat(diagnostics("var note = \"" + longText + "\"\n== a ==\n{note}\n+ Add -> a ~ note = \"" + longText + "\"\n")).containsExactly(
                "story.story:4:12: error: this text takes 1,001 bytes in UTF-8; a text value keeps at most 1,000 (1,000 letters of English, 333 of Korean), so the rest would be cut",
                "story.story:7:21: error: this text takes 1,001 bytes in UTF-8; a text value keeps at most 1,000 (1,000 letters of English, 333 of Korean), so the rest would be cut");
    }

    @Test
    void aSceneIdOutsideAsciiIsReportedOnceAndSaysAscii() {
        assertThat(diagnostics("""
                == a ==
                Street.
                * Go in -> café
                == café ==
                Coffee.
                ending safe: ok
                """)).containsExactly("story.story:7:4: error: scene id 'café' must start with a lower-case ASCII letter (a to z) "
                + "and hold only a to z, 0 to 9 and '_'");
    }
}
