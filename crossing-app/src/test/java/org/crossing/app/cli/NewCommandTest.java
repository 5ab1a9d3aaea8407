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
        assertThat(result.err()).isEqualTo("crossing: '" + dir + "' already exists and is not an empty folder; choose another name\n");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void titleComesFromTheFolderName() {
        assertThat(NewCommand.title(Path.of("night_train-two"))).isEqualTo("Night Train Two");
    }
}
