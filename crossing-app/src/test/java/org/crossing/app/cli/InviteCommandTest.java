package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InviteCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsSignedLinksWithTheServersSecret() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("token-secret"), "0123456789abcdef0123456789abcdef0123456789abcdef");
        Cli.Result result = Cli.run("", "invite", Cli.example("night-train"), "--count", "2", "--data", data.toString(), "--url", "https://example.org/");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(2).allMatch(line -> line.startsWith("https://example.org/s/night-train?invite="));
    }

    @Test
    void refusesToMakeUpASecretNoServerHas() {
        Cli.Result result = Cli.run("", "invite", Cli.example("night-train"), "--data", dir.resolve("nowhere").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing invite: there is no token secret in " + dir.resolve("nowhere")
                + "; give the server's data folder with --data, or set CROSSING_TOKEN_SECRET as the servers do\n");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void refusesAStoryThatIsNotThere() {
        Cli.Result result = Cli.run("", "invite", dir.resolve("no-such-story").toString(), "--data", dir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing invite: there is no story folder '" + dir.resolve("no-such-story")
                + "'; give the story's folder, such as stories/the-crossing\n");
    }
}
