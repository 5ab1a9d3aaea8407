package org.crossing.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crossing.app.db.DatabaseConfig;
import org.crossing.app.db.DatabaseUnavailableException;
import org.crossing.app.player.PublishedStory;
import org.crossing.app.player.StoryCatalog;
import org.crossing.app.player.StoryLoadException;
import org.crossing.app.server.CrossingNode;
import org.crossing.app.server.NodeConfig;
import org.crossing.app.server.ServerConfig;
import org.crossing.app.server.StartupException;
import org.crossing.app.server.StudioServer;
import org.crossing.app.site.SiteLoader;
import org.crossing.app.site.StoryLinks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossing serve}: plays every story in a folder in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the stories in a folder to web browsers.",
                "With no database options it runs an embedded PostgreSQL whose files live in the data folder."})
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "STORIES_DIR", defaultValue = "${env:CROSSING_STORIES:-stories}",
            description = "A folder of story folders, or one story folder (default: ${DEFAULT-VALUE}; env CROSSING_STORIES).")
    Path stories;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The HTTP port (default: 8080; env CROSSING_PORT).")
    String port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:CROSSING_HOST:-0.0.0.0}",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, every address; env CROSSING_HOST).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CROSSING_DATA:-data}",
            description = "The data folder: token secret and embedded database (default: ./${DEFAULT-VALUE}; env CROSSING_DATA).")
    Path data;

    @Option(names = "--db-port", paramLabel = "PORT",
            description = "The port of the embedded PostgreSQL, on localhost (default: any free port; env CROSSING_DB_PORT).")
    String dbPort;

    @Option(names = "--database-url", paramLabel = "JDBC_URL", defaultValue = "${env:CROSSING_DATABASE_URL}",
            description = "A PostgreSQL server instead of the embedded one, e.g. jdbc:postgresql://db:5432/crossing (env CROSSING_DATABASE_URL).")
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

    @Option(names = "--site", paramLabel = "DIR",
            description = "The companion site: news, screenings, press (default: ./site when that folder exists and links only to "
                    + "stories served; env CROSSING_SITE). It takes the front page; the list of stories moves to /s. See docs/site.md.")
    Path site;

    @Option(names = "--no-site", description = "Serve no companion site, even if the folder exists.")
    boolean noSite;

    @Option(names = "--studio", description = "Also serve the studio, read-only and behind a sign-in, on --studio-port: "
            + "each story's map, check and audience. Make users with 'crossing studio-user add NAME'. See docs/studio.md.")
    boolean studio;

    @Option(names = "--studio-port", paramLabel = "PORT", defaultValue = "${env:CROSSING_STUDIO_PORT:-8091}",
            description = "The studio's port with --studio (default: ${DEFAULT-VALUE}; env CROSSING_STUDIO_PORT).")
    int studioPort;

    @Option(names = "--begin-limit", paramLabel = "N", defaultValue = "${env:CROSSING_BEGIN_LIMIT:-60}",
            description = "Journeys one address may begin a minute; more get 429 (default: ${DEFAULT-VALUE}; 0: no limit; env CROSSING_BEGIN_LIMIT).")
    int beginLimit;

    @Option(names = "--trust-forwarded-for", defaultValue = "${env:CROSSING_TRUST_FORWARDED_FOR:-false}",
            description = "Take the client's address from the last X-Forwarded-For entry: only behind a load balancer that sets it "
                    + "(env CROSSING_TRUST_FORWARDED_FOR).")
    boolean trustForwardedFor;

    @Option(names = "--watch", description = "Reload a story, and the studio beside it, whenever one of its files changes (for authors): a story that compiles "
            + "replaces the one served, one with errors is left as it was. Operators reload with 'kill -HUP PID' instead.")
    boolean watch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int httpPort = Settings.port(spec, port, "--port", "CROSSING_PORT", 8080);
        int databasePort = Settings.port(spec, dbPort, "--db-port", "CROSSING_DB_PORT", 0);
        if (!Files.isDirectory(stories)) return noStoriesFolder();
        if (blankToNull(publicUrl) != null) Settings.webAddress(spec, publicUrl, "--public-url", "CROSSING_PUBLIC_URL");
        Path siteDir = siteToServe();
        DatabaseConfig database = new DatabaseConfig(blankToNull(databaseUrl), blankToNull(databaseUser),
                blankToNull(databasePassword), databasePort);
        if (beginLimit < 0) return Complaints.error(spec, ExitCodes.USAGE, "--begin-limit cannot be negative");
        NodeConfig config = new NodeConfig(stories, new ServerConfig(host, httpPort, data, publicUrl, beginLimit, trustForwardedFor), database,
                Surroundings.of(spec).environment().get("CROSSING_TOKEN_SECRET"), Duration.ofSeconds(1), siteDir);
        try {
            CrossingNode.checkAddresses(config);
        } catch (StartupException e) {
            return Complaints.error(spec, ExitCodes.USAGE, e.getMessage());
        }
        err.println("crossing serve: starting" + (database.isEmbedded() ? " (embedded PostgreSQL in " + data.resolve("postgres") + ")" : "") + "...");
        err.flush();
        CrossingNode node;
        try {
            node = CrossingNode.start(config, Clock.systemUTC());
        } catch (StoryLoadException e) {
            err.println(e.getMessage());
            return Complaints.error(spec, ExitCodes.STORY_ERRORS, "fix the errors above; stories with errors are not served");
        } catch (StartupException | DatabaseUnavailableException e) {
            return Complaints.error(spec, ExitCodes.USAGE, e.getMessage());
        }
        StudioServer studioServer = null;
        if (studio) {
            try {
                java.util.Map<String, Path> folders = new java.util.LinkedHashMap<>();
                for (PublishedStory story : node.catalog().all()) folders.put(story.slug(), story.mediaDir().getParent());
                boolean https = blankToNull(publicUrl) != null && publicUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
                studioServer = StudioServer.startBeside(folders, node.jdbi(), data, host, studioPort,
                        new org.crossing.app.studio.StudioGate.Behind(https, trustForwardedFor), Clock.systemUTC());
            } catch (java.io.IOException | RuntimeException e) {
                node.close();
                return Complaints.error(spec, ExitCodes.USAGE, "the studio cannot start: " + e.getMessage());
            }
        }
        StudioServer beside = studioServer;
        // the stories again, then the studio beside them, so it shows the version now served and its audience
        Runnable reload = () -> {
            node.reloadStories();
            if (beside != null) beside.reloadStories();
        };
        reloadOnHangUp(reload);
        if (watch) {
            try {
                node.watchStories(stories, reload);
            } catch (java.io.IOException e) {
                Complaints.warning(spec, "cannot watch " + stories + " for changes (" + e.getMessage() + "); reload with 'kill -HUP " + ProcessHandle.current().pid() + "'");
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("crossing serve: stopping; writing the last statistics...");
            err.flush();
            if (beside != null) beside.close();
            node.close();
            stopped.countDown();
        }, "crossing-shutdown"));
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        String address = blankToNull(publicUrl) != null ? config.server().publicUrl() : "http://" + shown + ":" + node.port();
        recordAddress(address);
        for (PublishedStory story : node.catalog().all()) {
            out.println("  " + story.story().title() + ": " + address + "/s/" + story.slug());
        }
        if (node.catalog().all().isEmpty()) Complaints.warning(spec, "no stories in " + stories + " (a story is a folder of .story files)");
        if (siteDir != null) out.println("  The companion site (" + siteDir + "): " + address + "/  (stories listed at /s)");
        if (studioServer != null) out.println("  The studio (sign in): http://" + shown + ":" + studioServer.port() + "/studio/");
        if (watch) out.println("  Watching " + stories + ": a story is reloaded when its files change" + (beside != null ? ", in the studio too." : "."));
        out.println("Crossing is ready. Point a browser at " + address + "/  (Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * {@code kill -HUP PID} (systemd's reload) loads the stories again, as the usual signal for a
     * daemon to reread its files. Where the JVM offers no such signal, the node runs without it.
     */
    @SuppressWarnings("sunapi")
    private static void reloadOnHangUp(Runnable reload) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> Thread.ofVirtual().start(reload));
        } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
            // Not on this platform: --watch or a restart does the same.
        }
    }

    private int noStoriesFolder() {
        boolean given = spec.commandLine().getParseResult().hasMatchedPositional(0);
        String where = given ? "" : " (the default" + (Surroundings.of(spec).environment().get("CROSSING_STORIES") != null ? ", from CROSSING_STORIES" : "")
                + ", in " + Path.of("").toAbsolutePath() + ")";
        return Complaints.error(spec, ExitCodes.USAGE, "there is no stories folder '" + stories + "'" + where
                + "; give the folder of story folders to serve, e.g. crossing serve examples, or one story, e.g. crossing serve examples/night-train");
    }

    /**
     * The site to serve: the one given (--site or CROSSING_SITE), else ./site when it exists and
     * links only to stories served here. A default site that belongs with other stories (the
     * repository's site/ beside 'serve examples') is left out, and the operator told why.
     */
    private Path siteToServe() throws IOException {
        if (noSite) return null;
        String fromEnv = blankToNull(Surroundings.of(spec).environment().get("CROSSING_SITE"));
        Path chosen = site != null ? site : fromEnv != null ? Path.of(fromEnv) : null;
        if (chosen != null) {
            if (Files.isDirectory(chosen)) return chosen;
            throw new CommandLine.ParameterException(spec.commandLine(), "there is no site folder '" + chosen + "' (from "
                    + Settings.source(spec, "--site", "CROSSING_SITE") + "; see docs/site.md)");
        }
        Path byDefault = Surroundings.of(spec).workingDirectory().resolve("site");
        if (!Files.isDirectory(byDefault)) return null;
        Set<String> served = StoryCatalog.slugsIn(stories);
        var unserved = StoryLinks.unserved(SiteLoader.load(byDefault), served, stories.toString());
        if (unserved.isEmpty()) return byDefault;
        Complaints.warning(spec, "not serving the companion site in ./site: it belongs with other stories ("
                + unserved.getFirst().message() + "); the front page lists the stories instead (--no-site leaves out this note)");
        return null;
    }

    private void recordAddress(String address) {
        try {
            Files.writeString(AddressFile.in(data), address + "\n");
        } catch (IOException e) {
            Complaints.warning(spec, "cannot write " + AddressFile.in(data) + " (" + e.getMessage()
                    + "); 'crossing invite' will need --url");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
