package org.crossing.story.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryParserTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Line> parse(String text) {
        SourceFile file = SourceFile.decode("s.story", text.getBytes(StandardCharsets.UTF_8), diagnostics);
        return StoryParser.parse(file, diagnostics);
    }

    private List<String> errors(String text) {
        parse(text);
        return diagnostics.list().stream().map(Diagnostic::headline).toList();
    }

    private TextNode text(String line) {
        return ((Line.TextLine) parse(line).get(0)).text();
    }

    @Test
    void commentsStartAtLineStartOrAfterSpaceButNotInsideUrlsOrQuotes() {
        assertThat(StoryParser.commentStart("// all comment")).isEqualTo(0);
        assertThat(StoryParser.commentStart("Text. // note")).isEqualTo(6);
        assertThat(StoryParser.commentStart("url: https://example.org/a")).isEqualTo(26);
        assertThat(StoryParser.commentStart("* Go -> a else \"a // b\"")).isEqualTo(23);
        assertThat(StoryParser.commentStart("a \\// b")).isEqualTo(7);
    }

    @Test
    void aCommentLineDoesNotEndAParagraphButABlankLineDoes() {
        assertThat(parse("One\n// note\nTwo\n\nThree")).extracting(l -> l.getClass().getSimpleName())
                .containsExactly("TextLine", "TextLine", "Blank", "TextLine");
    }

    @Test
    void backslashEscapesKeywordsAndMarks() {
        assertThat(text("\\image of the past")).isEqualTo(new TextNode(List.of(new TextNode.Plain("image of the past"))));
        assertThat(text("\\* not a choice \\{x\\}")).isEqualTo(new TextNode(List.of(new TextNode.Plain("* not a choice {x}"))));
    }

    @Test
    void emphasisNeedsTextRightAfterItsMark() {
        assertThat(text("5 * 3 is *fifteen*").spans()).containsExactly(
                new TextNode.Plain("5 * 3 is "), new TextNode.Emphasis(false, new TextNode(List.of(new TextNode.Plain("fifteen")))));
        assertThat(text("**a *b* c**").spans()).hasSize(1);
    }

    @Test
    void reportsUnclosedEmphasisAndBraces() {
        assertThat(errors("== a ==\nThe *cold night\nA {money\nB }")).containsExactly(
                "s.story:2:5: error: '*' opens emphasis that is not closed on this line; close it with '*' or write '\\*' for an asterisk",
                "s.story:3:3: error: '{' is not closed on this line; add '}' or write '\\{' for a brace",
                "s.story:4:3: error: '}' closes nothing; write '\\}' for a brace");
    }

    @Test
    void parsesSourceBlocksAndReportsUnknownFields() {
        List<Line> lines = parse("source un\n  title: Report\n  year: 2014\n  pages: 12\nText");
        Line.SourceBlock block = (Line.SourceBlock) lines.get(0);
        assertThat(block.fields().keySet()).containsExactly("title", "year");
        assertThat(block.fields().get("year").position().column()).isEqualTo(9);
        assertThat(diagnostics.list()).extracting(Diagnostic::headline).containsExactly(
                "s.story:4:3: error: unknown field 'pages' in source 'un'; a source has author, title, publisher, year and url");
        assertThat(lines.get(1)).isInstanceOf(Line.TextLine.class);
    }

    @Test
    void parsesChoiceParts() {
        Line.ChoiceLine choice = (Line.ChoiceLine) parse("+ [a > 1 and not b] Pay *now* -> river ~ a -= 1, b = true else \"No\"").get(0);
        assertThat(choice.once()).isFalse();
        assertThat(choice.condition()).isInstanceOf(ExprNode.Binary.class);
        assertThat(choice.label().spans()).hasSize(2);
        assertThat(choice.target().name()).isEqualTo("river");
        assertThat(choice.target().position().column()).isEqualTo(34);
        assertThat(choice.effects()).extracting(e -> ((EffectNode.Change) e).name()).containsExactly("a", "b");
        assertThat(choice.disabledReason()).isEqualTo(new TextNode(List.of(new TextNode.Plain("No"))));
    }

    @Test
    void reportsMalformedDirectivesWithTheirUsage() {
        assertThat(errors("""
                chapter one: Home
                var and = 1
                var x = 1 between 5 and 2
                place 95, 10: North
                hotspot 150% 10% A -> text: b
                hotspot 10% 10% A -> map: b
                timed soon -> a
                chance 120% -> a
                * [x = 1] Go -> a
                * Go -> a else "why"
                ending safe
                """)).containsExactly(
                "s.story:1:1: error: write 'chapter NUMBER: TITLE', as in 'chapter 1: Hyesan, January'",
                "s.story:2:5: error: 'and' is a reserved word; choose another variable name",
                "s.story:3:21: error: the range 5 to 2 is empty; write the lower bound first",
                "s.story:4:7: error: latitude 95 is outside -90 to 90",
                "s.story:5:9: error: a hotspot's position is two percentages from 0 to 100, across the image and down it from its top left corner; 150% is outside the image",
                "s.story:6:22: error: a hotspot opens 'fact SOURCE: statement', 'photo FILE: alt text', 'audio FILE transcript FILE: title' or 'text: words'",
                "s.story:7:7: error: write 'timed SECONDS s -> SCENE', as in 'timed 10s -> hide'",
                "s.story:8:8: error: a chance weight is a percentage from 0 to 100, not 120",
                "s.story:9:6: error: '=' sets a variable; to compare, write '=='",
                "s.story:10:16: error: 'else' gives the reason a choice is disabled, but this choice has no [condition]",
                "s.story:11:1: error: write 'ending KIND: SUMMARY', as in 'ending safe: Reached Seoul'");
    }

    @Test
    void sceneIdsAreLowerCaseWords() {
        assertThat(errors("== Market Day ==\n== ok_1 ==\n== ==")).containsExactly(
                "s.story:1:1: error: write a scene as '== scene_id =='",
                "s.story:3:1: error: write a scene as '== scene_id =='");
        assertThat(errors("== Market ==")).contains("s.story:1:4: error: scene id 'Market' must start with a lower-case ASCII letter (a to z) and hold only a to z, 0 to 9 and '_'");
    }

    @Test
    void afterANumberSaysHowLongAfterTheSceneBeforeAndBeforeAWordItIsText() {
        List<Line> lines = parse("after 3 days\nafter 1 week\nafter 2 months\nafter dark the lamps go out\n\\after 3 days, text");

        assertThat(lines.get(0)).isEqualTo(new Line.After(3, org.crossing.story.model.TimeSpan.Unit.DAY, new org.crossing.story.model.Position("s.story", 1, 1)));
        assertThat(lines.get(1)).isEqualTo(new Line.After(1, org.crossing.story.model.TimeSpan.Unit.WEEK, new org.crossing.story.model.Position("s.story", 2, 1)));
        assertThat(lines.get(2)).isEqualTo(new Line.After(2, org.crossing.story.model.TimeSpan.Unit.MONTH, new org.crossing.story.model.Position("s.story", 3, 1)));
        assertThat(lines.get(3)).isInstanceOf(Line.TextLine.class);
        assertThat(lines.get(4)).isInstanceOf(Line.TextLine.class);
        assertThat(diagnostics.list()).isEmpty();
    }

    @Test
    void aTimeSpanThatIsNotOneIsReportedWithTheForm() {
        assertThat(errors("""
                after 3 fortnights
                after 0 days
                after 1300 months
                after 3 days and a night
                """)).containsExactly(
                "s.story:1:1: error: write 'after NUMBER days', 'weeks' or 'months', as in 'after 3 days': how long after the scene before "
                        + "the journey reaches this one. To begin a paragraph with 'after' and a number, write '\\after'",
                "s.story:2:7: error: a scene comes 1 day to 100 years after the one before, not 0 days; a scene that takes no time has no 'after' line",
                "s.story:3:7: error: a scene comes 1 day to 100 years after the one before, not 1300 months; a scene that takes no time has no 'after' line",
                "s.story:4:1: error: write 'after NUMBER days', 'weeks' or 'months', as in 'after 3 days': how long after the scene before "
                        + "the journey reaches this one. To begin a paragraph with 'after' and a number, write '\\after'");
    }
}
