package org.crossing.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crossing.app.db.DatabaseConfig;
import org.crossing.app.db.DatabaseUnavailableException;
import org.crossing.app.player.CompilerStoryLoader;
import org.crossing.app.server.CrossingNode;
import org.crossing.app.server.NodeConfig;
import org.crossing.app.player.PublishedStory;
import org.crossing.app.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossing serve}: plays every story in a folder in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the stories in a folder to web browsers.",
                "With no database options it runs an embedded PostgreSQL whose files live in the data folder."})
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "STORIES_DIR", defaultValue = "${env:CROSSING_STORIES:-stories}",
            description = "A folder of story folders, or one story folder (default: ${DEFAULT-VALUE}).")
    Path stories;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:CROSSING_PORT:-8080}",
            description = "The HTTP port (default: ${DEFAULT-VALUE}; env CROSSING_PORT).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:CROSSING_HOST:-0.0.0.0}",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; env CROSSING_HOST).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CROSSING_DATA:-data}",
            description = "The data folder: token secret and embedded database (default: ./${DEFAULT-VALUE}; env CROSSING_DATA).")
    Path data;

    @Option(names = "--database-url", paramLabel = "JDBC_URL", defaultValue = "${env:CROSSING_DATABASE_URL}",
            description = "A PostgreSQL server, e.g. jdbc:postgresql://db:5432/crossing (env CROSSING_DATABASE_URL).")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", defaultValue = "${env:CROSSING_DATABASE_USER}",
            description = "The database user (env CROSSING_DATABASE_USER).")
    String databaseUser;

    @Option(names = "--database-password", paramLabel = "PASSWORD", defaultValue = "${env:CROSSING_DATABASE_PASSWORD}",
            description = "The database password (env CROSSING_DATABASE_PASSWORD, which keeps it out of the process list).")
    String databasePassword;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:CROSSING_PUBLIC_URL}",
            description = "The address players use, for share links behind a proxy, e.g. https://crossing.example.org (env CROSSING_PUBLIC_URL).")
    String publicUrl;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "${env:CROSSING_SITE:-site}",
            description = "The companion site: news, screenings, press (default: ${DEFAULT-VALUE}, when that folder exists; "
                    + "env CROSSING_SITE). It takes the front page; the list of stories moves to /s. See docs/site.md.")
    Path site;

    @Option(names = "--no-site", description = "Serve no companion site, even if the folder exists.")
    boolean noSite;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            System.err.println("crossing serve: --port must be between 0 and 65535");
            return ExitCodes.USAGE;
        }
        Path siteDir = noSite ? null : site;
        if (siteDir != null && !Files.isDirectory(siteDir)) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--site")) {
                System.err.println("crossing serve: no site folder " + siteDir + " (see docs/site.md, or leave out --site)");
                return ExitCodes.USAGE;
            }
            siteDir = null;
        }
        NodeConfig config = new NodeConfig(stories, new ServerConfig(host, port, data, publicUrl),
                new DatabaseConfig(blankToNull(databaseUrl), blankToNull(databaseUser), blankToNull(databasePassword)),
                System.getenv("CROSSING_TOKEN_SECRET"), Duration.ofSeconds(1), siteDir);
        System.err.println("crossing: starting" + (config.database().isEmbedded() ? " (embedded PostgreSQL in " + data.resolve("postgres") + ")" : "") + "...");
        CrossingNode node;
        try {
            node = CrossingNode.start(config, new CompilerStoryLoader(), Clock.systemUTC());
        } catch (CrossingNode.StoryErrorsException e) {
            System.err.println(e.getMessage());
            System.err.println("crossing serve: fix the errors above; stories with errors are not served.");
            return ExitCodes.STORY_ERRORS;
        } catch (DatabaseUnavailableException e) {
            System.err.println("crossing serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("crossing: stopping; writing the last statistics...");
            node.close();
            stopped.countDown();
        }, "crossing-shutdown"));
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        for (PublishedStory story : node.catalog().all()) {
            System.out.println("  " + story.story().title() + ": http://" + shown + ":" + node.port() + "/s/" + story.slug());
        }
        if (node.catalog().all().isEmpty()) System.err.println("crossing: warning: no stories in " + stories + " (a story is a folder of .story files)");
        if (siteDir != null) {
            System.out.println("  The companion site (" + siteDir + "): http://" + shown + ":" + node.port() + "/  (stories listed at /s)");
        }
        System.out.println("Crossing is ready. Point a browser at http://" + shown + ":" + node.port() + "/  (Ctrl-C stops it)");
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
