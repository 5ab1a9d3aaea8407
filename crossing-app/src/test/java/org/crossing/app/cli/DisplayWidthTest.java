package org.crossing.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void hangulKanaAndIdeographsTakeTwoColumns() {
        assertThat(DisplayWidth.of("혜산")).isEqualTo(4);
        assertThat(DisplayWidth.of("ひらがな")).isEqualTo(8);
        assertThat(DisplayWidth.of("中国")).isEqualTo(4);
        assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4);
    }

    @Test
    void latinTakesOneAndCombiningMarksNone() {
        assertThat(DisplayWidth.of("Hyesan")).isEqualTo(6);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        // A Hangul syllable spelled with conjoining jamo: the initial is wide, the vowel and final join it.
        assertThat(DisplayWidth.of("\u1112\u1168\u11ab")).isEqualTo(2);
    }

    @Test
    void koreanIsWrappedByTheColumnsItTakes() {
        TextWrapper wrapper = new TextWrapper(20, false);
        String wrapped = wrapper.wrap("그녀는 압록강을 건너 중국으로 갔다 그리고 다시 돌아오지 않았다", "");

        assertThat(wrapped).isEqualTo("""
                그녀는 압록강을 건너
                중국으로 갔다 그리고
                다시 돌아오지 않았다""");
        assertThat(wrapped.lines().toList()).allMatch(line -> DisplayWidth.of(line) <= 20);
    }

    @Test
    void aWordWiderThanALineIsBrokenWhereTheLineEnds() {
        TextWrapper wrapper = new TextWrapper(20, false);

        assertThat(wrapper.wrap("中华人民共和国中华人民共和国中华人民共和国", "").lines().toList())
                .isEqualTo(List.of("中华人民共和国中华人", "民共和国中华人民共和", "国"));
    }
}
