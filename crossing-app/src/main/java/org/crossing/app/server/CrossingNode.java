package org.crossing.app.server;

import org.crossing.app.player.StoryCatalog;
import org.crossing.app.player.StoryLoadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.crossing.app.db.Database;
import org.crossing.app.db.DatabaseUnavailableException;
import org.crossing.story.syntax.Diagnostic;
import org.crossing.app.site.SiteSource;
import org.crossing.app.site.StoryLinks;
import org.crossing.app.stats.OldPendingCounts;
import org.crossing.app.stats.PendingCountsFolder;
import org.crossing.app.stats.PostgresCounterStore;
import org.crossing.app.stats.Statistics;
import org.crossing.app.token.TokenSecret;
import org.crossing.app.token.TokenSigner;

/**
 * One running node: stories loaded, database open and migrated, statistics flushing, HTTP
 * listening. {@code crossing serve} runs one; tests start several against one database.
 */
public final class CrossingNode implements AutoCloseable {

    private final StoryCatalog catalog;
    private final Database database;
    private final Statistics statistics;
    private final CrossingServer server;
    private final StoryReloader reloader;
    private volatile org.crossing.app.studio.FolderWatcher watcher;

    private CrossingNode(StoryCatalog catalog, Database database, Statistics statistics, CrossingServer server, Path storiesDir) {
        this.catalog = catalog;
        this.database = database;
        this.statistics = statistics;
        this.server = server;
        this.reloader = new StoryReloader(storiesDir, catalog, statistics);
    }

    /** Compiles the stories again and serves those that compile, in place of their old versions ({@link StoryReloader}). */
    public StoryReloader.Result reloadStories() {
        return reloader.reload();
    }

    /**
     * Reloads the stories whenever a file under their folder changes, half a second after the
     * last change of a burst: {@code serve --watch}, for authors.
     */
    public void watchStories(Path storiesDir) throws IOException {
        watchStories(storiesDir, reloader::reload);
    }

    /**
     * Calls {@code reload} whenever a file under the folder changes, as {@link #watchStories(Path)}
     * does: for {@code serve --studio --watch}, whose reload is the node's and then the studio's
     * beside it, the same as on {@code kill -HUP}.
     */
    public void watchStories(Path storiesDir, Runnable reload) throws IOException {
        watcher = new org.crossing.app.studio.FolderWatcher(storiesDir, java.time.Duration.ofMillis(500), reload);
    }

    /** In the data folder: steps counted while the database was away, written when it is back (after a restart too). */
    public static final String PENDING_COUNTS = "pending-counts";

    /**
     * Starts a node. What an operator can get wrong is checked first, in the order of the time it
     * takes: the addresses to listen on, then the stories, then the site's links to them, and
     * only then the database is started.
     */
    public static CrossingNode start(NodeConfig config, Clock clock)
            throws IOException, StoryLoadException, DatabaseUnavailableException, StartupException {
        ServerConfig server = config.server();
        checkAddresses(config);
        StoryCatalog catalog = StoryCatalog.load(config.storiesDir());
        // The companion site: content errors are logged and the broken files skipped, never fatal;
        // a link to a story that is not served is, since every visitor would meet it.
        SiteSource site = config.siteDir() == null ? null : SiteSource.load(config.siteDir(), clock);
        if (site != null) {
            List<Diagnostic> unserved = StoryLinks.unserved(site.current(), catalog.slugs(), config.storiesDir().toString());
            if (!unserved.isEmpty()) {
                throw new StartupException("the site in " + config.siteDir() + " links to stories that are not served:\n"
                        + unserved.stream().map(d -> "  " + config.siteDir().resolve(d.position().file()) + ": " + d.message())
                        .collect(Collectors.joining("\n")));
            }
        }
        Path dataDir = config.server().dataDir();
        Files.createDirectories(dataDir);
        TokenSigner signer = new TokenSigner(TokenSecret.load(config.tokenSecret(), dataDir));
        Database database = Database.open(config.database(), dataDir);
        Statistics statistics = null;
        try {
            PostgresCounterStore store = new PostgresCounterStore(database.jdbi());
            OldPendingCounts.takeIn(dataDir, store::addOldCountsOnce);
            statistics = new Statistics(store, catalog.versions(), config.flushInterval(),
                    new PendingCountsFolder(dataDir.resolve(PENDING_COUNTS)), database::restartIfStopped, clock);
            statistics.flush(); // read the totals so far before the first player arrives
            CrossingServer http = CrossingServer.start(server, catalog, statistics, signer, site, clock);
            return new CrossingNode(catalog, database, statistics, http, config.storiesDir());
        } catch (RuntimeException | StartupException e) {
            if (statistics != null) statistics.close();
            database.close();
            throw e;
        }
    }

    /**
     * Whether the node can listen where it is told to (the HTTP address and port, and the
     * embedded database's port when one is set): the first thing {@link #start} checks, and what a
     * command can check before it says it is starting.
     */
    public static void checkAddresses(NodeConfig config) throws StartupException {
        ListenCheck.check(config.server().host(), config.server().port(), "--host", "--port");
        if (config.database().isEmbedded() && config.database().embeddedPort() != 0) {
            ListenCheck.check("localhost", config.database().embeddedPort(), "--host", "--db-port");
        }
    }

    public int port() {
        return server.port();
    }

    /** The node's database, for the studio's audience pages (read-only queries, never on a player's request). */
    public org.jdbi.v3.core.Jdbi jdbi() {
        return database.jdbi();
    }

    public StoryCatalog catalog() {
        return catalog;
    }

    public Statistics statistics() {
        return statistics;
    }

    public Database database() {
        return database;
    }

    /** Stops taking requests, writes the last counts, then closes the database. */
    @Override
    public void close() {
        if (watcher != null) watcher.close();
        database.stopRestarting();
        try {
            server.close();
        } finally {
            try {
                statistics.close();
            } finally {
                database.close();
            }
        }
    }
}
