package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossing.story.play.Run;
import org.junit.jupiter.api.Test;

class SceneHeadingTest {

    private static Run plain(String text) {
        return new Run(text, false, false);
    }

    @Test
    void theFirstSentenceBecomesTheHeadingAndTheParagraphGoesOnAfterIt() {
        SceneHeading.Split split = SceneHeading.split(List.of(plain("The beam does not pass. It comes back, slowly.")));
        assertThat(split.heading()).containsExactly(plain("The beam does not pass."));
        assertThat(split.rest()).containsExactly(plain("It comes back, slowly."));
        assertThat(split.plain()).isEqualTo("The beam does not pass.");
    }

    @Test
    void aSentenceEndsAfterItsClosingQuoteAndStylesAreSplitWhereItEnds() {
        SceneHeading.Split split = SceneHeading.split(List.of(plain("\"Be ready,\" he says. "), new Run("Nothing", true, false), plain(" more.")));
        assertThat(split.plain()).isEqualTo("\"Be ready,\" he says.");
        assertThat(split.rest()).containsExactly(new Run("Nothing", true, false), plain(" more."));

        SceneHeading.Split inside = SceneHeading.split(List.of(new Run("Run! Now", false, true)));
        assertThat(inside.heading()).containsExactly(new Run("Run!", false, true));
        assertThat(inside.rest()).containsExactly(new Run("Now", false, true));
    }

    @Test
    void aOneSentenceParagraphIsAllHeading() {
        SceneHeading.Split split = SceneHeading.split(List.of(plain("You wait.")));
        assertThat(split.plain()).isEqualTo("You wait.");
        assertThat(split.rest()).isEmpty();
    }

    @Test
    void aFirstSentenceTooLongForAHeadingIsShortenedAndTheParagraphKeptWhole() {
        String sentence = "You travel in the back of a truck loaded with sacks of something that smells of fertiliser, under a tarpaulin, with two other women.";
        SceneHeading.Split split = SceneHeading.split(List.of(plain(sentence + " Ahead, a barrier.")));
        assertThat(split.plain()).isEqualTo("You travel in the back of a truck loaded with sacks of something that smells of fertiliser, under a tarpaulin…");
        assertThat(split.plain().length()).isLessThanOrEqualTo(SceneHeading.MAX + 1);
        assertThat(split.rest()).containsExactly(plain(sentence + " Ahead, a barrier."));
    }
}
