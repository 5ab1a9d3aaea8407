package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayCommandTest {

    @TempDir
    Path dir;

    private Path story(String text) throws IOException {
        Files.writeString(dir.resolve("story.story"), text);
        return dir;
    }

    private static final String STORY = """
            title: Two Doors
            language: en
            start: hall
            var keys = 0 between 0 and 2
            == hall ==
            A hall with {keys} keys.
            * [keys > 0] Open the red door -> red else "It is locked"
            + Pick up a key -> hall ~ keys += 1
            * Open the blue door -> blue
            == red ==
            Red.
            ending safe: Through the *red* door
            == blue ==
            Blue.
            continue: Step through
            chance 50% -> red
            otherwise -> lost
            == lost ==
            Lost.
            ending in-hiding: Lost behind the blue door
            """;

    @Test
    void scriptedChoicesReachAnEndingWithARecap() throws IOException {
        Cli.Result result = Cli.run("1\n1\n", "play", story(STORY).toString(), "--seed", "1", "--width", "60");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("""
                A hall with 0 keys.

                -  Open the red door — It is locked
                1. Pick up a key
                2. Open the blue door
                > \nA hall with 1 keys.
                """.replace("\\n", "\n"));
        assertThat(result.out()).contains("THE END — Safe: Through the red door", """
                Your path:
                   1. Pick up a key
                   2. Open the red door
                """, "(seed 1: replay with --seed 1)");
    }

    private static final String FLOOD = """
            title: Flood
            language: en
            start: attic
            var hours = 6
            ending kind evacuated: good, Evacuated in time
            ending kind stayed-behind: neutral
            == attic == #night #danger
            You wait in the attic. It is {hours} o'clock.
            + Keep waiting -> {hours >= 8: boat | attic} ~ hours += 1 #patient
            * [hours > 20] Swim -> roof else "The water is too cold" #risky
            timed 6s -> roof
            == boat ==
            A boat comes.
            ending evacuated: Taken off the roof at {hours}
            == roof ==
            The water reaches the roof.
            ending stayed-behind: Waited on the roof
            """;

    @Test
    void tagsStandUnderTheSceneAndBesideTheirChoices() throws IOException {
        Cli.Result result = Cli.run("q\n", "play", story(FLOOD).toString(), "--seed", "1", "--width", "60");
        assertThat(result.out()).contains("""

                #night #danger
                You wait in the attic. It is 6 o'clock.

                1. Keep waiting  #patient
                -  Swim — The water is too cold  #risky
                2. Let the time run out
                (timed: 6 seconds, waiting)
                > \n""".replace("\\n", "\n"));
    }

    @Test
    void aConditionalTargetLeadsWhereItsConditionSaysAndTheEndingReadsAsItsKindIsLabelled() throws IOException {
        Cli.Result result = Cli.run("1\n1\n", "play", story(FLOOD).toString(), "--seed", "1", "--width", "60");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("""
                You wait in the attic. It is 7 o'clock.
                """, """
                A boat comes.

                THE END — Evacuated in time: Taken off the roof at 8

                Your path:
                   1. Keep waiting
                   2. Keep waiting
                """);
    }

    @Test
    void withoutACountdownLettingTheTimeRunOutIsANumberedChoice() throws IOException {
        Cli.Result result = Cli.run("2\n", "play", story(FLOOD).toString(), "--seed", "1", "--width", "60");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("""
                The water reaches the roof.

                THE END — Stayed behind: Waited on the roof

                Your path:
                   1. (time ran out)
                """);
    }

    @Test
    void aCountdownIsTheOnlyWayOnWhenItsSceneHidesEveryChoice() throws IOException {
        Cli.Result result = Cli.run("\n", "play", story("""
                title: Cell
                language: en
                start: cell
                var key = false
                == cell ==
                A locked cell.
                * [key] Open the door -> out
                timed 5s -> caught
                == out ==
                Out.
                ending safe: Out
                == caught ==
                Caught.
                ending captured: Caught in the cell
                """).toString(), "--seed", "1");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("""
                A locked cell.

                1. Let the time run out
                (timed: 5 seconds, waiting)
                > \n""".replace("\\n", "\n"), "THE END — Captured: Caught in the cell");
    }

    @Test
    void aCountdownThatTakesAnOfferedChoiceAddsNoChoiceOfItsOwn() throws IOException {
        Cli.Result result = Cli.run("q\n", "play", story("""
                title: Door
                language: en
                start: hall
                == hall ==
                A hall.
                * Wait -> late
                * Run -> out
                timed 5s -> late
                == late ==
                Late.
                ending captured: Too late
                == out ==
                Out.
                ending safe: Out
                """).toString(), "--seed", "1");
        assertThat(result.out()).contains("""
                1. Wait (taken when time runs out)
                2. Run
                (timed: 5 seconds, waiting)
                > \n""".replace("\\n", "\n")).doesNotContain("Let the time run out");
    }

    @Test
    void jsonHasTagsWhereEachChoiceLedAndTheEndingsLabelAndTone() throws Exception {
        Cli.Result result = Cli.run("1\n1\n", "play", story(FLOOD).toString(), "--seed", "1", "--json");
        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        JsonNode first = json.get("scenes").get(0);
        assertThat(first.get("tags").toString()).isEqualTo("[\"night\",\"danger\"]");
        assertThat(first.get("choices").toString()).isEqualTo("["
                + "{\"number\":1,\"label\":\"Keep waiting\",\"enabled\":true,\"timedDefault\":false,\"tags\":[\"patient\"]},"
                + "{\"label\":\"Swim\",\"enabled\":false,\"disabledReason\":\"The water is too cold\",\"timedDefault\":false,\"tags\":[\"risky\"]},"
                + "{\"number\":2,\"label\":\"Let the time run out\",\"enabled\":true,\"timedDefault\":false,\"letTimeRunOut\":true}]");
        assertThat(first.get("taken").toString()).isEqualTo("{\"kind\":\"choice\",\"number\":1,\"label\":\"Keep waiting\",\"to\":\"attic\"}");
        assertThat(json.get("scenes").get(1).get("taken").toString())
                .isEqualTo("{\"kind\":\"choice\",\"number\":1,\"label\":\"Keep waiting\",\"to\":\"boat\"}");
        assertThat(json.get("ending").toString()).isEqualTo(
                "{\"scene\":\"boat\",\"kind\":\"evacuated\",\"label\":\"Evacuated in time\",\"tone\":\"good\",\"summary\":\"Taken off the roof at 8\"}");
    }

    @Test
    void theTerminalSaysWhatAChaptersPictureAndSoundsWouldShow() throws IOException {
        story("""
                title: Night
                language: en
                start: river
                chapter 1: The Yalu, February
                image town.svg: The frozen river at night
                ambient bed.ogg captions bed.vtt: Wind over the ice
                == river ==
                The ice cracks.
                sound crack.ogg captions crack.vtt: Ice cracking underfoot
                -> bank
                == bank ==
                The far bank.
                ending safe: Across
                """);
        Path media = Files.createDirectories(dir.resolve("media"));
        Files.writeString(media.resolve("town.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 9\"/>");
        for (String sound : new String[] {"bed", "crack"}) {
            Files.write(media.resolve(sound + ".ogg"), new byte[] {'O', 'g', 'g', 'S', 0, 2});
            Files.writeString(media.resolve(sound + ".vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\n[Sound]\n");
        }
        Cli.Result result = Cli.run("\n", "play", dir.toString(), "--seed", "1", "--width", "60");
        assertThat(result.out()).contains("""
                — Chapter 1: The Yalu, February —
                [Picture: The frozen river at night]

                [Sound: Wind over the ice]
                [Sound as the scene opens: Ice cracking underfoot]
                The ice cracks.
                """);
    }

    /** One line for each sound heard, as the web player plays them: a scene's own loop replaces the bed, which is said again when it comes back. */
    @Test
    void eachSoundHeardIsSaidOnceAsItBegins() throws IOException {
        story("""
                title: Night
                language: en
                start: room
                chapter 1: The Yalu, February
                ambient bed.ogg captions bed.vtt: Wind over the ice
                == room ==
                ambient stove.ogg captions stove.vtt: A stove ticking
                The room is warm.
                -> door
                == door ==
                You open the door.
                -> bank
                == bank ==
                The far bank.
                ending safe: Across
                """);
        Path media = Files.createDirectories(dir.resolve("media"));
        for (String sound : new String[] {"bed", "stove"}) {
            Files.write(media.resolve(sound + ".ogg"), new byte[] {'O', 'g', 'g', 'S', 0, 2});
            Files.writeString(media.resolve(sound + ".vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\n[Sound]\n");
        }
        String out = Cli.run("\n\n", "play", dir.toString(), "--seed", "1", "--width", "60").out();
        assertThat(out).contains("""
                — Chapter 1: The Yalu, February —

                [Sound: A stove ticking]
                The room is warm.
                """);
        assertThat(out).contains("""

                [Sound: Wind over the ice]
                You open the door.
                """);
        assertThat(out.split("\\[Sound", -1)).hasSize(3);
    }


    @Test
    void sameSeedAndChoicesReplayTheSameJourney() throws IOException {
        Path folder = story(STORY);
        String first = Cli.run("2\n1\n", "play", folder.toString(), "--seed", "77").out();
        String second = Cli.run("2\n1\n", "play", folder.toString(), "--seed", "77").out();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void invalidAnswersAreAskedAgain() throws IOException {
        Cli.Result result = Cli.run("x\n9\n1\n1\n", "play", story(STORY).toString(), "--seed", "1");
        assertThat(result.out()).contains("Type a number from 1 to 2, or q to leave.\n> Type a number from 1 to 2, or q to leave.\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void inputThatEndsEarlyExitsWithTwoAndSaysWhere() throws IOException {
        Cli.Result result = Cli.run("1\n", "play", story(STORY).toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing play: error: the input ended before the journey did (in scene 'hall')\n");
    }

    @Test
    void storyWithErrorsExitsWithOneAndPrintsDiagnostics() throws IOException {
        Cli.Result result = Cli.run("", "play", story(STORY.replace("-> red else", "-> rd else")).toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("""
                story.story:7:35: error: unknown scene 'rd' (did you mean 'red'?)
                  * [keys > 0] Open the red door -> rd else "It is locked"
                                                    ^
                1 error
                """);
    }

    @Test
    void missingFolderExitsWithTwo() {
        Cli.Result result = Cli.run("", "play", dir.resolve("nowhere").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing play: error: story folder '" + dir.resolve("nowhere") + "' does not exist\n");
    }

    @Test
    void answeringOneToEverythingEndsEveryExample() {
        for (String example : new String[] {"night-train", "lighthouse", "market-day"}) {
            Cli.Result result = Cli.run("1\n".repeat(500), "play", Cli.example(example), "--seed", "5");
            assertThat(result.exitCode()).as(example + "\n" + result.err()).isZero();
            assertThat(result.out()).contains("THE END — ");
        }
    }

    private static final String CITED = """
            title: Two Sources
            language: en
            start: road

            source hyesan_report
              title: Hyesan report
              publisher: A
              year: 2020

            source yanji_report
              title: Yanji report
              publisher: B
              year: 2021

            == road ==
            fact hyesan_report: Hyesan lies on the Yalu.
            * Stay -> home
            * Cross -> yanji
            == home ==
            Home.
            ending in-hiding: Stayed
            == yanji ==
            fact yanji_report: Yanji is in China.
            ending safe: Crossed
            """;

    @Test
    void enterAloneTakesALoneChoice() throws IOException {
        Cli.Result result = Cli.run("\n", "play", story("""
                title: One Way
                language: en
                start: a
                == a ==
                A.
                * Go on -> b
                == b ==
                B.
                ending safe: Arrived
                """).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("1. Go on\n> \nB.").doesNotContain("Type a number");
    }

    @Test
    void qLeavesTheStoryWithItsSeed() throws IOException {
        Cli.Result result = Cli.run("q\n", "play", story(STORY).toString(), "--seed", "4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).endsWith("> \nYou left the story. (seed 4: replay with --seed 4)\n");
    }

    @Test
    void theRecapNamesChoicesAndChanceNotSceneIds() throws IOException {
        Cli.Result result = Cli.run("2\n\n", "play", story(STORY).toString(), "--seed", "1");

        assertThat(result.out()).contains("""
                Your path:
                   1. Open the blue door
                      Step through (chance chose the way on)
                """).doesNotContain("hall:", "blue:");
    }

    @Test
    void theEndingListsOnlyTheSourcesThisJourneyShowed() throws IOException {
        Cli.Result stayed = Cli.run("1\n", "play", story(CITED).toString());
        Cli.Result crossed = Cli.run("2\n", "play", story(CITED).toString());

        assertThat(stayed.out()).contains("Sources of the facts on this journey:\n- Hyesan report, A, 2020\n")
                .doesNotContain("Yanji report");
        assertThat(crossed.out()).contains("Sources of the facts on this journey:\n- Hyesan report, A, 2020\n- Yanji report, B, 2021\n");
    }

    @Test
    void jsonIsATranscriptOfTheJourney() throws Exception {
        Cli.Result result = Cli.run("2\n\n", "play", story(STORY).toString(), "--seed", "1", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("title").asText()).isEqualTo("Two Doors");
        assertThat(json.get("seed").asLong()).isEqualTo(1);
        JsonNode hall = json.get("scenes").get(0);
        assertThat(hall.get("scene").asText()).isEqualTo("hall");
        assertThat(hall.get("text").get(0).asText()).isEqualTo("A hall with 0 keys.");
        assertThat(hall.get("choices").get(0).get("enabled").asBoolean()).isFalse();
        assertThat(hall.get("choices").get(0).get("disabledReason").asText()).isEqualTo("It is locked");
        assertThat(hall.get("taken").toString()).isEqualTo("{\"kind\":\"choice\",\"number\":2,\"label\":\"Open the blue door\",\"to\":\"blue\"}");
        assertThat(json.get("scenes").get(1).get("taken").get("kind").asText()).isEqualTo("chance");
        assertThat(json.get("ending").get("kind").asText()).isIn("safe", "in-hiding");
        assertThat(json.has("stopped")).isFalse();
    }

    @Test
    void jsonSaysWhyAJourneyStopped() throws Exception {
        Cli.Result result = Cli.run("1\n", "play", story(STORY).toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("stopped").asText()).isEqualTo("input-ended");
        assertThat(json.has("ending")).isFalse();
    }

    @Test
    void recordSavesTheJourneyAsTheJsonTranscriptWhilePlayingInText() throws Exception {
        Path story = story(STORY);
        Path file = dir.resolve("playtests/first.json");
        Cli.Result result = Cli.run("2\n\n", "play", story.toString(), "--seed", "1", "--record", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("A hall with 0 keys.").contains("(journey saved to " + file + ")");
        String json = Cli.run("2\n\n", "play", story.toString(), "--seed", "1", "--json").out();
        assertThat(Files.readString(file)).isEqualTo(json);
    }

    @Test
    void recordSavesAJourneyLeftWithQ() throws Exception {
        Path file = dir.resolve("left.json");
        Cli.Result result = Cli.run("q\n", "play", story(STORY).toString(), "--seed", "3", "--record", file.toString());

        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("stopped").asText()).isEqualTo("quit");
        assertThat(json.get("scenes").get(0).get("scene").asText()).isEqualTo("hall");
    }

    @Test
    void recordIntoAFileThatCannotBeWrittenSaysSo() throws Exception {
        Files.writeString(dir.resolve("taken"), "a file, not a folder");
        Path file = dir.resolve("taken/journey.json");
        Cli.Result result = Cli.run("q\n", "play", story(STORY).toString(), "--record", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("cannot save the journey to " + file);
    }

    @Test
    void inKoreanTheTerminalsOwnWordsAreKoreanToo() {
        Cli.Result result = Cli.run("x\n3\n", "play", Cli.example("market-day"), "--lang", "ko", "--seed", "1", "--width", "60");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("(선택지 번호를 입력하고 Enter를 누르세요. q를 입력하면\n이야기를 떠납니다.)", "— 1장: 동트기 전 —",
                "사실: ", "1부터 3까지의 번호를 입력하거나, q를 입력해 떠나세요.", "끝 — 되돌아감: 2천 원을 들고 장마당에서 집으로 돌아갔다",
                "지나온 길:\n  혜산 장마당에서:\n   1. 재봉틀을 이웃에게 맡기고 집으로 간다", "이 여정에 나온 사실의 출처:",
                "(시드 1: --seed 1로 같은 여정을 다시 할 수 있습니다)");
        assertThat(result.out()).doesNotContain("Chapter", "Fact:", "THE END", "Your path", "seed 1:");
    }

    @Test
    void theTerminalsWordsHaveEveryKeyInEveryLanguage() {
        assertThat(PlayCommand.words("ko").keys()).containsExactlyInAnyOrderElementsOf(PlayCommand.words("en").keys());
        assertThat(PlayCommand.words("ko-KR").t("type-number", 3)).isEqualTo("1부터 3까지의 번호를 입력하거나, q를 입력해 떠나세요.");
        assertThat(PlayCommand.words("fr").t("left", 7)).isEqualTo("You left the story. (seed 7: replay with --seed 7)");
    }
}
