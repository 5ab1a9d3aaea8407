package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(result.out()).contains("THE END — safe: Through the red door", """
                Your path:
                1. hall: Pick up a key
                2. hall: Open the red door
                """, "(seed 1: replay with --seed 1)");
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
        assertThat(result.out()).contains("Type a number from 1 to 2.\n> Type a number from 1 to 2.\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void inputThatEndsEarlyExitsWithTwoAndSaysWhere() throws IOException {
        Cli.Result result = Cli.run("1\n", "play", story(STORY).toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing: the input ended before the journey did (in scene 'hall')\n");
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
        assertThat(result.err()).isEqualTo("error: story folder '" + dir.resolve("nowhere") + "' does not exist\n");
    }

    @Test
    void answeringOneToEverythingEndsEveryExample() {
        for (String example : new String[] {"night-train", "lighthouse", "market-day"}) {
            Cli.Result result = Cli.run("1\n".repeat(500), "play", Cli.example(example), "--seed", "5");
            assertThat(result.exitCode()).as(example + "\n" + result.err()).isZero();
            assertThat(result.out()).contains("THE END — ");
        }
    }
}
