package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsAStoryThatPassesTheCheckAndPlays() throws IOException {
        Path folder = dir.resolve("river-walk");
        Cli.Result created = Cli.run("", "new", folder.toString());
        assertThat(created.exitCode()).isZero();
        assertThat(Files.readString(folder.resolve("story.story"))).contains("title: River Walk\n");
        assertThat(folder.resolve("media/dawn.svg")).exists();

        Cli.Result checked = Cli.run("", "check", folder.toString());
        assertThat(checked.err()).isEmpty();
        assertThat(checked.exitCode()).isZero();
        assertThat(checked.out()).contains("No errors.");

        Cli.Result played = Cli.run("1\n".repeat(20), "play", folder.toString(), "--seed", "2");
        assertThat(played.exitCode()).isZero();
        assertThat(played.out()).contains("THE END — ");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli.Result result = Cli.run("", "new", dir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing new: error: '" + dir + "' already exists and is not an empty folder; choose another name\n");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void titleComesFromTheFolderName() {
        assertThat(NewCommand.title(Path.of("night_train-two"))).isEqualTo("Night Train Two");
    }

    @Test
    void aNameServeWouldRefuseIsRefusedUpFrontWithASuggestion() {
        Cli.Result result = Cli.run("", "new", dir.resolve("my story 2").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing new: error: 'my story 2' cannot name a story: use lower-case letters, digits, "
                + "'-' or '_', starting with a letter or digit (the name appears in the story's web address), e.g. "
                + dir.resolve("my-story-2") + "\n");
        assertThat(dir.resolve("my story 2")).doesNotExist();
    }

    @Test
    void anEmptyNameAsksForOne() {
        Cli.Result result = Cli.run("", "new", "");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing new: error: give the new story's folder, e.g. crossing new my-story\n");
    }

    @Test
    void theHintsQuoteAFolderThatTheShellWouldSplit() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("my documents"));
        Cli.Result result = Cli.run("", "new", parent.resolve("river").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Check it:  crossing check '" + parent.resolve("river") + "'\n");
    }
}
