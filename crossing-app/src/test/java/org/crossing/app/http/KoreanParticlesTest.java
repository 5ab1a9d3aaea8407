package org.crossing.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Korean particle takes the form the sound before it calls for: 을 after a final consonant, 를 after a vowel, and so on. */
class KoreanParticlesTest {

    @Test
    void theObjectParticleFollowsTheLastSyllablesFinalConsonant() {
        // 다 has no final consonant and takes 를; 망 ends in ㅇ and takes 을
        assertThat(KoreanParticles.fit("”을(를) 골랐습니다.", "탐조등이 지나가기를 기다린다")).isEqualTo("”를 골랐습니다.");
        assertThat(KoreanParticles.fit("”을(를) 골랐습니다.", "남쪽으로 도망")).isEqualTo("”을 골랐습니다.");
        // closing punctuation at the end of the words is not a sound
        assertThat(KoreanParticles.fit("”을(를) 골랐습니다.", "떡을 가지고 장마당에 나간다.")).isEqualTo("”를 골랐습니다.");
    }

    @Test
    void eachGenericFormHasItsPair() {
        assertThat(KoreanParticles.fit("이(가) 선택되었습니다.", "강")).isEqualTo("이 선택되었습니다.");
        assertThat(KoreanParticles.fit("이(가) 선택되었습니다.", "바다")).isEqualTo("가 선택되었습니다.");
        assertThat(KoreanParticles.fit("은(는)", "길")).isEqualTo("은");
        assertThat(KoreanParticles.fit("은(는)", "나")).isEqualTo("는");
        assertThat(KoreanParticles.fit("과(와)", "책")).isEqualTo("과");
        assertThat(KoreanParticles.fit("과(와)", "나무")).isEqualTo("와");
        // (으)로: 으로 after a final consonant, except ㄹ; 로 after a vowel or ㄹ
        assertThat(KoreanParticles.fit("(으)로 돌아가기", "건너는 길")).isEqualTo("로 돌아가기");
        assertThat(KoreanParticles.fit("(으)로 돌아가기", "서울역")).isEqualTo("으로 돌아가기");
        assertThat(KoreanParticles.fit("(으)로 돌아가기", "바다")).isEqualTo("로 돌아가기");
    }

    @Test
    void aDigitIsReadAsItsNumeralAndAnythingElseKeepsTheGenericForm() {
        assertThat(KoreanParticles.fit("(으)로", "3")).isEqualTo("으로"); // 삼
        assertThat(KoreanParticles.fit("(으)로", "7")).isEqualTo("로"); // 칠
        assertThat(KoreanParticles.fit("을(를)", "2")).isEqualTo("를"); // 이
        assertThat(KoreanParticles.fit("을(를)", "Seoul")).isEqualTo("을(를)");
        assertThat(KoreanParticles.fit("을(를)", "")).isEqualTo("을(를)");
        // a message that starts with no particle is left as it is
        assertThat(KoreanParticles.fit("”.", "강")).isEqualTo("”.");
    }
}
