package org.crossing.app.server;

import org.crossing.app.player.PublishedStory;
import org.crossing.app.testing.CapturedLog;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crossing.app.db.DatabaseConfig;
import org.crossing.app.stats.JourneyStep;
import org.crossing.app.stats.PendingCountsFolder;
import org.crossing.app.stats.PostgresCounterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts that cannot be stuffed or lost: the real server, the statistics flusher and the embedded PostgreSQL. */
class CountingIntegrationTest {

    @TempDir
    Path data;

    private CrossingNode start(int beginsPerMinute) throws Exception {
        return CrossingNode.start(new NodeConfig(TestStories.folder(), new ServerConfig("127.0.0.1", 0, data, null, beginsPerMinute, false),
                DatabaseConfig.embedded(), null, Duration.ofMillis(100)), Clock.systemUTC());
    }

    private static long stored(CrossingNode node, String table, String kind, String scene) {
        return node.database().jdbi().withHandle(h -> h.createQuery(
                "select coalesce(sum(count), 0) from " + table + " where story = 'ferry' and kind = :kind and (:scene = '' or scene = :scene)")
                .bind("kind", kind).bind("scene", scene).mapTo(Long.class).one());
    }

    @Test
    void aTokenSentAHundredTimesCountsOnceAndAnotherChoiceAtTheSameStepNotAtAll() throws Exception {
        try (CrossingNode node = start(0)) {
            Player player = new Player(node.port());
            String token = player.begin("ferry").token();
            for (int i = 0; i < 100; i++) {
                assertThat(player.choose("ferry", token, "0").status()).isEqualTo(200);
                if (i % 10 == 0) node.statistics().flush(); // some replays meet the step in memory, the others in the database
            }
            // Back, and the other choice: allowed, shown, not counted (the first choice at a step is the one counted).
            assertThat(player.choose("ferry", token, "2").status()).isEqualTo(200);
            node.statistics().flush();
            assertThat(stored(node, "play_count", "CHOICE", "harbour")).isEqualTo(1);
            assertThat(stored(node, "play_count", "CHOICE", "")).isEqualTo(1);
            assertThat(stored(node, "play_day", "CHOICE", "harbour")).isEqualTo(1);
            assertThat(stored(node, "play_day", "SCENE", "booth")).isEqualTo(1);
            assertThat(stored(node, "play_day", "SCENE", "quay")).isZero();
            assertThat(stored(node, "play_count", "BEGIN", "")).isEqualTo(1);
            assertThat(node.statistics().snapshot().duplicates()).isPositive();
            HttpResponse<String> metrics = player.get("/metrics");
            assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(metrics.body()).contains("\ncrossing_steps_total{kind=\"begin\"} 1\n", "\ncrossing_steps_total{kind=\"decision\"} ",
                    "\ncrossing_database_up 1\n", "\ncrossing_pending_steps{where=\"disk\"} 0\n");
        }
    }

    @Test
    void aBatchWrittenTwiceCountsOnce() throws Exception {
        try (CrossingNode node = start(0)) {
            PublishedStory ferry = node.catalog().get("ferry");
            List<JourneyStep> batch = journey(ferry.version(), 41);
            PostgresCounterStore store = new PostgresCounterStore(node.database().jdbi());
            assertThat(store.write(batch)).isEqualTo(3);
            assertThat(store.write(batch)).isZero();
            assertThat(store.write(batch.subList(1, 3))).isZero();
            assertThat(stored(node, "play_count", "BEGIN", "harbour")).isEqualTo(1);
            assertThat(stored(node, "play_count", "CHOICE", "harbour")).isEqualTo(1);
            assertThat(stored(node, "play_count", "ENDING", "stayed")).isEqualTo(1);
            assertThat(stored(node, "play_day", "TIMEOUT", "quay")).isEqualTo(1);
        }
    }

    @Test
    void aJourneyWrittenInTwoBatchesIsCreatedCountedByTheFirstAndCountedOnByTheSecond() throws Exception {
        try (CrossingNode node = start(0)) {
            PublishedStory ferry = node.catalog().get("ferry");
            List<JourneyStep> early = journey(ferry.version(), 42);
            List<JourneyStep> fresh = journey(ferry.version(), 43);
            PostgresCounterStore store = new PostgresCounterStore(node.database().jdbi());
            assertThat(store.write(early.subList(0, 2))).isEqualTo(2);
            // journey 42's ending and its choice again, beside journey 43 from its beginning
            List<JourneyStep> later = new ArrayList<>(fresh);
            later.add(early.get(2));
            later.add(early.get(1));
            assertThat(store.write(later)).isEqualTo(4);
            assertThat(store.write(later)).isZero();
            assertThat(stored(node, "play_count", "BEGIN", "harbour")).isEqualTo(2);
            assertThat(stored(node, "play_count", "CHOICE", "harbour")).isEqualTo(2);
            assertThat(stored(node, "play_count", "ENDING", "stayed")).isEqualTo(2);
            assertThat(stored(node, "play_day", "TIMEOUT", "quay")).isEqualTo(2);
            for (long id : new long[] {42, 43}) {
                String row = node.database().jdbi().withHandle(h -> h.createQuery("select last_step || ' ' || ending from journey where id = :id")
                        .bind("id", new java.util.UUID(99, id)).mapTo(String.class).one());
                assertThat(row).isEqualTo("3 stayed");
            }
        }
    }

    @Test
    void journeysOlderThanTheRetentionAreForgottenAndThoseThatStoppedCountedWhereTheyStopped() throws Exception {
        try (CrossingNode node = start(0)) {
            String version = node.catalog().get("ferry").version();
            int threeDaysAgo = (int) (Instant.now().minus(Duration.ofDays(3)).getEpochSecond() / 60);
            long at = threeDaysAgo * 60L + 60;
            PostgresCounterStore store = new PostgresCounterStore(node.database().jdbi());
            store.write(List.of(
                    new JourneyStep(5, 1, "ferry", version, threeDaysAgo, 0, at, JourneyStep.Kind.BEGIN, "harbour", 0, 0, "harbour", 1, false),
                    new JourneyStep(5, 1, "ferry", version, threeDaysAgo, 1, at, JourneyStep.Kind.CHOICE, "harbour", 0, 1, "booth", 1, false),
                    new JourneyStep(5, 2, "ferry", version, threeDaysAgo, 0, at, JourneyStep.Kind.BEGIN, "harbour", 0, 0, "harbour", 1, false)));
            store.write(journey(version, 3)); // begun now, ended
            // The node's own hourly round may forget them first, at start: either way, once.
            store.expire(Instant.now().minus(Duration.ofHours(48)));
            assertThat(stored(node, "play_day", "STOP", "booth")).isEqualTo(1);
            assertThat(stored(node, "play_day", "STOP", "harbour")).isEqualTo(1);
            long kept = node.database().jdbi().withHandle(h -> h.createQuery("select count(*) from journey").mapTo(Long.class).one());
            assertThat(kept).isEqualTo(1);
            assertThat(store.expire(Instant.now().minus(Duration.ofHours(48)))).isZero();
            assertThat(stored(node, "play_day", "STOP", "")).isEqualTo(2);
        }
    }

    /** A journey of three steps: begun, ticket bought at the harbour, the countdown on the quay run out. */
    private static List<JourneyStep> journey(String version, long id) {
        int begun = (int) (Instant.now().getEpochSecond() / 60);
        long at = Instant.now().getEpochSecond();
        return List.of(
                new JourneyStep(99, id, "ferry", version, begun, 0, at, JourneyStep.Kind.BEGIN, "harbour", 0, 0, "harbour", 1, false),
                new JourneyStep(99, id, "ferry", version, begun, 1, at, JourneyStep.Kind.CHOICE, "harbour", 0, 1, "booth", 1, false),
                new JourneyStep(99, id, "ferry", version, begun, 3, at, JourneyStep.Kind.TIMEOUT, "quay", 1, 7, "stayed", 2, true));
    }

    @Test
    void stepsLeftInTheDataFolderAreCountedOnceAfterARestartEvenIfTheDatabaseHadThem() throws Exception {
        String version;
        try (CrossingNode node = start(0)) {
            version = node.catalog().get("ferry").version();
            // A node wrote these steps, and died before it removed their file.
            new PostgresCounterStore(node.database().jdbi()).write(journey(version, 1));
        }
        PendingCountsFolder folder = new PendingCountsFolder(data.resolve(CrossingNode.PENDING_COUNTS));
        folder.save(journey(version, 1));
        folder.save(journey(version, 2));
        try (CapturedLog log = new CapturedLog(); CrossingNode node = start(0)) {
            assertThat(log.lines()).containsExactly("[INFO] Statistics - statistics: 6 steps saved in " + folder.folder()
                    + " while the database was away are pending");
            assertThat(node.statistics().flush()).isTrue();
            assertThat(folder.files()).isEmpty();
            assertThat(stored(node, "play_count", "BEGIN", "harbour")).isEqualTo(2);
            assertThat(stored(node, "play_count", "ENDING", "stayed")).isEqualTo(2);
        }
    }

    /** A {@code pending-counts.tsv} as a version before journey ids left it at a shutdown with its database away. */
    private void givenOldPendingCounts(String version, String... lines) throws Exception {
        StringBuilder text = new StringBuilder("crossing pending counts 1\n");
        for (String line : lines) text.append(line.replace("VERSION", version)).append('\n');
        Files.writeString(data.resolve("pending-counts.tsv"), text);
    }

    @Test
    void anOldFormatPendingCountsFileIsAddedOnceEvenWhenARestartMeetsItAgain() throws Exception {
        String version;
        try (CrossingNode node = start(0)) {
            version = node.catalog().get("ferry").version();
        }
        givenOldPendingCounts(version, "ferry\tVERSION\tBEGIN\tharbour\t0\t3", "ferry\tVERSION\tCHOICE\tharbour\t0\t2",
                "ferry\tVERSION\tENDING\tstayed\t0\t1");
        try (CapturedLog log = new CapturedLog(); CrossingNode node = start(0)) {
            assertThat(stored(node, "play_count", "BEGIN", "harbour")).isEqualTo(3);
            assertThat(stored(node, "play_count", "CHOICE", "harbour")).isEqualTo(2);
            assertThat(stored(node, "play_count", "ENDING", "stayed")).isEqualTo(1);
            assertThat(stored(node, "play_day", "BEGIN", "")).isZero(); // the old counts have no day
            assertThat(node.statistics().total(org.crossing.app.stats.CounterKey.begin("ferry", version, "harbour"))).isEqualTo(3);
            assertThat(data.resolve("pending-counts.tsv")).doesNotExist();
            assertThat(data.resolve("pending-counts.tsv.added")).exists();
            assertThat(log.text()).contains("statistics: 6 counts saved in " + data.resolve("pending-counts.tsv")
                    + " by an earlier version of Crossing were added to the totals (BEGIN 3, CHOICE 2, ENDING 1); it was renamed "
                    + data.resolve("pending-counts.tsv.added") + " and may be deleted");
        }
        // The node died after adding the file and before renaming it (or someone put it back): it is not added twice.
        Files.copy(data.resolve("pending-counts.tsv.added"), data.resolve("pending-counts.tsv"));
        try (CapturedLog log = new CapturedLog(); CrossingNode node = start(0)) {
            assertThat(stored(node, "play_count", "BEGIN", "harbour")).isEqualTo(3);
            assertThat(stored(node, "play_count", "ENDING", "stayed")).isEqualTo(1);
            assertThat(data.resolve("pending-counts.tsv")).doesNotExist();
            assertThat(data.resolve("pending-counts.tsv.added.2")).exists();
            assertThat(log.text()).contains("statistics: the 6 counts in " + data.resolve("pending-counts.tsv") + " were added on ")
                    .contains(" already and were not added again; it was renamed " + data.resolve("pending-counts.tsv.added.2"));
        }
    }

    @Test
    void anOldFormatPendingCountsFileThatCannotBeReadWholeAddsNothingAndIsKeptAsideWithAWarning() throws Exception {
        String version;
        try (CrossingNode node = start(0)) {
            version = node.catalog().get("ferry").version();
        }
        givenOldPendingCounts(version, "ferry\tVERSION\tBEGIN\tharbour\t0\t3", "ferry\tVERSION\tCHOICE\tharbour\t0");
        try (CapturedLog log = new CapturedLog(); CrossingNode node = start(0)) {
            assertThat(stored(node, "play_count", "BEGIN", "")).isZero();
            assertThat(data.resolve("pending-counts.tsv")).doesNotExist();
            assertThat(data.resolve("pending-counts.tsv.unread")).hasContent("crossing pending counts 1\nferry\t" + version
                    + "\tBEGIN\tharbour\t0\t3\nferry\t" + version + "\tCHOICE\tharbour\t0\n");
            assertThat(log.text()).contains("WARN", "statistics: " + data.resolve("pending-counts.tsv")
                    + ", left by an earlier version of Crossing, cannot be read correctly, so none of its counts were added:\n"
                    + "  line 3: 6 fields separated by tabs expected, found 5\n"
                    + "  It was renamed " + data.resolve("pending-counts.tsv.unread") + ". Correct those lines and rename it back to "
                    + "pending-counts.tsv to add its counts at the next start, or delete it to drop them.");
        }
    }

    @Test
    void aFloodOfBeginsFromOneAddressGets429AndJourneysUnderWayGoOn() throws Exception {
        try (CrossingNode node = start(5)) {
            Player player = new Player(node.port());
            String token = null;
            for (int i = 0; i < 5; i++) {
                Player.Page page = player.begin("ferry");
                assertThat(page.status()).isEqualTo(200);
                token = page.token();
            }
            HttpResponse<String> refused = player.post("/s/ferry/begin");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("12");
            assertThat(refused.body()).contains("Too many new journeys");
            for (int i = 0; i < 20; i++) assertThat(player.choose("ferry", token, "2").status()).isEqualTo(200);
            node.statistics().flush();
            assertThat(stored(node, "play_count", "BEGIN", "")).isEqualTo(5);
        }
    }

    @Test
    void anEmbeddedDatabaseKilledUnderPlayIsStartedAgainAndEveryCountReachesTheTable() throws Exception {
        try (CapturedLog log = new CapturedLog(); CrossingNode node = start(0)) {
            Player player = new Player(node.port());
            Random random = new Random(7);
            for (int i = 0; i < 5; i++) player.playRandomJourney("ferry", random);
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            boolean sawDegraded = false;
            for (int i = 0; i < 5; i++) {
                player.playRandomJourney("ferry", random); // every page a 200, or the player throws
                HttpResponse<String> health = player.get("/healthz");
                assertThat(health.statusCode()).isEqualTo(200);
                if (health.body().startsWith("ok; counting degraded: the database has been unreachable")) sawDegraded = true;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!sawDegraded && System.nanoTime() < deadline) {
                sawDegraded = player.get("/healthz/counting").statusCode() == 503;
                Thread.sleep(10);
            }
            assertThat(sawDegraded).as("counting said it was degraded").isTrue();
            while ((node.statistics().pending() > 0 || !node.statistics().snapshot().databaseUp()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(node.statistics().pending()).isZero();
            assertThat(player.get("/healthz/counting").statusCode()).isEqualTo(200);
            assertThat(player.get("/metrics").body()).contains("\ncrossing_database_up 1\n");
            assertThat(stored(node, "play_count", "BEGIN", "")).isEqualTo(10);
            assertThat(stored(node, "play_count", "ENDING", "")).isEqualTo(10);
            // Said once each: gone (in the words of whatever failed first), started again, back.
            assertThat(log.lines()).satisfiesExactly(
                    down -> assertThat(down).startsWith("[WARN] Statistics - statistics: cannot write to the database (")
                            .endsWith("); counting goes on, saved in " + data.resolve(CrossingNode.PENDING_COUNTS)
                                    + " every second, and is written when it is back"),
                    restarted -> assertThat(restarted).isEqualTo("[WARN] Database - the embedded PostgreSQL in " + data.resolve("postgres")
                            + " had stopped; it was started again"),
                    back -> assertThat(back).isEqualTo("[INFO] Statistics - statistics: the database is back; every pending step was written"));
        }
    }
}
