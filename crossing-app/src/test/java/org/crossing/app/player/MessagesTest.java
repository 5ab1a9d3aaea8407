package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyLanguageHasEveryMessageOfTheEnglishTable() {
        for (String language : Messages.languages()) {
            assertThat(Messages.of(language).keys()).as(language).containsExactlyInAnyOrderElementsOf(Messages.of("en").keys());
        }
    }

    @Test
    void aMessageIsChosenByLanguageWithItsValuesAndItsCount() {
        assertThat(Messages.of("ko").t("chapter", 1, "동트기 전")).isEqualTo("1장: 동트기 전");
        assertThat(Messages.of("ko-KR").t("begin")).isEqualTo("시작하기");
        assertThat(Messages.of("en").count("journeys-ended", 1)).isEqualTo("1 journey has ended so far.");
        assertThat(Messages.of("en").count("journeys-ended", 3)).isEqualTo("3 journeys have ended so far.");
        assertThat(Messages.of("fr").language()).isEqualTo("en");
        assertThat(Messages.of(null).t("begin")).isEqualTo("Begin");
    }
}
