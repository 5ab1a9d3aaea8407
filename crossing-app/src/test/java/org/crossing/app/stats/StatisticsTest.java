package org.crossing.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.crossing.app.testing.CapturedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsTest {

    /** A store that counts each step once, as PostgreSQL does, and can be switched off like a database that goes away. */
    static final class MemoryStore implements CounterStore {
        final Map<UUID, JourneyRecord> journeys = new HashMap<>();
        final Map<CounterKey, Long> rows = new HashMap<>();
        final Map<DayKey, Long> days = new HashMap<>();
        volatile boolean down;
        int writes;

        @Override
        public synchronized int write(List<JourneyStep> steps) {
            if (down) throw new IllegalStateException("connection refused");
            writes++;
            Tally tally = new Tally();
            int counted = 0;
            for (JourneyStep step : steps) {
                if (journeys.computeIfAbsent(step.journey(), id -> JourneyRecord.fresh()).count(step, tally)) counted++;
            }
            tally.totals.forEach((k, v) -> rows.merge(k, v, Long::sum));
            tally.days.forEach((k, v) -> days.merge(k, v, Long::sum));
            return counted;
        }

        @Override
        public synchronized Map<CounterKey, Long> load(Collection<String> versions) {
            if (down) throw new IllegalStateException("connection refused");
            return new HashMap<>(rows);
        }

        @Override
        public int expire(Instant before) {
            return 0;
        }
    }

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final int BEGUN = (int) (NOW.getEpochSecond() / 60) - 5;
    private static final CounterKey HARBOUR_0 = CounterKey.choice("ferry", "v1", "harbour", 0);
    private static final CounterKey HARBOUR_1 = CounterKey.choice("ferry", "v1", "harbour", 1);

    static JourneyStep choice(long journey, int step, int item) {
        return new JourneyStep(7, journey, "ferry", "v1", BEGUN, step, NOW.getEpochSecond(), JourneyStep.Kind.CHOICE, "harbour", item,
                3, "deck", -1, false);
    }

    private static Statistics stats(MemoryStore store, Path folder) {
        return new Statistics(store, List.of("v1"), Duration.ZERO, folder == null ? null : new PendingCountsFolder(folder), () -> {}, CLOCK);
    }

    /** What the node logs when its store goes away with {@code folder} to save steps in, and when it is back. */
    private static List<String> downAndBack(Path folder) {
        return List.of(down(folder), "[INFO] Statistics - statistics: the database is back; every pending step was written");
    }

    private static String down(Path folder) {
        return "[WARN] Statistics - statistics: cannot write to the database (connection refused); counting goes on, saved in " + folder
                + " every second, and is written when it is back";
    }

    /** {@code steps}: "2 steps", "1 step"; {@code are}: "are", "is". */
    private static String pendingAtStart(String steps, String are, Path folder) {
        return "[INFO] Statistics - statistics: " + steps + " saved in " + folder + " while the database was away " + are + " pending";
    }

    @Test
    void aStepSentAHundredTimesIsCountedOnceInMemoryAndInTheStore() {
        MemoryStore store = new MemoryStore();
        Statistics stats = stats(store, null);
        for (int i = 0; i < 100; i++) stats.count(choice(1, 4, 0));
        assertThat(stats.pending()).isEqualTo(1);
        assertThat(stats.total(HARBOUR_0)).isEqualTo(1);
        assertThat(stats.snapshot().duplicates()).isEqualTo(99);
        assertThat(stats.flush()).isTrue();
        for (int i = 0; i < 100; i++) {
            stats.count(choice(1, 4, 0));
            assertThat(stats.flush()).isTrue();
        }
        assertThat(store.rows).isEqualTo(Map.of(HARBOUR_0, 1L));
        assertThat(stats.total(HARBOUR_0)).isEqualTo(1);
    }

    @Test
    void anotherChoiceAtTheSameStepIsNotCountedTheFirstIs() {
        MemoryStore store = new MemoryStore();
        Statistics stats = stats(store, null);
        stats.count(choice(1, 4, 0));
        stats.flush();
        stats.count(choice(1, 4, 1)); // Back, and the other choice
        stats.count(choice(2, 4, 1)); // another journey's
        stats.flush();
        assertThat(store.rows).isEqualTo(Map.of(HARBOUR_0, 1L, HARBOUR_1, 1L));
    }

    /** A choice in the harbour by a journey that had decided there before (it looped back). */
    static JourneyStep again(long journey, int step, int item) {
        return new JourneyStep(7, journey, "ferry", "v1", BEGUN, step, NOW.getEpochSecond(), JourneyStep.Kind.CHOICE, "harbour", item,
                3, "deck", -1, false, false, true);
    }

    @Test
    void aJourneyLoopingThroughAScenePutsOnlyItsFirstDecisionThereInTheShareShownToPlayers(@TempDir Path data) throws Exception {
        MemoryStore store = new MemoryStore();
        Statistics stats = stats(store, data.resolve("pending-counts"));
        stats.count(choice(1, 1, 0));
        for (int step = 3; step < 13; step += 2) stats.count(again(1, step, 1)); // the same player, round and round
        stats.count(choice(2, 1, 1));
        assertThat(stats.total(HARBOUR_0)).isEqualTo(1);
        assertThat(stats.total(HARBOUR_1)).isEqualTo(1);
        // Saved while the store is away, and written when it is back: still once.
        try (CapturedLog log = new CapturedLog()) {
            store.down = true;
            assertThat(stats.flush()).isFalse();
            store.down = false;
            assertThat(stats.flush()).isTrue();
            assertThat(log.lines()).isEqualTo(downAndBack(data.resolve("pending-counts")));
        }
        assertThat(store.rows).isEqualTo(Map.of(HARBOUR_0, 1L, HARBOUR_1, 1L));
        assertThat(stats.total(HARBOUR_1)).isEqualTo(1);
        // The studio's analytics still see every choice taken, by day.
        assertThat(store.days.entrySet().stream().filter(e -> e.getKey().kind().equals("CHOICE") && e.getKey().item() == 1)
                .mapToLong(Map.Entry::getValue).sum()).isEqualTo(6);
    }

    @Test
    void aFileOfPendingStepsWrittenBeforeTheSceneFlagIsStillRead(@TempDir Path data) throws Exception {
        PendingCountsFolder folder = new PendingCountsFolder(data);
        Path file = folder.save(List.of(choice(1, 1, 0), again(1, 3, 1)));
        assertThat(PendingCountsFolder.load(file).steps()).containsExactly(choice(1, 1, 0), again(1, 3, 1));
        // the older lines had 15 fields: no scene decided before
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0), lines.get(1).substring(0, lines.get(1).lastIndexOf('\t'))));
        assertThat(PendingCountsFolder.load(file).steps()).containsExactly(choice(1, 1, 0));
    }

    @Test
    void whileTheStoreIsDownStepsAreSavedEverySecondAndWrittenOnceWhenItIsBack(@TempDir Path data) throws Exception {
        MemoryStore store = new MemoryStore();
        Path folder = data.resolve("pending-counts");
        Statistics stats = stats(store, folder);
        stats.count(choice(1, 1, 0));
        try (CapturedLog log = new CapturedLog()) {
            store.down = true;
            assertThat(stats.flush()).isFalse();
            assertThat(Files.list(folder).count()).isEqualTo(1);
            stats.count(choice(2, 1, 1));
            stats.count(choice(2, 1, 1));
            assertThat(stats.flush()).isFalse();
            assertThat(stats.pending()).isEqualTo(2);
            assertThat(stats.snapshot().pendingSaved()).isEqualTo(2);
            assertThat(stats.snapshot().databaseUp()).isFalse();
            assertThat(stats.total(HARBOUR_0)).isEqualTo(1);
            store.down = false;
            assertThat(stats.flush()).isTrue();
            // said once when it went away, however many rounds fail, and once when it is back
            assertThat(log.lines()).isEqualTo(downAndBack(folder));
        }
        assertThat(store.rows).isEqualTo(Map.of(HARBOUR_0, 1L, HARBOUR_1, 1L));
        assertThat(Files.list(folder).count()).isZero();
        assertThat(stats.pending()).isZero();
        assertThat(stats.total(HARBOUR_0)).isEqualTo(1);
    }

    @Test
    void stepsSavedAtShutdownAreWrittenAfterTheNextStartOnceEvenIfTheStoreHadThemAlready(@TempDir Path data) throws Exception {
        MemoryStore store = new MemoryStore();
        Path folder = data.resolve("pending-counts");
        Statistics first = stats(store, folder);
        first.count(choice(1, 1, 0));
        first.count(choice(2, 1, 1));
        try (CapturedLog log = new CapturedLog()) {
            store.down = true;
            first.flush();
            first.close();
            assertThat(log.lines()).containsExactly(down(folder));
        }
        assertThat(store.rows).isEmpty();
        // As if a node had written the file and died before removing it: the store has the steps already.
        List<JourneyStep> saved = new ArrayList<>();
        for (Path file : new PendingCountsFolder(folder).files()) saved.addAll(PendingCountsFolder.load(file).steps());
        assertThat(saved).containsExactlyInAnyOrder(choice(1, 1, 0), choice(2, 1, 1));
        store.down = false;
        store.write(saved);

        Statistics second;
        try (CapturedLog log = new CapturedLog()) {
            second = stats(store, folder);
            assertThat(log.lines()).containsExactly(pendingAtStart("2 steps", "are", folder));
        }
        assertThat(second.pending()).isEqualTo(2);
        assertThat(second.flush()).isTrue();
        second.close();
        assertThat(store.rows).isEqualTo(Map.of(HARBOUR_0, 1L, HARBOUR_1, 1L));
        assertThat(new PendingCountsFolder(folder).files()).isEmpty();
    }

    @Test
    void aFileOfSomethingElseIsMovedAsideAndNotCounted(@TempDir Path data) throws Exception {
        Path folder = data.resolve("pending-counts");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("0000000000001.tsv"), "crossing pending counts 1\nferry\tv1\tCHOICE\tharbour\t0\t5\n");
        MemoryStore store = new MemoryStore();
        Statistics stats;
        try (CapturedLog log = new CapturedLog()) {
            stats = stats(store, folder);
            assertThat(log.lines()).containsExactly(
                    "[WARN] Statistics - statistics: skipped saved steps: " + folder.resolve("0000000000001.tsv")
                            + ": not a file of pending steps (its first line should be \"crossing pending steps 2\")",
                    "[WARN] Statistics - statistics: " + folder.resolve("0000000000001.tsv") + " was moved to "
                            + folder.resolve("0000000000001.tsv.unread"));
        }
        assertThat(stats.pending()).isZero();
        assertThat(folder.resolve("0000000000001.tsv.unread")).hasContent("crossing pending counts 1\nferry\tv1\tCHOICE\tharbour\t0\t5");
        assertThat(stats.flush()).isTrue();
        assertThat(store.rows).isEmpty();
    }

    @Test
    void aStepTakenMoreThanADayAfterItsJourneyBeganIsNotCounted() {
        MemoryStore store = new MemoryStore();
        Statistics stats = stats(store, null);
        long late = (BEGUN * 60L) + Statistics.COUNT_WINDOW.toSeconds() + 1;
        stats.count(new JourneyStep(7, 1, "ferry", "v1", BEGUN, 2, late, JourneyStep.Kind.CHOICE, "harbour", 0, 3, "deck", -1, false));
        assertThat(stats.pending()).isZero();
        assertThat(stats.snapshot().late()).isEqualTo(1);
    }

    @Test
    void savedStepsOfAJourneyAlreadyForgottenAreDroppedNotCountedAgain(@TempDir Path data) throws Exception {
        Path folder = data.resolve("pending-counts");
        int longAgo = BEGUN - (int) Statistics.RETENTION.toMinutes();
        new PendingCountsFolder(folder).save(List.of(
                new JourneyStep(7, 1, "ferry", "v1", longAgo, 1, longAgo * 60L + 60, JourneyStep.Kind.CHOICE, "harbour", 0, 3, "deck", -1, false)));
        MemoryStore store = new MemoryStore();
        Statistics stats;
        try (CapturedLog log = new CapturedLog()) {
            stats = stats(store, folder);
            assertThat(log.lines()).containsExactly(pendingAtStart("1 step", "is", folder));
        }
        assertThat(stats.flush()).isTrue();
        assertThat(store.rows).isEmpty();
        assertThat(stats.snapshot().stale()).isEqualTo(1);
        assertThat(stats.total(HARBOUR_0)).isZero();
    }

    @Test
    void aJourneyIsCountedAtEveryDayKindItTouches() {
        MemoryStore store = new MemoryStore();
        Statistics stats = stats(store, null);
        long at = NOW.getEpochSecond();
        stats.count(new JourneyStep(7, 1, "ferry", "v1", BEGUN, 0, at, JourneyStep.Kind.BEGIN, "harbour", 0, 0, "harbour", 1, false));
        stats.count(new JourneyStep(7, 1, "ferry", "v1", BEGUN, 1, at, JourneyStep.Kind.TIMEOUT, "harbour", 2, 1, "pier", 1, false));
        stats.count(new JourneyStep(7, 1, "ferry", "v1", BEGUN, 2, at, JourneyStep.Kind.CHOICE, "pier", 0, 0, "harbour", 1, false));
        stats.count(new JourneyStep(7, 1, "ferry", "v1", BEGUN, 3, at, JourneyStep.Kind.TIMEOUT, "harbour", -1, 5, "storm", 2, true));
        stats.count(new JourneyStep(7, 1, "ferry", "v1", BEGUN, 4, at, JourneyStep.Kind.CHANCE, "storm", 1, 6, "tallinn", 2, true));
        stats.flush();
        var day = NOW.atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(store.days).isEqualTo(Map.ofEntries(
                Map.entry(new DayKey("ferry", "v1", day, "BEGIN", "harbour", 0), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "TIMEOUT", "harbour", 2), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "CHOICE", "pier", 0), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "TIMEOUT", "harbour", -1), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "CHANCE", "storm", 1), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "SCENE", "harbour", 0), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "SCENE", "pier", 0), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "SCENE", "storm", 0), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "SCENE", "tallinn", 0), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "CHAPTER", "", 1), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "CHAPTER", "", 2), 1L),
                Map.entry(new DayKey("ferry", "v1", day, "ENDING", "storm", 0), 1L)));
        // The timed default counts as the choice it took on the players' pages; a countdown with no choice does not.
        assertThat(store.rows).isEqualTo(Map.of(
                CounterKey.begin("ferry", "v1", "harbour"), 1L,
                CounterKey.choice("ferry", "v1", "harbour", 2), 1L,
                CounterKey.choice("ferry", "v1", "pier", 0), 1L,
                CounterKey.ending("ferry", "v1", "storm"), 1L));
    }

    @Test
    void concurrentCountingDuringFlushesLosesNothingAndDoublesNothing() throws Exception {
        MemoryStore store = new MemoryStore();
        Statistics stats = stats(store, null);
        ExecutorService players = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            long journeyBase = t * 1_000_000L;
            players.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    stats.count(choice(journeyBase + i, 1, 0));
                    stats.count(choice(journeyBase + i, 1, 0));
                }
            });
        }
        players.shutdown();
        while (!players.awaitTermination(10, TimeUnit.MILLISECONDS)) stats.flush();
        stats.flush();
        assertThat(store.rows).isEqualTo(Map.of(HARBOUR_0, 20_000L));
        assertThat(stats.total(HARBOUR_0)).isEqualTo(20_000);
    }
}
