package org.crossing.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a {@code pending-counts.tsv} of the format before journeys were counted once: whole, or not at all. */
class OldPendingCountsTest {

    @Test
    void aWholeFileGivesItsCountsWithRepeatedKeysAddedUp() {
        OldPendingCounts.Contents contents = OldPendingCounts.read("crossing pending counts 1\r\n"
                + "ferry\tv1\tBEGIN\tharbour\t0\t3\r\n"
                + "ferry\tv1\tCHOICE\tharbour\t2\t4\n"
                + "\n"
                + "ferry\tv1\tBEGIN\tharbour\t0\t2\n"
                + "the+ferry%21\tv1\tENDING\tquay%09end\t0\t1\n");
        assertThat(contents.problems()).isEmpty();
        assertThat(contents.counts()).isEqualTo(Map.of(
                new CounterKey("ferry", "v1", CounterKey.Kind.BEGIN, "harbour", 0), 5L,
                new CounterKey("ferry", "v1", CounterKey.Kind.CHOICE, "harbour", 2), 4L,
                new CounterKey("the ferry!", "v1", CounterKey.Kind.ENDING, "quay\tend", 0), 1L));
    }

    @Test
    void aFileWithOneBadLineGivesNoCountsAndEveryReason() {
        OldPendingCounts.Contents contents = OldPendingCounts.read("crossing pending counts 1\n"
                + "ferry\tv1\tBEGIN\tharbour\t0\t3\n"
                + "ferry\tv1\tBEGIN\tharbour\t0\n"
                + "ferry\tv1\tSTEP\tharbour\t0\t1\n"
                + "ferry\tv1\tCHOICE\tharbour\tone\t1\n"
                + "ferry\tv1\tENDING\tquay\t0\t-2\n"
                + "ferry\tv1\tENDING\tquay%zz\t0\t1\n");
        assertThat(contents.counts()).isEmpty();
        assertThat(contents.problems()).containsExactly(
                "line 3: 6 fields separated by tabs expected, found 5",
                "line 4: unknown kind 'STEP' (BEGIN, CHOICE or ENDING)",
                "line 5: the item 'one' is not a whole number",
                "line 6: the count must be positive, not -2",
                "line 7: 'quay%zz' is not URL-encoded text");
    }

    @Test
    void aFileOfAnotherFormatIsNotRead() {
        OldPendingCounts.Contents contents = OldPendingCounts.read("crossing pending steps 2\nab\tcd\n");
        assertThat(contents.counts()).isEmpty();
        assertThat(contents.problems()).containsExactly(
                "line 1: \"crossing pending steps 2\" is not the first line of such a file (\"crossing pending counts 1\")");
    }
}
