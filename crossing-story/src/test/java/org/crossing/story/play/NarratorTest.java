package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossing.story.model.Block;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;

/** The spaces around a part of a paragraph that shows nothing on this journey. */
class NarratorTest {

    private static final Story STORY = Stories.given("""
            title: T
            language: en
            start: a
            var known = false
            == a ==
            {known: You have been here before.}
            As you pack up, she leans closer.

            She waits {known: a little longer} for the boat.

            *Quiet* {known: now} **please**.

            The river {known: is loud}
            ending safe: Reached the shore
            """);

    @Test
    void aParagraphWhoseOpeningConditionDoesNotHoldStartsWithItsNextWordNotTheSpaceBetweenTheLines() {
        assertThat(paragraph(0, false)).isEqualTo("As you pack up, she leans closer.");
        assertThat(paragraph(0, true)).isEqualTo("You have been here before. As you pack up, she leans closer.");
    }

    @Test
    void anEmptyPartInTheMiddleLeavesOneSpaceAndAnEmptyPartAtTheEndLeavesNone() {
        assertThat(paragraph(1, false)).isEqualTo("She waits for the boat.");
        assertThat(paragraph(1, true)).isEqualTo("She waits a little longer for the boat.");
        assertThat(paragraph(3, false)).isEqualTo("The river");
        assertThat(paragraph(3, true)).isEqualTo("The river is loud");
    }

    @Test
    void theSpaceIsKeptWhereItSeparatesStyledWords() {
        assertThat(runs(2, false)).containsExactly(
                new Run("Quiet", true, false), new Run(" ", false, false), new Run("please", false, true), new Run(".", false, false));
        assertThat(runs(2, true)).containsExactly(
                new Run("Quiet", true, false), new Run(" now ", false, false), new Run("please", false, true), new Run(".", false, false));
    }

    private static String paragraph(int index, boolean known) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs(index, known)) text.append(run.text());
        return text.toString();
    }

    private static java.util.List<Run> runs(int index, boolean known) {
        State state = Engine.begin(STORY, 0);
        state.values[0] = known;
        Block.Paragraph paragraph = (Block.Paragraph) STORY.startScene().blocks().get(index);
        return Narrator.runs(STORY, state, paragraph.text());
    }
}
