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
        assertThat(result.err()).isEqualTo("crossing invite: error: there is no token secret in " + dir.resolve("nowhere")
                + "; give the server's data folder with --data, or set CROSSING_TOKEN_SECRET as the servers do\n");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void refusesAStoryThatIsNotThere() {
        Cli.Result result = Cli.run("", "invite", dir.resolve("no-such-story").toString(), "--data", dir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing invite: error: there is no story folder '" + dir.resolve("no-such-story")
                + "'; give the story's folder, such as stories/the-crossing\n");
    }

    private Path dataWithSecret() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("token-secret"), "0123456789abcdef0123456789abcdef0123456789abcdef");
        return data;
    }

    @Test
    void theLinksUseTheAddressTheServerRecordedInItsDataFolder() throws IOException {
        Path data = dataWithSecret();
        Files.writeString(AddressFile.in(data), "http://localhost:18850\n");

        Cli.Result result = Cli.run("", "invite", Cli.example("night-train"), "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("http://localhost:18850/s/night-train?invite=");
    }

    @Test
    void withoutAnyAddressItAsksForOneInsteadOfGuessingLocalhost() throws IOException {
        Cli.Result result = Cli.run("", "invite", Cli.example("night-train"), "--data", dataWithSecret().toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("crossing invite: error: no address to put in the links: no server has started "
                + "with the data folder " + dir.resolve("data") + "; give the address players use with --url");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anAddressThatIsNotAWebAddressIsRefusedNamingWhereItCameFrom() throws IOException {
        Path data = dataWithSecret();
        Cli.Result given = Cli.run("", "invite", Cli.example("night-train"), "--data", data.toString(), "--url", "notaurl");
        Cli.Result fromEnv = Cli.run(java.util.Map.of("CROSSING_PUBLIC_URL", "notaurl"), Path.of(""), "",
                "invite", Cli.example("night-train"), "--data", data.toString());

        assertThat(given.exitCode()).isEqualTo(2);
        assertThat(given.err()).startsWith("crossing invite: error: --url must be a web address such as "
                + "https://crossing.example.org or http://localhost:8080, not 'notaurl'\n");
        assertThat(fromEnv.err()).startsWith("crossing invite: error: CROSSING_PUBLIC_URL must be a web address");
        assertThat(given.out()).isEmpty();
    }

    @Test
    void aStoryWithoutALaunchTimeIsSaidToNeedNoInvite() throws IOException {
        Cli.Result result = Cli.run("", "invite", Cli.example("lighthouse"), "--data", dataWithSecret().toString(),
                "--url", "https://example.org");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("crossing invite: warning: the story has no 'launch' time, so anyone can play it at "
                + "https://example.org/s/lighthouse without an invite; these links work all the same\n");
        assertThat(result.out()).startsWith("https://example.org/s/lighthouse?invite=");
    }
}
