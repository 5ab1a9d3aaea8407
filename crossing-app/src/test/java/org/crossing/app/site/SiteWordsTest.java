package org.crossing.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SiteWordsTest {

    @Test
    void everyLanguageHasEveryWordOfTheEnglishTable() {
        assertThat(SiteWords.of("ko").language()).isEqualTo("ko");
        assertThat(SiteWords.of("ko").keys()).containsExactlyInAnyOrderElementsOf(SiteWords.of("en").keys());
    }

    @Test
    void datesAndTimesAreWrittenAsEachLanguageWritesThem() {
        SiteWords english = SiteWords.of("en");
        SiteWords korean = SiteWords.of("ko-KR");
        LocalDate day = LocalDate.of(2026, 11, 29);
        ZonedDateTime evening = ZonedDateTime.of(2013, 4, 27, 21, 0, 0, 0, ZoneId.of("America/Toronto"));

        assertThat(english.day(day)).isEqualTo("29 November 2026");
        assertThat(korean.day(day)).isEqualTo("2026년 11월 29일");
        assertThat(english.weekday(day)).isEqualTo("Sunday 29 November 2026");
        assertThat(korean.weekday(day)).isEqualTo("2026년 11월 29일 일요일");
        assertThat(english.time(evening)).isEqualTo("9:00 PM");
        assertThat(korean.time(evening)).isEqualTo("오후 9:00");
        assertThat(korean.zone(evening)).isEqualTo("EDT");
    }

    @Test
    void aRangeOfDaysSaysTheMonthAndYearOnce() {
        LocalDate march15 = LocalDate.of(2013, 3, 15);
        SiteWords english = SiteWords.of("en");
        SiteWords korean = SiteWords.of("ko");

        assertThat(english.dates(march15, LocalDate.of(2013, 3, 24))).isEqualTo("15\u201324 March 2013");
        assertThat(korean.dates(march15, LocalDate.of(2013, 3, 24))).isEqualTo("2013년 3월 15일~24일");
        assertThat(english.dates(LocalDate.of(2013, 4, 25), LocalDate.of(2013, 5, 5))).isEqualTo("25 April \u2013 5 May 2013");
        assertThat(korean.dates(LocalDate.of(2013, 4, 25), LocalDate.of(2013, 5, 5))).isEqualTo("2013년 4월 25일~5월 5일");
        assertThat(korean.dates(LocalDate.of(2012, 12, 30), LocalDate.of(2013, 1, 2))).isEqualTo("2012년 12월 30일~2013년 1월 2일");
        assertThat(korean.dates(march15, march15)).isEqualTo("2013년 3월 15일");
    }

    @Test
    void aLanguageWithoutATableReadsInEnglish() {
        assertThat(SiteWords.of("fr").language()).isEqualTo("en");
        assertThat(SiteWords.of("ko").t("no-such-tag", "x")).isEqualTo("\u2018x\u2019 태그가 붙은 글은 없습니다.");
        assertThat(SiteWords.of("ko").languageName("en")).isEqualTo("영어");
    }
}
