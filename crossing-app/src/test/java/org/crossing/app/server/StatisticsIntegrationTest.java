package org.crossing.app.server;

import org.crossing.app.player.PublishedStory;
import org.crossing.app.testing.CapturedLog;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.crossing.app.db.DatabaseConfig;
import org.crossing.app.stats.CounterKey;
import org.crossing.story.model.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting with the real parts: the HTTP server, the statistics flusher and PostgreSQL. */
class StatisticsIntegrationTest {

    private static final int PLAYS = 25;

    @TempDir
    Path data;

    private CrossingNode start(DatabaseConfig database) throws Exception {
        return RunningNode.start(TestStories.folder(), data, database, Duration.ofMillis(100), null, Clock.systemUTC());
    }

    /** Every ending reached, by scene id, counted by the players themselves. */
    private static Map<String, Integer> play(Player player, int plays, Random random) throws Exception {
        Map<String, Integer> endings = new HashMap<>();
        for (int i = 0; i < plays; i++) {
            String html = player.playRandomJourney("ferry", random).html();
            for (String ending : new String[] {"Crossed the gulf to Tallinn", "Turned back by the storm", "Stayed behind in the harbour"}) {
                if (html.contains("<h1 id=\"scene-title\">" + ending)) endings.merge(ending, 1, Integer::sum);
            }
        }
        return endings;
    }

    private static long total(CrossingNode node, CounterKey.Kind kind) {
        PublishedStory ferry = node.catalog().get("ferry");
        long total = 0;
        for (Scene scene : ferry.story().scenes()) {
            if (kind == CounterKey.Kind.ENDING) total += node.statistics().total(CounterKey.ending("ferry", ferry.version(), scene.id()));
            if (kind == CounterKey.Kind.BEGIN) total += node.statistics().total(CounterKey.begin("ferry", ferry.version(), scene.id()));
        }
        return total;
    }

    private static long stored(CrossingNode node, String kind) {
        return node.database().jdbi().withHandle(h -> h.createQuery(
                "select coalesce(sum(count), 0) from play_count where story = 'ferry' and kind = :kind").bind("kind", kind).mapTo(Long.class).one());
    }

    @Test
    void afterNScriptedPlaysTheCountersAreExactlyNAndSurviveARestart() throws Exception {
        try (CrossingNode node = start(DatabaseConfig.embedded())) {
            Map<String, Integer> endings = play(new Player(node.port()), PLAYS, new Random(1));
            assertThat(endings.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(PLAYS);
            node.statistics().flush();
            assertThat(stored(node, "BEGIN")).isEqualTo(PLAYS);
            assertThat(stored(node, "ENDING")).isEqualTo(PLAYS);
            PublishedStory ferry = node.catalog().get("ferry");
            long harbour = 0;
            for (int choice = 0; choice < 3; choice++) harbour += node.statistics().total(CounterKey.choice("ferry", ferry.version(), "harbour", choice));
            assertThat(harbour).isEqualTo(PLAYS);
        }
        try (CrossingNode node = start(DatabaseConfig.embedded())) {
            assertThat(total(node, CounterKey.Kind.BEGIN)).isEqualTo(PLAYS);
            assertThat(total(node, CounterKey.Kind.ENDING)).isEqualTo(PLAYS);
            play(new Player(node.port()), 5, new Random(2));
        }
        try (CrossingNode node = start(DatabaseConfig.embedded())) {
            // The last counts were written at shutdown, not lost.
            assertThat(stored(node, "ENDING")).isEqualTo(PLAYS + 5);
        }
    }

    @Test
    void aDatabaseStoppedAndRestartedUnderPlayLosesNoCount() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path pgData = data.resolve("external-postgres");
        EmbeddedPostgres postgres = startPostgres(pgData, port);
        DatabaseConfig external = new DatabaseConfig("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
        try (CapturedLog log = new CapturedLog(); CrossingNode node = start(external)) {
            Player player = new Player(node.port());
            play(player, 10, new Random(3));
            postgres.close();
            // Players go on while the database is away, and see no error (every page of every journey is a 200).
            play(player, 10, new Random(4));
            assertThat(node.statistics().pending()).isPositive();
            assertThat(total(node, CounterKey.Kind.ENDING)).isEqualTo(20);
            postgres = startPostgres(pgData, port);
            play(player, 10, new Random(5));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (node.statistics().pending() > 0 && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(node.statistics().pending()).isZero();
            node.statistics().flush();
            assertThat(stored(node, "BEGIN")).isEqualTo(30);
            assertThat(stored(node, "ENDING")).isEqualTo(30);
            // Said once each: gone (in the words of whatever failed first) and back.
            assertThat(log.lines()).satisfiesExactly(
                    down -> assertThat(down).startsWith("[WARN] Statistics - statistics: cannot write to the database (")
                            .endsWith("); counting goes on, saved in " + data.resolve(CrossingNode.PENDING_COUNTS)
                                    + " every second, and is written when it is back"),
                    back -> assertThat(back).isEqualTo("[INFO] Statistics - statistics: the database is back; every pending step was written"));
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres startPostgres(Path dir, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
    }
}
