package org.crossing.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossing.story.model.StateLimits;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.crossing.story.play.StateCodec;
import org.junit.jupiter.api.Test;

/** A journey's state always fits in a link: texts are capped in bytes, and what could outgrow a link is refused. */
class StateSizeTest {

    /** Three text variables that grow by a line of Korean each time round: the shape that once made a 9 KB address. */
    private static final String GROWING = """
            var a = ""
            var b = ""
            var c = ""
            == a ==
            Again. {a} {b} {c}
            + Once more -> a ~ a += "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사아자차카타파하", b += "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사아자차카타파하", c += "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사아자차카타파하"
            + Stop -> done
            == done ==
            Done.
            ending safe: Done
            """;

    @Test
    void aStoryWhoseTextsCouldOutgrowALinkIsRefusedAtTheFirstTextVariable() {
        assertThat(StoryCompilerTest.diagnostics("""
                var name = "Sun-hee"
                var place = ""
                var note = ""
                var letter = ""
                var count = 0
                == a ==
                {name} {place} {note} {letter} {count}
                ending safe: Done
                """)).containsExactly("story.story:4:5: error: a journey's state could grow to 4,562 bytes, more than the 4,096 that fit in a link: "
                + "the 4 text variables 'name', 'place', 'note' and 'letter' can each hold 1,000 bytes, 4,008 together; "
                + "use fewer text variables, or numbers and true/false where they serve");
    }

    @Test
    void threeTextVariablesFitAndTheirStateStaysWithinTheLimitHoweverLongTheyGrow() {
        Story story = StoryCompilerTest.story(GROWING);
        State state = Engine.begin(story, 7);
        for (int i = 0; i < 300; i++) state = Engine.next(story, state, Action.choose(0));
        String a = (String) state.values().get(0);
        assertThat(ValueType.utf8Length(a)).isEqualTo(999);
        assertThat(a).hasSize(333).endsWith("아자차카");
        assertThat(StateCodec.encode(state).length).isLessThanOrEqualTo(StateLimits.of(story).total()).isLessThanOrEqualTo(StateLimits.STATE_BYTES);
    }

    @Test
    void aQuotedTextIsMeasuredInBytesSoKoreanKeepsAThirdAsManyLetters() {
        String korean = "가".repeat(334);
        assertThat(StoryCompilerTest.diagnostics("var note = \"" + korean + "\"\n== a ==\n{note}\nending safe: Done\n")).containsExactly(
                "story.story:4:12: error: this text takes 1,002 bytes in UTF-8; a text value keeps at most 1,000 (1,000 letters of English, 333 of Korean), so the rest would be cut");
        assertThat(StoryCompilerTest.diagnostics("var note = \"" + "가".repeat(333) + "\"\n== a ==\n{note}\nending safe: Done\n")).isEmpty();
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "\uD83C\uDF0A"; // a wave, two Java chars and four bytes
        String cut = ValueType.fitText("x".repeat(998) + emoji);
        assertThat(cut).isEqualTo("x".repeat(998));
        assertThat(ValueType.fitText("x".repeat(996) + emoji + "y")).isEqualTo("x".repeat(996) + emoji);
        assertThat(ValueType.utf8Length("é" + emoji + "가")).isEqualTo(2 + 4 + 3);
    }

    @Test
    void aStoryWithThousandsOfOnceOnlyChoicesIsWarnedThatALongJourneyCouldOutgrowALink() {
        StringBuilder body = new StringBuilder();
        for (int scene = 0; scene < 100; scene++) {
            body.append("== ").append(scene == 0 ? "a" : "s" + scene).append(" ==\nA room.\n");
            for (int choice = 0; choice < 40; choice++) body.append("* Door ").append(choice).append(" -> s").append((scene + 1) % 100 == 0 ? "end" : String.valueOf(scene + 1)).append('\n');
        }
        body.append("== send ==\nOut.\nending safe: Out\n");
        Compilation compilation = StoryCompilerTest.compile(body.toString());
        assertThat(compilation.story()).isNotNull();
        assertThat(compilation.diagnostics()).extracting(d -> d.headline()).containsExactly(
                "story.story:4:1: warning: a journey that takes more than about 3,296 of the story's 4,000 once-only choices would have a state too large "
                        + "for a link (4,096 bytes); players then get a page saying the address is too long");
    }
}
