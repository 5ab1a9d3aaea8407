package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckSiteCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        CommandLine line = CrossingCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private void givenFile(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aCleanSiteExitsWithZeroAndCountsWhatItRead() throws Exception {
        givenFile("site.yaml", "title: The Crossing\n");
        givenFile("news/launch.md", "---\ntitle: Launch\ndate: 2026-01-10\ntags: [release]\n---\nText.\n");

        Run run = run("check-site", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(dir + ": 1 posts, 1 tags, 0 pages, 0 festivals (0 screenings), 0 press, 0 awards; "
                + "0 errors, 0 warnings\n"
                + "  links to stories not checked: no stories folder beside the site (give one with --stories)\n");
    }

    @Test
    void contentErrorsAreListedWithFileAndLineAndExitWithOne() throws Exception {
        givenFile("site.yaml", "title: The Crossing\n");
        givenFile("news/bad.md", "---\ntitle: Bad\ndate: 2026-13-01\ntags: [Release Notes]\n---\n");
        givenFile("news/good.md", "---\ntitle: Good\ndate: 2026-01-10\ntags: [release]\n---\n");

        Run run = run("check-site", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.STORY_ERRORS);
        assertThat(run.err()).isEqualTo(
                dir + "/news/bad.md:3: error: bad date '2026-13-01' in 'date': there is no such day\n"
                + dir + "/news/bad.md:4: error: bad tag 'Release Notes': a tag is lowercase letters, digits and hyphens, "
                + "e.g. 'release-notes'\n");
        assertThat(run.out()).contains("1 posts").contains("2 errors, 0 warnings");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        Run run = run("check-site", dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("crossing check-site: error: there is no site folder '" + dir.resolve("nowhere") + "'\n");
    }

    @Test
    void linksToStoriesAreCheckedAgainstTheStoriesServedWithTheSite() throws Exception {
        givenFile("site/site.yaml", "title: The Crossing\ninteractive:\n  url: /s/the-crossing\n  label: Begin\n");
        givenFile("site/news/launch.md", "---\ntitle: Launch\ndate: 2026-01-10\ntags: [release]\n---\nPlay [the ferry](/s/ferry/) or [the river](/s/river).\n");
        givenFile("stories/the-crossing/story.story", "title: T\n");
        givenFile("stories/ferry/story.story", "title: F\n");

        Run beside = run("check-site", dir.resolve("site").toString());
        Run elsewhere = run("check-site", dir.resolve("site").toString(), "--stories", dir.resolve("stories/ferry").toString());

        assertThat(beside.exitCode()).isEqualTo(ExitCodes.STORY_ERRORS);
        assertThat(beside.err()).isEqualTo(dir.resolve("site") + "/news/launch.md: error: links to the story 'river' (/s/river), "
                + "which is not in the stories folder beside it (its stories: ferry, the-crossing)\n");
        assertThat(beside.out()).endsWith("  links to stories checked against " + dir.resolve("stories") + "\n");
        assertThat(elsewhere.err()).contains(
                dir.resolve("site") + "/site.yaml: error: links to the story 'the-crossing' (/s/the-crossing), which is not in "
                        + dir.resolve("stories/ferry") + " (its stories: ferry)\n");
    }

    @Test
    void jsonCarriesTheDiagnosticsAndCounts() throws Exception {
        givenFile("site.yaml", "title: The Crossing\n");
        givenFile("news/bad.md", "---\ntitle: Bad\ndate: yesterday\ntags: [release]\n---\n");

        Run run = run("check-site", "--json", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.STORY_ERRORS);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("diagnostics").get(0).get("file").asText()).isEqualTo(dir + "/news/bad.md");
        assertThat(json.get("diagnostics").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(json.get("diagnostics").get(0).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void theSummarySaysHowMuchOfTheSiteIsTranslatedIntoEachOfItsLanguages() throws Exception {
        Files.writeString(dir.resolve("site.yaml"), "title: The Defector\n");
        Files.writeString(dir.resolve("site.ko.yaml"), "title: 디펙터\ntranslated_from: " + SITE_YAML_WORDS + "\n");
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/a.md"), "---\ntitle: A\ndate: 2013-02-15\ntags: [x]\n---\nText.\n");
        Files.writeString(dir.resolve("news/b.md"), "---\ntitle: B\ndate: 2013-02-16\ntags: [x]\n---\nText.\n");
        Files.writeString(dir.resolve("news/a.ko.md"), "---\ntitle: 가\ntranslated_from: " + POST_A_WORDS + "\n---\n본문.\n");

        Run run = run("check-site", dir.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(dir + ": 2 posts, 1 tags, 0 pages, 0 festivals (0 screenings), 0 press, 0 awards; 0 errors, 0 warnings\n"
                + "  in Korean (site.ko.yaml): 1 of 2 posts, 0 of 0 pages, 0 of 0 festivals translated\n");
    }

    /** The fingerprints of site.yaml's words ("The Defector") and of news/a.md's ("A", "Text."), as check-site prints them. */
    private static final String SITE_YAML_WORDS = "e848912e";
    private static final String POST_A_WORDS = "0b56edfa";

    @Test
    void aTranslationMadeBeforeItsOriginalChangedIsStaleAndTheSummaryCountsIt() throws Exception {
        Files.writeString(dir.resolve("site.yaml"), "title: The Defector\n");
        Files.writeString(dir.resolve("site.ko.yaml"), "title: 디펙터\ntranslated_from: " + SITE_YAML_WORDS + "\n");
        Files.createDirectories(dir.resolve("news"));
        // the original's text changed after the translation was made from "Text."
        Files.writeString(dir.resolve("news/a.md"), "---\ntitle: A\ndate: 2013-02-15\ntags: [x]\n---\nText, corrected.\n");
        Files.writeString(dir.resolve("news/a.ko.md"), "---\ntitle: 가\ntranslated_from: " + POST_A_WORDS + "\n---\n본문.\n");
        Files.writeString(dir.resolve("press.yaml"), "press:\n  - outlet: NK News\n    quote: A must-see.\n");

        Run run = run("check-site", dir.toString());

        String now = run.err().replaceAll("(?s).*, now ([0-9a-f]{8})\\).*", "$1");
        assertThat(now).matches("[0-9a-f]{8}").isNotEqualTo(POST_A_WORDS);
        assertThat(run.err()).isEqualTo(dir + "/news/a.ko.md:3: warning: stale: news/a.md has changed since this translation was made from it "
                + "(translated_from: " + POST_A_WORDS + ", now " + now + "); bring the Korean up to date, then set 'translated_from: " + now + "'\n");
        assertThat(run.out()).contains(dir + ": 1 posts, 1 tags, 0 pages, 0 festivals (0 screenings), 1 press, 0 awards; 0 errors, 1 warning\n"
                + "  in Korean (site.ko.yaml): 1 of 1 posts, 0 of 0 pages, 0 of 0 festivals translated, press and awards not; "
                + "1 stale (made from an earlier version of the original: see the warnings)\n");

        // brought up to date, and the press translated: check-site gives the fingerprint a new translation lacks
        Files.writeString(dir.resolve("news/a.ko.md"), "---\ntitle: 가\ntranslated_from: " + now + "\n---\n본문을 고쳤다.\n");
        Files.writeString(dir.resolve("press.ko.yaml"), "press:\n  - outlet: NK뉴스\n    quote: 꼭 볼 작품.\n");
        Run second = run("check-site", dir.toString());
        String pressWords = second.err().replaceAll("(?s).*add 'translated_from: ([0-9a-f]{8})'.*", "$1");
        assertThat(second.err()).isEqualTo(dir + "/press.ko.yaml:1: warning: no 'translated_from': add 'translated_from: " + pressWords
                + "' (the fingerprint of press.yaml's words now), so that check-site can tell when the original changes after this translation\n");

        Files.writeString(dir.resolve("press.ko.yaml"), "translated_from: " + pressWords + "\npress:\n  - outlet: NK뉴스\n    quote: 꼭 볼 작품.\n");
        Run third = run("check-site", dir.toString());
        assertThat(third.err()).isEmpty();
        assertThat(third.out()).contains("  in Korean (site.ko.yaml): 1 of 1 posts, 0 of 0 pages, 0 of 0 festivals translated, press and awards too\n");
    }
}
