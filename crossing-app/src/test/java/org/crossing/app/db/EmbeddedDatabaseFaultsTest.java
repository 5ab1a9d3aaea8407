package org.crossing.app.db;

import org.crossing.app.server.CrossingNode;
import org.crossing.app.testing.CapturedLog;
import org.crossing.app.testing.ChildNode;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL's lifecycle when things go wrong: a node killed, its database killed, a full disk. */
class EmbeddedDatabaseFaultsTest {

    @TempDir
    Path data;

    private CrossingNode start(Path dataDir) throws Exception {
        return start(dataDir, Duration.ofMillis(100));
    }

    private CrossingNode start(Path dataDir, Duration flushInterval) throws Exception {
        return RunningNode.start(TestStories.folder(), dataDir, DatabaseConfig.embedded(), flushInterval, null, Clock.systemUTC());
    }

    private static ProcessHandle postmaster(Path dataDir) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid).orElseThrow();
    }

    @Test
    void aNodeKilledWithSigkillRestartsOnTheSameDataFolderAndKeepsItsCounts() throws Exception {
        Path log = data.resolve("child.log");
        ProcessHandle orphan;
        try (ChildNode child = ChildNode.serve(TestStories.folder(), data.resolve("node"), log)) {
            new Player(child.port()).playRandomJourney("ferry", new Random(3));
            Thread.sleep(1500); // the counts of that journey reach the table (written every second)
            orphan = postmaster(data.resolve("node"));
            child.kill();
        }
        assertThat(orphan.isAlive()).as("the embedded PostgreSQL outlives its node").isTrue();

        Instant before = Instant.now();
        try (CapturedLog captured = new CapturedLog(); CrossingNode node = start(data.resolve("node"))) {
            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(45));
            assertThat(captured.text()).contains("stopping the embedded PostgreSQL (process " + orphan.pid()
                    + ") left running by a node that did not stop cleanly");
            assertThat(orphan.isAlive()).isFalse();
            long begins = node.database().jdbi().withHandle(h -> h.createQuery(
                    "select coalesce(sum(count), 0) from play_count where kind = 'BEGIN'").mapTo(Long.class).one());
            assertThat(begins).isEqualTo(1);
        }
    }

    @Test
    void aSecondNodeOnTheDataFolderOfALiveOneIsRefusedAtOnce() throws Exception {
        try (CrossingNode first = start(data)) {
            Instant before = Instant.now();
            assertThatThrownBy(() -> start(data)).isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage("cannot start the embedded PostgreSQL in " + data.resolve("postgres").toAbsolutePath()
                            + ": another crossing server is using this data folder (its database is locked); stop it, or use --data to choose another folder");
            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(new Player(first.port()).get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aNodeWhoseDatabaseWasKilledStopsQuicklyAndQuietly() throws Exception {
        // No flush between the kill and the stop: a flush would start the database again, as it should.
        CrossingNode node = start(data, Duration.ofMinutes(10));
        ProcessHandle postmaster = postmaster(data);
        postmaster.destroyForcibly();
        postmaster.onExit().get(10, TimeUnit.SECONDS);
        try (CapturedLog captured = new CapturedLog()) {
            Instant before = Instant.now();
            node.close();
            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(4));
            assertThat(captured.text()).contains("the embedded PostgreSQL had stopped already")
                    .doesNotContain("[ERROR]").doesNotContain("Could not stop postmaster").doesNotContain("\tat ");
        }
        // The folder's lock is released: the next node starts on it.
        try (CrossingNode again = start(data)) {
            assertThat(new Player(again.port()).get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    /** Needs a small file system of its own: runs where the tests may mount one (as root, in a container). */
    @Test
    void aFullDiskIsNamedAsTheCauseWithoutTheHintAboutAnotherServer() throws Exception {
        Path tiny = data.resolve("tiny");
        Files.createDirectories(tiny);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", tiny.toString()).start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a small tmpfs here");
        try {
            assertThatThrownBy(() -> start(tiny)).isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("No space left on device")
                    .hasMessageEndingWith("(free some space on that disk, or use --data to put the data folder on another one)")
                    .hasMessageNotContaining("another crossing server");
        } finally {
            new ProcessBuilder("umount", tiny.toString()).start().waitFor();
        }
    }
}
