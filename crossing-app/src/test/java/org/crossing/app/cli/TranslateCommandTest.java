package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateCommandTest {

    @TempDir
    Path dir;

    private static final String STORY = """
            title: Two Doors
            language: en
            start: hall
            == hall ==
            A hall with two doors.
            * Open the red door -> red
            == red ==
            Red.
            ending safe: Through the *red* door
            """;

    private Path story(String text) throws IOException {
        Files.writeString(dir.resolve("story.story"), text);
        return dir;
    }

    private String translation() throws IOException {
        return Files.readString(dir.resolve("translations/ko/story.translation"));
    }

    @Test
    void writesASkeletonWithTheOriginalOfEveryText() throws IOException {
        Cli.Result result = Cli.run("", "translate", story(STORY).toString(), "--lang", "ko");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("written    " + dir.resolve("translations/ko/story.translation") + "\n"
                + "ko: 6 texts, 0 translated, 6 to fill in.\n");
        assertThat(translation()).isEqualTo("""
                // The translation of "Two Doors" into ko: fill in each 'ko:' line.
                // The 'en:' line is the original it translates; 'crossing translate' keeps it up to date.
                // See docs/story-language.md, "Translations".

                [title]
                en: Two Doors
                ko:

                [ending-kind.safe]
                en: Safe
                ko:

                // == hall ==

                [hall.p1]
                en: A hall with two doors.
                ko:

                [hall.choice1]
                en: Open the red door
                ko:

                // == red ==

                [red.p1]
                en: Red.
                ko:

                [red.ending]
                en: Through the *red* door
                ko:
                """);
    }

    @Test
    void anUpdateKeepsTranslationsAndMarksTheStaleOnes() throws IOException {
        Cli.run("", "translate", story(STORY).toString(), "--to", "ko");
        Files.writeString(dir.resolve("translations/ko/story.translation"), translation()
                .replace("en: Two Doors\nko:", "en: Two Doors\nko: 두 개의 문")
                .replace("en: Red.\nko:", "en: Red.\nko: 빨강."));
        story(STORY.replace("Red.", "All red."));

        Cli.Result result = Cli.run("", "translate", dir.toString(), "--lang", "ko");
        assertThat(result.out()).isEqualTo("updated    " + dir.resolve("translations/ko/story.translation") + "\n"
                + "ko: 6 texts, 2 translated (1 stale: see their 'was:' lines), 4 to fill in.\n");
        assertThat(translation()).contains("""
                [red.p1]
                en: All red.
                was: Red.
                ko: 빨강.
                """);
        Cli.Result again = Cli.run("", "translate", dir.toString(), "--lang", "ko");
        assertThat(again.out()).startsWith("unchanged  ");

        Cli.Result check = Cli.run("", "check", dir.toString());
        assertThat(check.out()).endsWith("""
                Translations:
                  ko     16%  1 of 6 texts (1 stale, 4 not translated)
                """);
        assertThat(check.err()).startsWith("translations/ko: warning: 4 of 6 texts have no translation into ko yet:");
    }

    @Test
    void refusesABadLanguageAStoryWithErrorsAndFilesItCannotRead() throws IOException {
        assertThat(Cli.run("", "translate", story(STORY).toString(), "--lang", "en").err())
                .isEqualTo("crossing translate: error: the story is written in 'en' already; give the language to translate it into\n");
        assertThat(Cli.run("", "translate", dir.toString(), "--lang", "Korean").exitCode()).isEqualTo(2);

        Files.createDirectories(dir.resolve("translations/ko"));
        Files.writeString(dir.resolve("translations/ko/story.translation"), "[title]\nko: 두 개의 문\n");
        Cli.Result result = Cli.run("", "translate", dir.toString(), "--lang", "ko");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("""
                translations/ko/story.translation:1:2: error: entry 'title' has no 'en:' line: the original it translates, which tells when the original changes (crossing translate writes it)
                  [title]
                   ^
                crossing translate: error: the translation files above do not parse; fix them first: nothing was written
                """);
        assertThat(translation()).isEqualTo("[title]\nko: 두 개의 문\n");

        story(STORY.replace("-> red", "-> rde"));
        Cli.Result broken = Cli.run("", "translate", dir.toString(), "--lang", "ko");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).endsWith("crossing translate: error: the story has errors; fix them first, then translate it\n");
    }

    @Test
    void playReadsTheStoryInAGivenLanguage() {
        Cli.Result result = Cli.run("1\n1\n1\n", "play", Cli.example("market-day"), "--lang", "ko", "--seed", "3", "--width", "60");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("장날\n").contains("""
                동트기 전, 장마당이 여자들로 가득 찬다. 송 씨에게는 팔
                재봉틀 한 대와 2천 원이 있다.
                """, """
                1. 자루 위에 재봉틀을 펼쳐 놓는다
                2. 쌀 장수에게 자리를 봐 달라고 부탁한다
                3. 재봉틀을 이웃에게 맡기고 집으로 간다
                """);
        Cli.Result unknown = Cli.run("", "play", Cli.example("market-day"), "--lang", "fr");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("crossing play: error: '" + Cli.example("market-day")
                + "' has no translation into 'fr'; it can be read in en, ko (crossing translate writes a translation)\n");
    }

    @Test
    void checkReportsTheExamplesKoreanComplete() {
        Cli.Result result = Cli.run("", "check", Cli.example("market-day"));
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).endsWith("""
                No errors.
                Translations:
                  ko    100%  44 of 44 texts
                """);
    }
}
