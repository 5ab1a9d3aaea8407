package org.crossing.app.testing;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.crossing.app.db.DatabaseConfig;
import org.crossing.app.server.CrossingNode;
import org.crossing.app.server.NodeConfig;
import org.crossing.app.server.ServerConfig;
import org.crossing.app.token.Invites;
import org.crossing.app.token.PlayToken;
import org.crossing.app.token.PlayTokens;
import org.crossing.app.token.TokenSecret;
import org.crossing.app.token.TokenSigner;
import org.crossing.story.play.State;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real node for a test class, on a free port with a data folder and a database of its own (on
 * the run's {@link SharedPostgres}): started before the class's tests, stopped and its folder
 * removed after them. Register it as a static field with {@code @RegisterExtension}.
 */
public final class RunningNode implements BeforeAllCallback, AfterAllCallback {

    /** Makes the stories folder to serve, given the node's data folder to put it in. */
    @FunctionalInterface
    public interface Stories {
        Path in(Path dataDir) throws IOException;
    }

    private final Stories stories;
    private Path siteDir;
    private Clock clock = Clock.systemUTC();
    private Duration flushInterval = Duration.ofMillis(200);

    private Path dataDir;
    private CrossingNode node;
    private Player player;

    private RunningNode(Stories stories) {
        this.stories = stories;
    }

    /** A node serving the stories in {@code folder}. */
    public static RunningNode serving(Path folder) {
        return new RunningNode(dataDir -> folder);
    }

    /** A node serving the stories folder that {@code stories} makes when the node starts. */
    public static RunningNode serving(Stories stories) {
        return new RunningNode(stories);
    }

    /** Also serves the companion site in {@code folder}. */
    public RunningNode withSite(Path folder) {
        this.siteDir = folder;
        return this;
    }

    public RunningNode withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** How often the statistics are written to the database (200 ms unless said). */
    public RunningNode flushingEvery(Duration interval) {
        this.flushInterval = interval;
        return this;
    }

    /** Starts a node on a free port of 127.0.0.1, with the secret kept in {@code dataDir}. */
    public static CrossingNode start(Path stories, Path dataDir, DatabaseConfig database, Duration flushInterval, Path siteDir,
                                     Clock clock) throws Exception {
        return CrossingNode.start(new NodeConfig(stories, new ServerConfig("127.0.0.1", 0, dataDir, null), database, null,
                flushInterval, siteDir), clock);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("crossing-node-");
        node = start(stories.in(dataDir), dataDir, SharedPostgres.newDatabase(), flushInterval, siteDir, clock);
        player = new Player(node.port());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (node != null) node.close();
        } finally {
            node = null;
            player = null;
            Folders.delete(dataDir);
        }
    }

    public CrossingNode node() {
        return node;
    }

    public int port() {
        return node.port();
    }

    /** The node's address, without a slash at the end. */
    public String base() {
        return "http://localhost:" + node.port();
    }

    /** The node's data folder: its token secret, its database's files. */
    public Path dataDir() {
        return dataDir;
    }

    /** A scripted player of this node. */
    public Player player() {
        return player;
    }

    /** Signs as the node does, with the secret in its data folder. */
    public TokenSigner signer() throws IOException {
        return new TokenSigner(TokenSecret.load(null, dataDir));
    }

    /** The address of the page of a journey of {@code slug} begun now and placed in {@code state}, as the node's begin would sign it. */
    public String journeyAt(String slug, State state) throws IOException {
        String token = new PlayTokens(signer()).encode(slug, PlayToken.begin(state, Instant.now()));
        return base() + "/s/" + slug + "/play?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** An invitation to play {@code slug} before its launch, as {@code crossing invite} makes it. */
    public String invite(String slug) throws IOException {
        return new Invites(signer()).create(slug);
    }
}
