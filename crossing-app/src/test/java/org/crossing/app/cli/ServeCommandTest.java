package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code crossing serve} says when it cannot start: each mistake found before the database
 * starts, in one line that names what is wrong.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    private Cli.Result serve(Map<String, String> environment, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--data";
        all[2] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(environment, dir, "", all);
    }

    @Test
    void aBusyPortIsReportedBeforeAnythingStarts() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            Cli.Result result = serve(Map.of(), Cli.example(""), "--host", "127.0.0.1", "--port", String.valueOf(port));

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("crossing serve: error: port " + port + " is in use by another program; "
                    + "choose another with --port, e.g. --port " + (port + 1) + "\n");
            assertThat(dir.resolve("data")).doesNotExist();
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsNotCalledABusyPort() {
        Cli.Result result = serve(Map.of(), Cli.example(""), "--host", "10.99.99.99", "--port", "18852");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing serve: error: cannot listen on 10.99.99.99: it is not an address of this machine "
                + "(--host takes one of its addresses, such as 127.0.0.1, or 0.0.0.0 for all)\n");
    }

    @Test
    void anUnknownHostNameIsSaidToBeOne() {
        Cli.Result result = serve(Map.of(), Cli.example(""), "--host", "bogus.invalid", "--port", "18852");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing serve: error: cannot listen on 'bogus.invalid': no such host name "
                + "(--host takes an address of this machine, such as 127.0.0.1 or 0.0.0.0 for all)\n");
    }

    @Test
    void aBusyDatabasePortNamesDbPort() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            Cli.Result result = serve(Map.of(), Cli.example(""), "--port", "0", "--db-port", String.valueOf(port));

            assertThat(result.err()).isEqualTo("crossing serve: error: port " + port + " is in use by another program; "
                    + "choose another with --db-port, e.g. --db-port " + (port + 1) + "\n");
        }
    }

    @Test
    void aMissingStoriesFolderSaysWhatToPassBeforeStarting() {
        Cli.Result result = serve(Map.of(), dir.resolve("nowhere").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("crossing serve: error: there is no stories folder '" + dir.resolve("nowhere")
                + "'; give the folder of story folders to serve, e.g. crossing serve examples, or one story, "
                + "e.g. crossing serve examples/night-train\n");
    }

    @Test
    void aWrongPortInTheEnvironmentNamesTheVariable() {
        Cli.Result result = serve(Map.of("CROSSING_PORT", "abc"), Cli.example(""));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("crossing serve: error: CROSSING_PORT must be a port number from 0 to 65535, not 'abc'\n");
    }

    @Test
    void aWrongPortOptionNamesTheOption() {
        Cli.Result result = serve(Map.of("CROSSING_PORT", "8080"), Cli.example(""), "--port", "70000");

        assertThat(result.err()).startsWith("crossing serve: error: --port must be a port number from 0 to 65535, not '70000'\n");
    }

    @Test
    void aSiteBesideThatLinksToOtherStoriesIsNotPickedUpSilently() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/site.yaml"), "title: The Crossing\ninteractive:\n  url: /s/the-crossing\n  label: Begin\n");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            // The busy port stops the command right after it has chosen the site: no database is started.
            Cli.Result result = serve(Map.of(), Cli.example(""), "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(result.err()).startsWith("crossing serve: warning: not serving the companion site in ./site: it belongs "
                    + "with other stories (links to the story 'the-crossing' (/s/the-crossing), which is not in " + Cli.example("")
                    + " (its stories: lighthouse, market-day, night-train)); the front page lists the stories instead "
                    + "(--no-site leaves out this note)\n");
        }
    }

    @Test
    void aSiteGivenThatDoesNotExistIsAUsageError() {
        Cli.Result result = serve(Map.of("CROSSING_SITE", dir.resolve("nosite").toString()), Cli.example(""));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("crossing serve: error: there is no site folder '" + dir.resolve("nosite")
                + "' (from CROSSING_SITE; see docs/site.md)\n");
    }
}
