package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UsedChoicesTest {

    @Test
    void addingLeavesTheOriginalAsItWas() {
        UsedChoices none = UsedChoices.none(100);
        UsedChoices one = none.with(70);
        UsedChoices two = one.with(3);

        assertThat(none.contains(70)).isFalse();
        assertThat(one.contains(70)).isTrue();
        assertThat(one.contains(3)).isFalse();
        assertThat(two.toArray()).containsExactly(3, 70);
        assertThat(two.word(0)).isEqualTo(1L << 3);
        assertThat(two.word(1)).isEqualTo(1L << 6);
        assertThat(two.wordCount()).isEqualTo(2);
    }

    @Test
    void agreesWithABitSetAtEverySizeOfStory() {
        for (int slots : new int[] {1, 64, 65, 256, 257, 4_096, 4_097, 27_000, 300_000}) {
            SplittableRandom random = new SplittableRandom(slots);
            BitSet expected = new BitSet(slots);
            UsedChoices used = UsedChoices.none(slots);
            for (int i = 0; i < 300; i++) {
                int slot = random.nextInt(slots);
                expected.set(slot);
                used = used.with(slot);
            }
            long[] words = expected.toLongArray();
            assertThat(used.wordCount()).as("words for %d slots", slots).isEqualTo((slots + 63) / 64);
            for (int w = 0; w < used.wordCount(); w++) {
                assertThat(used.word(w)).as("word %d of %d slots", w, slots).isEqualTo(w < words.length ? words[w] : 0);
            }
            assertThat(used.toArray()).isEqualTo(expected.stream().toArray());
            assertThat(used.size()).isEqualTo(expected.cardinality());
            UsedChoices rebuilt = UsedChoices.of(slots, expected.stream().toArray());
            assertThat(rebuilt).isEqualTo(used).hasSameHashCodeAs(used);
            assertThat(rebuilt.with(slots - 1)).isEqualTo(used.with(slots - 1));
        }
    }

    @Test
    void theSameSlotsAddedInAnotherOrderMakeAnEqualSet() {
        UsedChoices nearFirst = UsedChoices.none(30_000).with(1).with(2).with(20_000).with(600);
        UsedChoices farFirst = UsedChoices.none(30_000).with(20_000).with(600).with(2).with(1);

        assertThat(nearFirst).isEqualTo(farFirst).hasSameHashCodeAs(farFirst);
        assertThat(nearFirst.toArray()).containsExactly(1, 2, 600, 20_000);
        assertThat(nearFirst.with(3)).isNotEqualTo(farFirst).isEqualTo(farFirst.with(3));
    }

    @Test
    void anEarlierSetKeepsItsSlotsWhenALaterOneMovesOnToAnotherLeaf() {
        UsedChoices first = UsedChoices.none(30_000).with(5);
        UsedChoices later = first.with(6).with(9_000).with(7);

        assertThat(first.toArray()).containsExactly(5);
        assertThat(later.toArray()).containsExactly(5, 6, 7, 9_000);
        assertThat(later.contains(6)).isTrue();
        assertThat(first.contains(6)).isFalse();
    }

    @Test
    void setsDifferWhenOneSlotDiffers() {
        UsedChoices a = UsedChoices.of(5_000, new int[] {1, 4_000});
        UsedChoices b = UsedChoices.of(5_000, new int[] {1, 4_001});

        assertThat(a).isNotEqualTo(b).isNotEqualTo(UsedChoices.of(5_000, new int[] {1}));
        assertThat(UsedChoices.none(5_000)).isEqualTo(UsedChoices.of(5_000, new int[0])).isNotEqualTo(UsedChoices.none(6_000));
    }

    @Test
    void refusesSlotsOutsideTheStory() {
        assertThatThrownBy(() -> UsedChoices.none(10).with(10)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("once-slot 10 of 10");
        assertThatThrownBy(() -> UsedChoices.none(10).word(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("word 1 of 1");
    }
}
