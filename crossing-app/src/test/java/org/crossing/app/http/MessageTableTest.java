package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A table of words in one language, with English behind it (the tables words_LANG.properties beside this test). */
class MessageTableTest {

    private static final MessageTable ENGLISH = MessageTable.english(MessageTableTest.class, "words");
    private static final MessageTable KOREAN = MessageTable.read(MessageTableTest.class, "words", "ko", ENGLISH);

    @Test
    void valuesAreFilledInOncePerPlaceholderInAnyOrder() {
        assertThat(ENGLISH.t("greeting", "Ana")).isEqualTo("Hello, Ana");
        assertThat(ENGLISH.t("both", "rice", "salt")).isEqualTo("salt and rice");
        // a value that looks like a placeholder is not filled in again
        assertThat(ENGLISH.t("both", "{1}", "x")).isEqualTo("x and {1}");
        // a placeholder without a value stays as written; apostrophes are plain text
        assertThat(ENGLISH.t("greeting")).isEqualTo("Hello, {0}");
    }

    @Test
    void aKeyTheLanguageLacksIsReadInEnglishAndAnUnknownKeyIsAnError() {
        assertThat(KOREAN.language()).isEqualTo("ko");
        assertThat(KOREAN.t("only-english")).isEqualTo("Only in English");
        assertThat(KOREAN.keys()).doesNotContain("only-english");
        assertThatThrownBy(() -> KOREAN.t("no-such-key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no message 'no-such-key' in words_en.properties");
    }

    @Test
    void aCountChoosesOneOrOtherAndAKoreanParticleFitsTheValue() {
        assertThat(ENGLISH.count("items", 1, "the box")).isEqualTo("1 item in the box");
        assertThat(ENGLISH.count("items", 3, "the box")).isEqualTo("3 items in the box");
        assertThat(KOREAN.t("back-to", "서울역")).isEqualTo("서울역으로 돌아가기");
        assertThat(KOREAN.t("back-to", "바다")).isEqualTo("바다로 돌아가기");
        assertThat(KOREAN.t("both", "쌀", "소금")).isEqualTo("소금과 쌀");
    }

    @Test
    void numbersAreGroupedOnlyWhenTheTableIsAskedTo() {
        assertThat(ENGLISH.count("items", 12345, "the box")).isEqualTo("12345 items in the box");
        assertThat(ENGLISH.groupingNumbers().count("items", 12345, "the box")).isEqualTo("12,345 items in the box");
        assertThat(KOREAN.groupingNumbers().count("items", 12345, "상자")).isEqualTo("상자에 12,345개");
    }
}
