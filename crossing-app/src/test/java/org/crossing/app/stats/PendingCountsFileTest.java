package org.crossing.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingCountsFileTest {

    @Test
    void countsComeBackAsTheyWereSavedWhateverTheNames(@TempDir Path data) throws Exception {
        Map<CounterKey, Long> counts = Map.of(
                CounterKey.begin("the-crossing", "3f2a", "hyesan"), 12L,
                CounterKey.choice("odd\tname\n%", "v 1", "scène “2”", 3), 1L,
                CounterKey.ending("the-crossing", "3f2a", "seoul"), 9_000_000_000L);
        Path file = data.resolve("pending-counts.tsv");
        PendingCountsFile.save(file, counts);

        PendingCountsFile.Contents loaded = PendingCountsFile.load(file);
        assertThat(loaded.recognised()).isTrue();
        assertThat(loaded.counts()).isEqualTo(counts);
        assertThat(loaded.problems()).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(4).first().isEqualTo(PendingCountsFile.HEADER);
        assertThat(data.resolve("pending-counts.tsv.tmp")).doesNotExist();
    }

    @Test
    void linesThatCannotBeReadAreSkippedAndDescribed(@TempDir Path data) throws Exception {
        Path file = data.resolve("pending-counts.tsv");
        Files.writeString(file, String.join("\n", PendingCountsFile.HEADER,
                "ferry\tv1\tCHOICE\tharbour\t0\t5",
                "ferry\tv1\tCHOICE\tharbour\t0",
                "ferry\tv1\tLEAP\tharbour\t0\t1",
                "ferry\tv1\tENDING\tharbour\t0\tmany",
                "ferry\tv1\tENDING\tharbour\t0\t-2",
                "",
                "ferry\tv1\tCHOICE\tharbour\t0\t2") + "\n");

        PendingCountsFile.Contents loaded = PendingCountsFile.load(file);
        assertThat(loaded.counts()).isEqualTo(Map.of(CounterKey.choice("ferry", "v1", "harbour", 0), 7L));
        assertThat(loaded.problems()).isEqualTo(List.of(
                file + ":3: 6 fields separated by tabs expected, found 5",
                file + ":4: No enum constant org.crossing.app.stats.CounterKey.Kind.LEAP",
                file + ":5: For input string: \"many\"",
                file + ":6: the count must be positive: -2"));
    }

    @Test
    void aFileOfSomethingElseGivesNoCounts(@TempDir Path data) throws Exception {
        Path file = data.resolve("pending-counts.tsv");
        Files.writeString(file, "ferry\tv1\tCHOICE\tharbour\t0\t5\n");
        PendingCountsFile.Contents loaded = PendingCountsFile.load(file);
        assertThat(loaded.recognised()).isFalse();
        assertThat(loaded.counts()).isEmpty();
        assertThat(loaded.problems()).containsExactly(
                file + ": not a file of pending counts (its first line should be \"crossing pending counts 1\")");
    }
}
