package org.crossing.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossing.story.model.Block;
import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Hotspot;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Position;
import org.crossing.story.model.Ambient;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Sound;
import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.Diagnostic;
import org.junit.jupiter.api.Test;

class StoryCompilerTest {

    /** Three header lines, so a story's first own line is line 4. */
    static final String HEADER = """
            title: Test
            language: en
            start: a
            """;

    static Compilation compile(String body) {
        return StoryCompiler.compile(StorySource.of(Map.of("story.story", HEADER + body), Set.of("pic.svg", "clip.mp4", "clip.vtt", "talk.ogg", "talk.txt")));
    }

    static List<String> diagnostics(String body) {
        return compile(body).diagnostics().stream().map(Diagnostic::headline).toList();
    }

    static Story story(String body) {
        Compilation compilation = compile(body);
        assertThat(compilation.report()).isEmpty();
        return compilation.story();
    }

    @Test
    void compilesScenesChoicesAndVariables() {
        Story story = story("""
                var money = 3 between 0 and 9
                var name = "Mi"
                == a ==
                Hello {name}, you have {money}.
                * [money > 2] Pay -> b ~ money -= 2 else "Too poor"
                + Wait -> a
                == b ==
                Done.
                ending safe: Paid
                """);
        assertThat(story.scenes()).extracting(Scene::id).containsExactly("a", "b");
        assertThat(story.variables()).extracting(v -> v.type()).containsExactly(ValueType.INTEGER, ValueType.TEXT);
        Scene a = story.startScene();
        assertThat(a.choices()).hasSize(2);
        assertThat(a.choices().get(0).once()).isTrue();
        assertThat(a.choices().get(0).disabledReason().source()).isEqualTo("Too poor");
        assertThat(a.choices().get(1).once()).isFalse();
        assertThat(story.onceSlots()).isEqualTo(1);
        assertThat(story.scene("b").orElseThrow().ending().kind()).isEqualTo(EndingKind.SAFE);
    }

    @Test
    void reportsUnknownSceneWithSuggestionLineColumnAndCaret() {
        Compilation compilation = compile("""
                == a ==
                Text.
                * Go -> rivr
                == river ==
                Water.
                ending died: Drowned
                """);
        assertThat(compilation.ok()).isFalse();
        assertThat(compilation.report()).isEqualTo("""
                story.story:6:9: error: unknown scene 'rivr' (did you mean 'river'?)
                  * Go -> rivr
                          ^
                1 error
                """);
    }

    @Test
    void everyDiagnosticHasAStableCodeAndARangeThatMarksTheWordAtFault() {
        Compilation compilation = compile("""
                var money = 1
                == a ==
                Text {money + true}.
                * Go -> rivr
                == river ==
                Water.
                ending died: Drowned
                """);
        assertThat(compilation.diagnostics()).extracting(d -> d.code().id() + " " + d.code().slug() + " " + d.position() + "-" + d.end().column())
                .containsExactly("E040 type-mismatch story.story:6:13-14", "E030 unknown-scene story.story:7:9-13");
        assertThat(Diagnostic.of(Code.UNKNOWN_ENDING_KIND, new Position("s", 2, 8), "m", "ending turned-bak: x").end().column()).isEqualTo(18);
        assertThat(Diagnostic.of(Code.UNEXPECTED, new Position("s", 2, 6), "m", "* Go -> b").end().column()).isEqualTo(8);
        assertThat(Diagnostic.of(Code.NOT_UTF8, new Position("s", 0, 0), "m", null).end()).isEqualTo(new Position("s", 0, 0));
    }

    @Test
    void reportsUnknownVariableWithSuggestion() {
        assertThat(diagnostics("""
                var money = 1
                == a ==
                You have {mony}.
                ending safe: ok
                """)).containsExactly(
                "story.story:4:5: warning: variable 'money' is never read; use it in a condition or text, or remove it",
                "story.story:6:11: error: unknown variable 'mony' (did you mean 'money'?)");
    }

    @Test
    void aDeclarationThatDidNotParseIsNotReportedAgainWhereItIsUsed() {
        assertThat(diagnostics("""
                var money = 3 between 0
                == a ==
                You have {money}.
                * Pay -> b ~ money -= 1
                == b ==
                Paid.
                ending safe: ok
                """)).containsExactly("story.story:4:24: error: write 'between LOW and HIGH'");
    }

    @Test
    void reportsTypeErrors() {
        assertThat(diagnostics("""
                var money = 1
                var papers = false
                == a ==
                {money and papers} {papers + 1} {money == "x"}
                * [money] Go -> a ~ papers += 1, money = true
                ending safe: ok
                """)).containsExactly(
                "story.story:7:8: error: 'and' needs two booleans, but the left side is an integer and the right side is a boolean",
                "story.story:7:28: error: '+' adds two integers or joins two texts, but the left side is a boolean and the right side is an integer",
                "story.story:7:40: error: '==' compares values of the same type, but the left side is an integer and the right side is a text",
                "story.story:8:1: error: ending scene 'a' offers a choice; an ending is where the journey stops, so remove the choices or the 'ending' line",
                "story.story:8:4: error: a choice's condition must be true or false, but this is an integer",
                "story.story:8:21: error: '+=' does not work on a boolean like 'papers'; use '=' to set it",
                "story.story:8:42: error: 'money' is an integer, but this value is a boolean");
    }

    @Test
    void reportsDuplicateIds() {
        assertThat(diagnostics("""
                var x = 1
                var x = 2
                == a ==
                One.
                ending safe: x is {x}
                == a ==
                Two.
                ending safe: again
                """)).containsExactly(
                "story.story:5:5: error: variable 'x' is already declared at story.story:4",
                "story.story:9:4: error: scene 'a' is already defined at story.story:6");
    }

    @Test
    void reportsMissingMediaAltTextAndCaptions() {
        assertThat(diagnostics("""
                == a ==
                image pic.svg
                image missing.svg: Something
                video clip.mp4: A clip
                audio talk.ogg: A talk
                ending safe: ok
                """)).containsExactly(
                "story.story:5:14: error: image 'pic.svg' needs alt text: write 'image pic.svg: what the picture shows'",
                "story.story:6:7: error: media file 'missing.svg' is not in the story's media folder",
                "story.story:7:15: error: video 'clip.mp4' needs captions: write 'video clip.mp4 captions FILE.vtt: TITLE'",
                "story.story:8:15: error: audio 'talk.ogg' needs a transcript or captions: write 'audio talk.ogg transcript FILE: ...'");
    }

    @Test
    void reportsEmptySceneSceneWithoutWayOnChoiceWithoutTargetAndSceneWithoutText() {
        assertThat(diagnostics("""
                == a ==
                Go.
                * Go somewhere
                -> b
                == b ==
                == c ==
                Nothing follows.
                == d ==
                -> a
                """)).containsExactly(
                "story.story:6:15: error: this choice has no target: end it with '-> scene_id'",
                "story.story:8:1: error: scene 'b' is empty: write its text, then its choices, chance or ending",
                "story.story:9:1: error: scene 'c' has no way on: add choices ('* label -> scene'), chance, or an 'ending' line",
                "story.story:11:1: error: scene 'd' has no text: write what the player sees here");
    }

    @Test
    void reportsMissingStartTitleAndLanguage() {
        Compilation compilation = StoryCompiler.compile(StorySource.of("""
                == a ==
                Hello.
                ending safe: ok
                """));
        assertThat(compilation.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "story.story:1:1: error: the story has no title: add a header line 'title: The name of the story'",
                "story.story:1:1: error: the story has no language: add a header line 'language: en'",
                "story.story:1:1: error: the story has no start: add 'start: scene_id' to name its first scene (the first scene is 'a')");
    }

    @Test
    void reportsChanceWeightsThatDoNotAddUp() {
        assertThat(diagnostics("""
                == a ==
                Wait.
                chance 30% -> b
                chance 60% -> b
                == b ==
                Done.
                ending safe: ok
                """)).containsExactly(
                "story.story:6:1: error: the chances in scene 'a' add up to 90%, not 100%; fix the weights or add 'otherwise -> scene' for the rest");
    }

    @Test
    void compilesChanceWithConditionOtherwiseAndContinueLabel() {
        Story story = story("""
                var papers = false
                == a ==
                Wait.
                continue: Cross now
                chance [papers] 20% -> b ~ papers = false
                otherwise -> b
                == b ==
                Done.
                ending captured: Caught
                """);
        Scene a = story.startScene();
        assertThat(a.continueLabel()).isEqualTo("Cross now");
        assertThat(a.chance()).hasSize(2);
        assertThat(a.chance().get(1).otherwise()).isTrue();
    }

    @Test
    void timedDecisionNeedsChoicesAKnownTargetAndOneTimer() {
        assertThat(diagnostics("""
                == a ==
                Hurry.
                * Run -> b
                timed 5s -> bb
                timed 5s -> b
                == b ==
                B.
                timed 3s -> a
                ending safe: ok
                """)).containsExactly(
                "story.story:7:13: error: unknown scene 'bb' (did you mean 'b'?)",
                "story.story:8:1: error: scene 'a' already has a countdown",
                "story.story:11:1: error: 'timed' counts down on a scene's choices, but scene 'b' has none");
    }

    @Test
    void timedDecisionTakesTheFirstUnconditionalChoiceToItsTarget() {
        Story story = story("""
                var x = true
                == a ==
                Hurry.
                * [x] Run -> b
                * Walk -> b ~ x = false
                * Hide -> c
                timed 5s -> b
                == b ==
                B {x}.
                ending safe: ok
                == c ==
                C.
                ending captured: no
                """);
        assertThat(story.startScene().timer()).isEqualTo(new org.crossing.story.model.Timer(5, 1, 1));
    }

    @Test
    void compilesMediaHotspotsPlacesAndFactsIntoTheBibliography() {
        Story story = story("""
                source un
                  author: Michael Kirby
                  title: Report
                  publisher: UN
                  year: 2014
                  url: https://example.org/report
                == a ==
                place 41.4, 128.18: Hyesan
                image pic.svg: A market
                hotspot 30% 60% The cart -> fact un: A fact.
                hotspot 10% 20% A card -> photo pic.svg: A card
                hotspot 50% 50% Radio -> audio talk.ogg transcript talk.txt: Broadcast
                hotspot 90% 90% Shoes -> text: Canvas shoes.
                video clip.mp4 captions clip.vtt: The river
                ambient talk.ogg captions clip.vtt: Wind
                fact un: Another fact.
                ending safe: ok
                """);
        Scene a = story.startScene();
        assertThat(a.place().name()).isEqualTo("Hyesan");
        Block.Image image = (Block.Image) a.blocks().get(0);
        assertThat(image.hotspots()).extracting(h -> h.target().getClass().getSimpleName())
                .containsExactly("FactTarget", "PhotoTarget", "AudioTarget", "TextTarget");
        assertThat(((Hotspot.TextTarget) image.hotspots().get(3).target()).text()).isEqualTo("Canvas shoes.");
        assertThat(a.ambient().description()).isEqualTo("Wind");
        assertThat(story.bibliography()).extracting(s -> s.url()).containsExactly("https://example.org/report");
        assertThat(story.bibliography().get(0).citation()).isEqualTo("Michael Kirby, Report, UN, 2014");
    }

    @Test
    void aSceneKeepsHowLongAfterTheSceneBeforeItComesAndGivesItOnce() {
        Story story = story("""
                == a ==
                Home.
                -> b
                == b ==
                after 3 weeks
                place 41.4, 128.18: Hyesan
                Away.
                ending safe: ok
                """);
        assertThat(story.startScene().after()).isNull();
        assertThat(story.scene(1).after()).isEqualTo(new org.crossing.story.model.TimeSpan(3, org.crossing.story.model.TimeSpan.Unit.WEEK));
        assertThat(story.scene(1).after().days()).isEqualTo(21);

        assertThat(diagnostics("""
                after 2 days
                == a ==
                after 1 day
                after 2 days
                Text.
                ending safe: ok
                """)).containsExactly(
                "story.story:4:1: error: this line must be inside a scene; start one with '== scene_id =='",
                "story.story:7:1: error: scene 'a' already says how long after the scene before it comes; give one 'after' line");
    }

    @Test
    void timeIsNotPartOfTheStorysShapeSoItKeepsItsVersion() {
        String without = """
                == a ==
                Home.
                -> b
                == b ==
                Away.
                ending safe: ok
                """;
        assertThat(story(without.replace("== b ==\n", "== b ==\nafter 2 months\n")).version()).isEqualTo(story(without).version());
    }

    @Test
    void aChapterOpensWithItsPictureAndSoundBedAndAScenePlaysASpotSound() {
        Story story = story("""
                chapter 1: Hyesan, January
                image pic.svg: The town under snow at dusk

                ambient talk.ogg captions clip.vtt: Wind over the roofs
                == a ==
                The door bangs.
                sound talk.ogg captions clip.vtt: A door slams in the wind
                -> b
                == b ==
                Quiet again.
                ending safe: ok
                """);
        Scene a = story.startScene();
        Chapter chapter = a.chapter();
        assertThat(chapter.picture()).isEqualTo(new Block.Image("pic.svg", "The town under snow at dusk", List.of()));
        assertThat(chapter.bed()).isEqualTo(new Ambient("talk.ogg", "clip.vtt", "Wind over the roofs"));
        assertThat(a.sound()).isEqualTo(new Sound("talk.ogg", "clip.vtt", "A door slams in the wind"));
        assertThat(a.blocks()).hasSize(1);
        assertThat(story.scenes().get(1).chapter()).isSameAs(chapter);
        assertThat(story.scenes().get(1).sound()).isNull();
    }

    @Test
    void aChapterContinuedInAnotherFileKeepsTheOpeningWrittenInTheFirst() {
        Compilation compilation = StoryCompiler.compile(StorySource.of(Map.of(
                "1.story", HEADER + """
                        chapter 1: Hyesan
                        image pic.svg: The town
                        == a ==
                        Snow.
                        -> b
                        """,
                "2.story", """
                        chapter 1: Hyesan
                        == b ==
                        More snow.
                        ending safe: ok
                        """), Set.of("pic.svg")));
        assertThat(compilation.report()).isEmpty();
        assertThat(compilation.story().scenes().get(1).chapter().picture().file()).isEqualTo("pic.svg");
    }

    @Test
    void chapterOpeningsAndSpotSoundsAreReportedWhereTheyAreWrong() {
        assertThat(diagnostics("""
                chapter 1: Hyesan
                image pic.svg: The town
                image pic.svg: The town again
                ambient talk.ogg captions clip.vtt: Wind
                ambient talk.ogg captions clip.vtt: Wind again
                hotspot 10% 10% A window -> text: Lit.
                sound talk.ogg captions clip.vtt: A door
                == a ==
                Snow.
                sound talk.ogg captions clip.vtt: A door
                sound talk.ogg captions clip.vtt: Another door
                sound talk.ogg: No captions
                sound gone.ogg captions clip.vtt: Missing
                ending safe: ok
                """)).containsExactly(
                "story.story:6:1: error: chapter 1 already has its opening picture at story.story:5; a chapter opens with one",
                "story.story:8:1: error: chapter 1 already has its sound bed at story.story:7; a chapter loops one",
                "story.story:9:1: error: a chapter's opening picture has no hotspots; put the hotspot after an image inside a scene",
                "story.story:10:1: error: under a chapter line, before its first scene, stand only the chapter's picture ('image FILE: ALT') "
                        + "and sound bed ('ambient FILE captions FILE: DESCRIPTION'); this line must be inside a scene: start one with '== scene_id =='",
                "story.story:14:1: error: scene 'a' already has a spot sound; a scene plays one at most when it opens",
                "story.story:15:15: error: sound 'talk.ogg' needs captions: write 'sound talk.ogg captions FILE: ...'",
                "story.story:16:1: error: scene 'a' already has a spot sound; a scene plays one at most when it opens",
                "story.story:16:7: error: media file 'gone.ogg' is not in the story's media folder");
    }

    @Test
    void divertsCarryEffects() {
        Story story = story("""
                var steps = 0 between 0 and 3
                == a ==
                Walk {steps}.
                -> b ~ steps += 1
                == b ==
                Done.
                ending safe: ok
                """);
        assertThat(story.startScene().choices().get(0).effects()).hasSize(1);
    }

    @Test
    void warnsAboutUnreadVariablesAndUncitedSources() {
        Compilation compilation = compile("""
                var unused = 1
                source lonely
                  title: T
                  publisher: P
                  year: 2000
                == a ==
                Text.
                ending safe: ok
                """);
        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "story.story:4:5: warning: variable 'unused' is never read; use it in a condition or text, or remove it",
                "story.story:5:1: warning: source 'lonely' is not cited by any fact; cite it or remove it");
    }

    @Test
    void storiesSpanSeveralFilesAndChapters() {
        Compilation compilation = StoryCompiler.compile(StorySource.of(Map.of(
                "0-header.story", HEADER,
                "1-home.story", """
                        chapter 1: Home
                        == a ==
                        Home.
                        -> b
                        """,
                "2-road.story", """
                        chapter 2: Road
                        == b ==
                        Road.
                        ending turned-back: Went home
                        """), Set.of()));
        assertThat(compilation.report()).isEmpty();
        Story story = compilation.story();
        assertThat(story.chapters()).extracting(c -> c.number() + " " + c.title()).containsExactly("1 Home", "2 Road");
        assertThat(story.scene("b").orElseThrow().position().file()).isEqualTo("2-road.story");
    }

    @Test
    void versionIgnoresTextButFollowsStructure() {
        long original = story("== a ==\nHello.\nending safe: ok\n").version();
        long retyped = story("== a ==\nHello there.\nending safe: okay\n").version();
        long restructured = story("== a ==\nHello.\n-> b\n== b ==\nB.\nending safe: ok\n").version();
        assertThat(retyped).isEqualTo(original);
        assertThat(restructured).isNotEqualTo(original);
    }
}
