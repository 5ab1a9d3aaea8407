package org.crossing.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsTest {

    /** A store that can be switched off, like a database that goes away. */
    static final class FlakyStore implements CounterStore {
        final Map<CounterKey, Long> rows = new HashMap<>();
        volatile boolean down;
        int writes;

        @Override
        public synchronized void add(Map<CounterKey, Long> counts) {
            if (down) throw new IllegalStateException("connection refused");
            writes++;
            counts.forEach((k, v) -> rows.merge(k, v, Long::sum));
        }

        @Override
        public synchronized Map<CounterKey, Long> load(Collection<String> versions) {
            if (down) throw new IllegalStateException("connection refused");
            return new HashMap<>(rows);
        }
    }

    private static final CounterKey A = CounterKey.choice("ferry", "v1", "harbour", 0);
    private static final CounterKey B = CounterKey.choice("ferry", "v1", "harbour", 1);

    @Test
    void countsTheStoreCannotTakeAtShutdownAreSavedAndWrittenAfterTheNextStart(@TempDir Path data) throws Exception {
        FlakyStore store = new FlakyStore();
        Path file = data.resolve("pending-counts.tsv");
        Statistics first = new Statistics(store, List.of("v1"), Duration.ZERO, file);
        for (int i = 0; i < 3; i++) first.count(A);
        first.count(B);
        store.down = true;
        first.close();
        assertThat(file).exists();
        assertThat(store.rows).isEmpty();

        store.down = false;
        Statistics second = new Statistics(store, List.of("v1"), Duration.ZERO, file);
        assertThat(file).doesNotExist();
        assertThat(second.pending()).isEqualTo(4);
        second.count(A);
        second.close();
        assertThat(store.rows).isEqualTo(Map.of(A, 4L, B, 1L));
        assertThat(file).doesNotExist();
    }

    @Test
    void aCleanShutdownLeavesNoFile(@TempDir Path data) {
        Path file = data.resolve("pending-counts.tsv");
        Statistics stats = new Statistics(new FlakyStore(), List.of("v1"), Duration.ZERO, file);
        stats.count(A);
        stats.close();
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileOfSomethingElseIsMovedAsideNotCountedAndNotOverwritten(@TempDir Path data) throws Exception {
        Path file = data.resolve("pending-counts.tsv");
        Files.writeString(file, "crossing pending counts 2\nferry\tv1\tCHOICE\tharbour\t0\t5\n");
        FlakyStore store = new FlakyStore();
        Statistics stats = new Statistics(store, List.of("v1"), Duration.ZERO, file);
        assertThat(stats.pending()).isZero();
        assertThat(data.resolve("pending-counts.tsv.unread")).hasContent("crossing pending counts 2\nferry\tv1\tCHOICE\tharbour\t0\t5");
        stats.count(A);
        store.down = true;
        stats.close();
        assertThat(PendingCountsFile.load(file).counts()).isEqualTo(Map.of(A, 1L));
        assertThat(data.resolve("pending-counts.tsv.unread")).exists();
    }

    @Test
    void anUnreadableSavedFileIsLeftForAnOperatorToLookAt(@TempDir Path data) throws Exception {
        Path file = data.resolve("pending-counts.tsv");
        Files.createDirectory(file); // a folder where the file should be: reading it fails
        Statistics stats = new Statistics(new FlakyStore(), List.of("v1"), Duration.ZERO, file);
        assertThat(stats.pending()).isZero();
        assertThat(file).isDirectory();
    }

    @Test
    void countsAreWrittenInOneBatchAndReadBack() {
        FlakyStore store = new FlakyStore();
        Statistics stats = new Statistics(store, List.of("v1"), Duration.ZERO);
        for (int i = 0; i < 5; i++) stats.count(A);
        stats.count(B);
        assertThat(stats.total(A)).isEqualTo(5);
        assertThat(stats.flush()).isTrue();
        assertThat(store.writes).isEqualTo(1);
        assertThat(store.rows).containsEntry(A, 5L).containsEntry(B, 1L);
        assertThat(stats.total(A)).isEqualTo(5);
        assertThat(stats.pending()).isZero();
    }

    @Test
    void whileTheStoreIsDownCountsWaitAndNothingIsLostOrDoubled() {
        FlakyStore store = new FlakyStore();
        Statistics stats = new Statistics(store, List.of("v1"), Duration.ZERO);
        stats.count(A);
        store.down = true;
        assertThat(stats.flush()).isFalse();
        stats.count(A);
        assertThat(stats.flush()).isFalse();
        assertThat(stats.total(A)).isEqualTo(2);
        store.down = false;
        assertThat(stats.flush()).isTrue();
        assertThat(store.rows).containsEntry(A, 2L);
        assertThat(stats.total(A)).isEqualTo(2);
    }

    @Test
    void concurrentCountingDuringFlushesLosesNothing() throws Exception {
        FlakyStore store = new FlakyStore();
        Statistics stats = new Statistics(store, List.of("v1"), Duration.ZERO);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) pool.submit(() -> { for (int i = 0; i < 25_000; i++) stats.count(A); });
        for (int i = 0; i < 20; i++) stats.flush();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        stats.close();
        assertThat(store.rows).containsEntry(A, 100_000L);
    }

    @Test
    void memoryIsBoundedByDistinctKeys() {
        Counters counters = new Counters(2);
        counters.add(A, 1);
        counters.add(B, 1);
        counters.add(CounterKey.ending("ferry", "v1", "arrived"), 1);
        counters.add(A, 1);
        assertThat(counters.drain()).hasSize(2).containsEntry(A, 2L);
        assertThat(counters.droppedTotal()).isEqualTo(1);
    }
}
