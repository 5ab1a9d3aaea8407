package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossing.app.token.InvalidTokenException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyLanguageHasEveryMessageOfTheEnglishTable() {
        for (String language : Messages.languages()) {
            assertThat(Messages.of(language).keys()).as(language).containsExactlyInAnyOrderElementsOf(Messages.of("en").keys());
        }
    }

    @Test
    void everyReasonAJourneyIsRefusedForIsToldInEveryLanguage() {
        for (InvalidTokenException.Reason reason : InvalidTokenException.Reason.values()) {
            assertThat(Messages.of("en").keys()).as(reason.name()).contains(reason.key());
        }
        assertThat(Messages.of("ko").t(InvalidTokenException.Reason.STORY_CHANGED.key())).isEqualTo("여정을 시작한 뒤로 이야기가 바뀌었음");
        assertThat(Messages.of("en").t(InvalidTokenException.Reason.STORY_CHANGED.key())).isEqualTo("the story has changed since this journey began");
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

    @Test
    void theMessageTablesFitTheParticleToTheValueOrTheWordsBefore() {
        Messages korean = Messages.of("ko");
        assertThat(korean.t("back-to", "건너는 길")).isEqualTo("건너는 길로 돌아가기");
        assertThat(korean.t("back-to", "강물")).isEqualTo("강물로 돌아가기");
        assertThat(korean.t("back-to", "압록강")).isEqualTo("압록강으로 돌아가기");
        assertThat(korean.after("you-chose-after", "탐조등이 지나가기를 기다린다")).isEqualTo("”를 골랐습니다.");
        assertThat(korean.after("you-chose-after", "방 안을 둘러본다")).isEqualTo("”를 골랐습니다.");
        assertThat(korean.after("you-chose-after", "떡을 가지고 장마당에 나간다")).isEqualTo("”를 골랐습니다.");
        assertThat(korean.after("you-chose-after", "재봉틀을 판다")).isEqualTo("”를 골랐습니다.");
        assertThat(korean.after("clock-chose-after", "눈 속에 엎드려 움직이지 않는다")).isEqualTo("”가 선택되었습니다.");
        assertThat(korean.after("clock-chose-after", "지금 강을 건넌다")).isEqualTo("”가 선택되었습니다.");
        assertThat(korean.after("you-chose-after", "남쪽 길")).isEqualTo("”을 골랐습니다.");
        // English has no particles: its words are as written
        assertThat(Messages.of("en").after("you-chose-after", "Cross now")).isEqualTo("”.");
        assertThat(Messages.of("en").t("back-to", "The River")).isEqualTo("Back to The River");
    }

    @Test
    void aCountryIsNamedInThePagesLanguageOrAsTheMapWritesIt() {
        assertThat(Messages.of("ko").orElse("country.North Korea", "North Korea")).isEqualTo("북한");
        assertThat(Messages.of("ko").orElse("country.South Korea", "South Korea")).isEqualTo("한국");
        assertThat(Messages.of("en").orElse("country.China", "China")).isEqualTo("China");
        assertThat(Messages.of("ko").orElse("country.Atlantis", "Atlantis")).isEqualTo("Atlantis");
    }
}
