package org.crossing.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crossing.story.model.Block;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Translation;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.State;
import org.crossing.story.syntax.Diagnostic;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    static final String STORY = """
            title: The Ferry
            language: en
            start: dock
            description: Cross the river before dark.
            var money = 3
            chapter 1: The dock
            == dock ==
            You have {money} coins.

            {money >= 5: It is *enough*. | It is not enough.}
            image dock.svg: A wooden dock
            hotspot 10% 20% The rope -> text: Wet hemp.
            * [money > 1] Pay the ferryman -> river ~ money -= 2 else "You cannot pay"
            -> dock_wait
            == dock_wait ==
            {sequence: You wait. | You wait longer.}
            place 37.5, 126.9: The dock
            -> river
            == river ==
            The far bank.
            ending safe: Crossed with {money} coins
            """;

    static final String KO = """
            [title]
            en: The Ferry
            ko: 나룻배

            [description]
            en: Cross the river before dark.
            ko: 어두워지기 전에 강을 건너라.

            [continue]
            en: Continue
            ko: 계속

            [ending-kind.safe]
            en: Safe
            ko: 무사히

            [chapter.1]
            en: The dock
            ko: 나루터

            [dock.p1]
            en: You have {money} coins.
            ko: 동전이 {money}개 있다.

            [dock.p2]
            en: {money >= 5: It is *enough*. | It is not enough.}
            ko: {money >= 5: *충분하다*. | 모자라다.}

            [dock.image1]
            en: A wooden dock
            ko: 나무 선착장

            [dock.image1.hotspot1]
            en: The rope
            ko: 밧줄

            [dock.image1.hotspot1.text]
            en: Wet hemp.
            ko: 젖은 삼끈.

            [dock.choice1]
            en: Pay the ferryman
            ko: 뱃사공에게 돈을 낸다

            [dock.choice1.else]
            en: You cannot pay
            ko: 돈을 낼 수 없다

            [dock_wait.p1]
            en: {sequence: You wait. | You wait longer.}
            ko: {sequence: 기다린다. | 더 기다린다.}

            [dock_wait.place]
            en: The dock
            ko: 나루터

            [river.p1]
            en: The far bank.
            ko: 건너편 강둑.

            [river.ending]
            en: Crossed with {money} coins
            ko: 동전 {money}개를 남기고 건넜다
            """;

    static Compilation compile(Map<String, String> files) {
        Map<String, String> all = new TreeMap<>(files);
        all.put("story.story", STORY);
        return StoryCompiler.compile(StorySource.of(all, Set.of("dock.svg", "dock.ko.vtt")));
    }

    static List<String> diagnostics(String ko) {
        return compile(Map.of("translations/ko/story.translation", ko)).diagnostics().stream().map(Diagnostic::format).toList();
    }

    static List<String> errors(String ko) {
        return compile(Map.of("translations/ko/story.translation", ko)).diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void aCompleteTranslationGivesTheStoryInItsLanguageWithTheSameStructureAndVersion() {
        Compilation compilation = compile(Map.of("translations/ko/story.translation", KO));
        assertThat(compilation.report()).isEmpty();
        Story story = compilation.story();
        assertThat(story.languages()).containsExactly("en", "ko");
        Translation ko = story.translations().get("ko");
        assertThat(ko.texts()).isEqualTo(16);
        assertThat(ko.complete()).isTrue();
        assertThat(ko.percent()).isEqualTo(100);
        Story korean = story.in("ko");
        assertThat(korean.version()).isEqualTo(story.version());
        assertThat(korean.metadata().language()).isEqualTo("ko");
        assertThat(korean.title()).isEqualTo("나룻배");
        assertThat(korean.metadata().description()).isEqualTo("어두워지기 전에 강을 건너라.");
        Scene dock = korean.scene("dock").orElseThrow();
        assertThat(dock.chapter().title()).isEqualTo("나루터");
        assertThat(dock.choices().get(0).label().source()).isEqualTo("뱃사공에게 돈을 낸다");
        assertThat(dock.choices().get(0).disabledReason().source()).isEqualTo("돈을 낼 수 없다");
        assertThat(dock.choices().get(1).label().source()).isEqualTo("계속");
        Block.Image image = (Block.Image) dock.blocks().get(2);
        assertThat(image.alt()).isEqualTo("나무 선착장");
        assertThat(image.hotspots().get(0).label()).isEqualTo("밧줄");
        assertThat(korean.scene("river").orElseThrow().ending().kind().label()).isEqualTo("무사히");
        assertThat(korean.scene("dock_wait").orElseThrow().place().name()).isEqualTo("나루터");
        assertThat(story.in("fr")).isSameAs(story);
        assertThat(story.in("en")).isSameAs(story);
    }

    @Test
    void aTranslatedStoryPlaysAsTheOriginalWithItsOwnWords() {
        Story korean = compile(Map.of("translations/ko/story.translation", KO)).story().in("ko");
        State state = Engine.begin(korean, 1);
        List<Block> blocks = korean.scene(state.scene()).blocks();
        assertThat(Narrator.plain(korean, state, ((Block.Paragraph) blocks.get(0)).text())).isEqualTo("동전이 3개 있다.");
        assertThat(Narrator.plain(korean, state, ((Block.Paragraph) blocks.get(1)).text())).isEqualTo("모자라다.");
        State waited = Engine.next(korean, state, Engine.actions(korean, state).get(1));
        assertThat(Narrator.plain(korean, waited, ((Block.Paragraph) korean.scene(waited.scene()).blocks().get(0)).text())).isEqualTo("기다린다.");
    }

    @Test
    void missingTextsAreCountedAndNamedWithWhereTheyStand() {
        String partial = KO.substring(0, KO.indexOf("[dock.p1]"));
        Compilation compilation = compile(Map.of("translations/ko/story.translation", partial));
        assertThat(compilation.report()).isEqualTo("""
                translations/ko: warning: 11 of 16 texts have no translation into ko yet: dock.p1 (story.story:7), dock.p2 (story.story:7), \
                dock.image1 (story.story:7), dock.image1.hotspot1 (story.story:7), dock.image1.hotspot1.text (story.story:7) and 6 more; \
                'crossing translate STORY --lang ko' adds their entries to fill in
                1 warning
                """);
        Translation ko = compilation.story().translations().get("ko");
        assertThat(ko.translated()).isEqualTo(5);
        assertThat(ko.percent()).isEqualTo(31);
        assertThat(ko.untranslated()).startsWith("dock.p1", "dock.p2");
        assertThat(compilation.story().in("ko").scene("dock").orElseThrow().choices().get(0).label().source()).isEqualTo("Pay the ferryman");
    }

    @Test
    void aTranslationWhoseOriginalChangedIsStaleAndTheOriginalShows() {
        String ko = KO.replace("en: The far bank.", "en: The other bank.");
        assertThat(diagnostics(ko)).containsExactly("""
                translations/ko/story.translation:58:5: warning: the translation of 'river.p1' is stale: the original is now "The far bank."; \
                bring the translation up to date and copy the new original onto this line, or run 'crossing translate', which does that \
                and keeps the old one as 'was:' (until then the original shows)
                  en: The other bank.
                      ^""");
        Story korean = compile(Map.of("translations/ko/story.translation", ko)).story().in("ko");
        assertThat(korean.scene("river").orElseThrow().blocks().get(0)).isEqualTo(new Block.Paragraph(org.crossing.story.model.Text.plain("The far bank.")));
        assertThat(compile(Map.of("translations/ko/story.translation", ko)).story().translations().get("ko").stale()).isEqualTo(1);
    }

    @Test
    void aWasLineMarksATranslationStaleUntilTheTranslatorDeletesIt() {
        String ko = KO.replace("en: The far bank.\n", "en: The far bank.\nwas: The other bank.\n");
        assertThat(diagnostics(ko)).containsExactly("""
                translations/ko/story.translation:59:6: warning: the translation of 'river.p1' is stale: it was made from the original \
                on this 'was:' line, which has changed since; bring the translation up to date, then delete this line (until then the original shows)
                  was: The other bank.
                       ^""");
    }

    @Test
    void aTranslationMustKeepTheValuesAndConditionsOfItsOriginal() {
        assertThat(diagnostics(KO.replace("ko: 동전이 {money}개 있다.", "ko: 동전이 있다."))).containsExactly("""
                translations/ko/story.translation:23:5: error: the translation of 'dock.p1' must keep {money} as the original has it: \
                a translation keeps the original's {values}, {conditions: ...} and {sequence: ...} with what they hold, and translates the words
                  ko: 동전이 있다.
                      ^""");
        assertThat(diagnostics(KO.replace("ko: {money >= 5: *충분하다*. | 모자라다.}", "ko: {money > 5: *충분하다*. | 모자라다.}")).get(0))
                .startsWith("translations/ko/story.translation:27:5: error: the translation of 'dock.p2' must keep {money >= 5: ... | ...} as the original has it");
        assertThat(diagnostics(KO.replace("ko: {money >= 5: *충분하다*. | 모자라다.}", "ko: {money>=5: *충분하다*. | 모자라다 {money}.}")).get(0))
                .startsWith("translations/ko/story.translation:27:5: error: the translation of 'dock.p2' has {money}, which the original has not inside {money >= 5: ... | ...}");
        assertThat(diagnostics(KO.replace("ko: {sequence: 기다린다. | 더 기다린다.}", "ko: {cycle: 기다린다. | 더 기다린다.}")).get(0))
                .startsWith("translations/ko/story.translation:51:5: error: the translation of 'dock_wait.p1' must keep {sequence: ... | ...} as the original has it");
    }

    @Test
    void aTranslationMovesValuesWhereItsLanguageWantsThem() {
        String ko = KO.replace("ko: {money >= 5: *충분하다*. | 모자라다.}", "ko: {money >= 5: *충분하다*. | 모자라다.}")
                .replace("ko: 동전 {money}개를 남기고 건넜다", "ko: 건넜다, 동전 {money}개와 함께");
        assertThat(diagnostics(ko)).isEmpty();
    }

    @Test
    void aValueThatShowsTextMayBeWrittenOutInTheTranslation() {
        String story = "title: T\nlanguage: en\nstart: a\nvar name = \"Mi-ran\"\nvar age = 30\n== a ==\nYou are {name}, {age}.\nending safe: Done\n";
        java.util.function.Function<String, List<String>> errors = ko -> StoryCompiler.compile(StorySource.of(Map.of("story.story", story,
                "translations/ko/a.translation", "[a.p1]\nen: You are {name}, {age}.\nko: " + ko + "\n"), Set.of())).diagnostics().stream()
                .filter(Diagnostic::isError).map(Diagnostic::headline).toList();
        assertThat(errors.apply("너는 미란, {age}살.")).isEmpty();
        assertThat(errors.apply("너는 {name}, {age}살.")).isEmpty();
        assertThat(errors.apply("너는 미란.")).containsExactly("translations/ko/a.translation:3:5: error: the translation of 'a.p1' must keep {age} "
                + "as the original has it: a translation keeps the original's {values}, {conditions: ...} and {sequence: ...} with what they hold, and translates the words");
    }

    @Test
    void emphasisLostInTranslationIsAWarning() {
        assertThat(diagnostics(KO.replace("*충분하다*", "충분하다"))).containsExactly("""
                translations/ko/story.translation:27:5: warning: the original of 'dock.p2' has 1 part in *emphasis*, its translation no words; \
                emphasise the words that carry the original's stress
                  ko: {money >= 5: 충분하다. | 모자라다.}
                      ^""");
    }

    @Test
    void unknownVariablesInATranslationAreReportedWhereTheTranslatorWroteThem() {
        assertThat(diagnostics(KO.replace("ko: 동전이 {money}개 있다.", "ko: 동전이 {mony}개 있다.")).get(0)).startsWith("""
                translations/ko/story.translation:23:10: error: unknown variable 'mony' (did you mean 'money'?)""");
    }

    @Test
    void anEntryForATextThatIsGoneIsOrphaned() {
        assertThat(diagnostics(KO + "\n[dock.p3]\nen: Old text.\nko: 옛 글.\n")).containsExactly("""
                translations/ko/story.translation:65:2: warning: 'dock.p3' is not a text of the story (any more) (did you mean 'dock.p1'?): \
                its scene, line or place among its kind changed; move the translation to the entry of its text, or delete it
                  [dock.p3]
                   ^""");
    }

    @Test
    void badLanguagesAndMalformedEntriesAreErrors() {
        assertThat(compile(Map.of("translations/Korean/a.translation", KO)).diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "translations/Korean: error: 'Korean' is not a language tag: name the folder of a translation by its language, in lower case, like ko, fr or pt-BR");
        assertThat(compile(Map.of("translations/en/a.translation", KO)).diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "translations/en: error: the story is written in 'en' already: a translation is into another language");
        assertThat(compile(Map.of("translations/a.translation", KO)).diagnostics()).extracting(Diagnostic::headline).containsExactly(
                "translations/a.translation: error: a translation file stands in the folder of its language, such as translations/ko/; move 'translations/a.translation' into one");
        assertThat(errors("[title]\nfr: Le bac\nko: 나룻배\n")).contains("""
                translations/ko/story.translation:2:1: error: 'fr:' has no place in a translation from en into ko: an entry holds 'en:' (the original), \
                'ko:' (the translation) and, when the original changed, 'was:'
                  fr: Le bac
                  ^""");
        assertThat(errors("[title]\nko: 나룻배\n").get(0)).isEqualTo("""
                translations/ko/story.translation:1:2: error: entry 'title' has no 'en:' line: the original it translates, which tells when \
                the original changes (crossing translate writes it)
                  [title]
                   ^""");
        assertThat(errors("ko: 나룻배\n").get(0)).startsWith("translations/ko/story.translation:1:1: error: 'ko:' belongs to an entry: start the entry with its key, '[key]'");
        assertThat(errors("[Title]\n").get(0)).startsWith("translations/ko/story.translation:1:2: error: 'Title' is not a key;");
        assertThat(errors("just words\n").get(0)).startsWith("translations/ko/story.translation:1:1: error: a translation file holds entries:");
        assertThat(errors("[title]\nen: The Ferry\nko: 나룻배\n[title]\nen: The Ferry\nko: 배\n").get(0))
                .startsWith("translations/ko/story.translation:4:2: error: 'title' is already translated at translations/ko/story.translation:1; keep one of the two");
    }

    @Test
    void captionsInTheTranslationsLanguageMustBeInTheMediaFolder() {
        String story = "title: T\nlanguage: en\nstart: a\n== a ==\nvideo dock.svg captions dock.ko.vtt: The dock\nending safe: Done\n";
        Map<String, String> files = Map.of("story.story", story, "translations/ko/a.translation",
                "[a.video1.captions]\nen: dock.ko.vtt\nko: dock.kr.vtt\n");
        List<String> headlines = StoryCompiler.compile(StorySource.of(files, Set.of("dock.svg", "dock.ko.vtt"))).diagnostics().stream()
                .map(Diagnostic::headline).filter(h -> h.contains("error")).toList();
        assertThat(headlines).containsExactly("translations/ko/a.translation:3:5: error: media file 'dock.kr.vtt' is not in the story's media folder "
                + "(did you mean 'dock.ko.vtt'?); the translation of 'a.video1.captions' names a file there, such as a captions file in its language");
    }

    @Test
    void keysFollowTheStorysStructure() {
        Story story = compile(Map.of()).story();
        assertThat(Translatables.of(story)).extracting(Translatables.Translatable::key).containsExactly(
                "title", "description", "continue", "ending-kind.safe", "chapter.1", "dock.p1", "dock.p2", "dock.image1",
                "dock.image1.hotspot1", "dock.image1.hotspot1.text", "dock.choice1", "dock.choice1.else", "dock_wait.p1", "dock_wait.place",
                "river.p1", "river.ending");
    }

    static final String CREDITED = "title: The Ferry\nauthor: Ferry crew\nauthor: Mi-ran Park\nlanguage: en\nstart: a\n== a ==\nText.\nending safe: Done\n";

    static final String CREDITED_KO = """
            [title]
            en: The Ferry
            ko: 나룻배

            [author.1]
            en: Ferry crew
            ko: 나룻배 팀

            [author.2]
            en: Mi-ran Park
            ko: 박미란

            [ending-kind.safe]
            en: Safe
            ko: 무사히

            [a.p1]
            en: Text.
            ko: 글.

            [a.ending]
            en: Done
            ko: 끝
            """;

    static Compilation credited(String story, String ko) {
        return StoryCompiler.compile(StorySource.of(Map.of("story.story", story, "translations/ko/story.translation", ko), Set.of()));
    }

    @Test
    void theAuthorCreditIsTranslatedLineByLine() {
        Compilation compilation = credited(CREDITED, CREDITED_KO);
        assertThat(compilation.report()).isEmpty();
        assertThat(Translatables.of(compilation.story())).extracting(Translatables.Translatable::key)
                .containsExactly("title", "author.1", "author.2", "ending-kind.safe", "a.p1", "a.ending");
        assertThat(compilation.story().in("ko").metadata().authors()).containsExactly("나룻배 팀", "박미란");
        assertThat(compilation.story().metadata().authors()).containsExactly("Ferry crew", "Mi-ran Park");
    }

    @Test
    void aMissingAuthorCreditIsCountedAndShowsInTheOriginal() {
        Compilation compilation = credited(CREDITED, CREDITED_KO.replace("[author.2]\nen: Mi-ran Park\nko: 박미란\n", ""));
        assertThat(compilation.report()).isEqualTo("""
                translations/ko: warning: 1 of 6 texts have no translation into ko yet: author.2 (story.story:6); \
                'crossing translate STORY --lang ko' adds their entries to fill in
                1 warning
                """);
        assertThat(compilation.story().in("ko").metadata().authors()).containsExactly("나룻배 팀", "Mi-ran Park");
    }

    @Test
    void anAuthorCreditWhoseOriginalChangedIsStale() {
        Compilation compilation = credited(CREDITED.replace("author: Ferry crew", "author: The ferry crew"), CREDITED_KO);
        assertThat(compilation.diagnostics()).extracting(Diagnostic::format).containsExactly("""
                translations/ko/story.translation:6:5: warning: the translation of 'author.1' is stale: the original is now "The ferry crew"; \
                bring the translation up to date and copy the new original onto this line, or run 'crossing translate', which does that \
                and keeps the old one as 'was:' (until then the original shows)
                  en: Ferry crew
                      ^""");
        assertThat(compilation.story().in("ko").metadata().authors()).containsExactly("The ferry crew", "박미란");
    }

    @Test
    void anAuthorCreditForAnAuthorLineThatIsGoneIsOrphaned() {
        Compilation compilation = credited(CREDITED.replace("author: Mi-ran Park\n", ""), CREDITED_KO);
        assertThat(compilation.diagnostics()).extracting(Diagnostic::format).containsExactly("""
                translations/ko/story.translation:9:2: warning: 'author.2' is not a text of the story (any more) (did you mean 'author.1'?): \
                its scene, line or place among its kind changed; move the translation to the entry of its text, or delete it
                  [author.2]
                   ^""");
    }

    @Test
    void chapterOpeningsAndSpotSoundsHaveKeysToo() {
        String story = "title: T\nlanguage: en\nstart: a\nchapter 1: Dawn\nimage dawn.svg: A grey dawn\nambient wind.ogg captions wind.vtt: Wind\n"
                + "== a ==\nsound door.ogg captions door.vtt: A door slams\nText.\nending safe: Done\n";
        Compilation compilation = StoryCompiler.compile(StorySource.of(Map.of("story.story", story), Set.of("dawn.svg", "wind.ogg", "wind.vtt", "door.ogg", "door.vtt")));
        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(Translatables.of(compilation.story())).extracting(Translatables.Translatable::key).containsExactly(
                "title", "ending-kind.safe", "chapter.1", "chapter.1.image", "chapter.1.ambient.captions", "chapter.1.ambient",
                "a.p1", "a.sound.captions", "a.sound", "a.ending");
    }

    @Test
    void translateWritesASkeletonWithTheOriginalOfEveryText() {
        Story story = compile(Map.of()).story();
        TranslationFiles.Update update = TranslationFiles.update(story, "ko", Map.of());
        assertThat(update.files()).containsOnlyKeys("translations/ko/story.translation");
        assertThat(update.files().get("translations/ko/story.translation")).startsWith("""
                // The translation of "The Ferry" into ko: fill in each 'ko:' line.
                // The 'en:' line is the original it translates; 'crossing translate' keeps it up to date.
                // See docs/story-language.md, "Translations".

                [title]
                en: The Ferry
                ko:

                [description]
                en: Cross the river before dark.
                ko:
                """).contains("""
                // == dock ==

                [dock.p1]
                en: You have {money} coins.
                ko:
                """);
        assertThat(update.toTranslate()).isEqualTo(16);
        // what it writes is a translation the compiler reads: every text missing, nothing else
        assertThat(compile(Map.of("translations/ko/story.translation", update.files().get("translations/ko/story.translation"))).diagnostics())
                .extracting(d -> d.code().id()).containsExactly("W009");
    }

    @Test
    void translateKeepsTranslationsAndNotesMarksStaleOnesAndFollowsMovedTexts() {
        String story = STORY.replace("The far bank.", "The far bank, at last.")
                .replace("You have {money} coins.", "The sun is low.\n\nYou have {money} coins.");
        String ko = KO.replace("[dock.p1]\n", "[dock.p1]\n// 개: the counter for coins\n");
        Compilation compiled = StoryCompiler.compile(StorySource.of(Map.of("story.story", story), Set.of("dock.svg")));
        TranslationFiles.Update update = TranslationFiles.update(compiled.story(), "ko",
                Map.of("translations/ko/story.translation", ko.getBytes(StandardCharsets.UTF_8)));
        String written = update.files().get("translations/ko/story.translation");
        assertThat(written).contains("""
                [dock.p1]
                en: The sun is low.
                ko:

                [dock.p2]
                // 개: the counter for coins
                en: You have {money} coins.
                ko: 동전이 {money}개 있다.

                [dock.p3]
                en: {money >= 5: It is *enough*. | It is not enough.}
                ko: {money >= 5: *충분하다*. | 모자라다.}
                """).contains("""
                [river.p1]
                en: The far bank, at last.
                was: The far bank.
                ko: 건너편 강둑.
                """);
        assertThat(List.of(update.texts(), update.kept(), update.moved(), update.stale(), update.orphaned(), update.toTranslate()))
                .containsExactly(17, 14, 2, 1, 0, 2);
        // run again on what it wrote: nothing changes
        TranslationFiles.Update again = TranslationFiles.update(compiled.story(), "ko",
                Map.of("translations/ko/story.translation", written.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.files().get("translations/ko/story.translation")).isEqualTo(written);
    }

    @Test
    void translateKeepsATranslationDisplacedFromItsKeyAsANoteUnderIt() {
        String story = STORY.replace("You have {money} coins.\n\n", "");
        Compilation compiled = StoryCompiler.compile(StorySource.of(Map.of("story.story", story), Set.of("dock.svg")));
        TranslationFiles.Update update = TranslationFiles.update(compiled.story(), "ko",
                Map.of("translations/ko/story.translation", KO.getBytes(StandardCharsets.UTF_8)));
        assertThat(update.files().get("translations/ko/story.translation")).contains("""
                [dock.p1]
                // an earlier translation, of "You have {money} coins.": 동전이 {money}개 있다.
                en: {money >= 5: It is *enough*. | It is not enough.}
                ko: {money >= 5: *충분하다*. | 모자라다.}

                [dock.image1]
                """).doesNotContain("[dock.p2]");
        assertThat(update.moved()).isEqualTo(1);
    }

    @Test
    void translateFillsInATextWhoseOriginalIsTranslatedElsewhereWithANoteToCheckIt() {
        String ko = KO.replace("[dock_wait.place]\nen: The dock\nko: 나루터\n", "");
        TranslationFiles.Update update = TranslationFiles.update(compile(Map.of()).story(), "ko",
                Map.of("translations/ko/story.translation", ko.getBytes(StandardCharsets.UTF_8)));
        assertThat(update.files().get("translations/ko/story.translation")).contains("""
                [dock_wait.place]
                // filled in from the translation of 'chapter.1', whose original is the same: check that it fits here
                en: The dock
                ko: 나루터
                """);
        assertThat(List.of(update.filled(), update.toTranslate())).containsExactly(1, 0);
    }

    @Test
    void translateKeepsEntriesWhoseTextIsGoneAtTheEndOfTheirFile() {
        String ko = KO + "\n[gone.p1]\nen: A scene cut.\nko: 잘린 장면.\n";
        TranslationFiles.Update update = TranslationFiles.update(compile(Map.of()).story(), "ko",
                Map.of("translations/ko/story.translation", ko.getBytes(StandardCharsets.UTF_8)));
        assertThat(update.files().get("translations/ko/story.translation")).endsWith("""
                // No longer in the story: move each translation to the entry of its text, or delete it.

                [gone.p1]
                en: A scene cut.
                ko: 잘린 장면.
                """);
        assertThat(update.orphaned()).isEqualTo(1);
    }

    @Test
    void translateRefusesFilesItCannotReadSoNothingIsLost() {
        TranslationFiles.Update update = TranslationFiles.update(compile(Map.of()).story(), "ko",
                Map.of("translations/ko/story.translation", "[title]\nko: 나룻배\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(update.ok()).isFalse();
        assertThat(update.files()).isEmpty();
        assertThat(update.problems()).extracting(Diagnostic::headline).containsExactly("translations/ko/story.translation:1:2: error: entry 'title' has no "
                + "'en:' line: the original it translates, which tells when the original changes (crossing translate writes it)");
    }

    @Test
    void languageProblemsAreNamed() {
        assertThat(TranslationFiles.languageProblem("ko", "en")).isNull();
        assertThat(TranslationFiles.languageProblem("pt-BR", "en")).isNull();
        assertThat(TranslationFiles.languageProblem("en", "en")).isEqualTo("the story is written in 'en' already; give the language to translate it into");
        assertThat(TranslationFiles.languageProblem("Korean", "en")).isEqualTo("'Korean' is not a language tag; give one in lower case, like ko, fr or pt-BR");
    }
}
