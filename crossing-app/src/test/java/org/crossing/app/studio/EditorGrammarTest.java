package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TextMate grammar under editors/: every pattern compiles (Java's regular expressions accept
 * the subset of Oniguruma it uses), and the main constructs are recognised on real lines.
 */
class EditorGrammarTest {

    static final Path GRAMMAR = Paths.get("..", "editors", "textmate", "story.tmLanguage.json");
    static JsonNode repository;

    @BeforeAll
    static void read() throws Exception {
        JsonNode grammar = new ObjectMapper().readTree(GRAMMAR.toFile());
        assertThat(grammar.path("scopeName").asText()).isEqualTo("source.crossing-story");
        repository = grammar.path("repository");
    }

    @Test
    void everyPatternCompiles() {
        List<String> patterns = new ArrayList<>();
        collect(repository, patterns);
        assertThat(patterns).hasSizeGreaterThan(30);
        for (String pattern : patterns) Pattern.compile(pattern);
    }

    @Test
    void aSceneHeadingNamesItsScene() {
        Matcher m = pattern("scene-head", "match").matcher("== river_crossing ==");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(2)).isEqualTo("river_crossing");
    }

    @Test
    void aVariableWithARangeIsTakenApart() {
        Matcher m = pattern("var", "match").matcher("var money = 3 between 0 and 9");
        assertThat(m.matches()).isTrue();
        assertThat(List.of(m.group(2), m.group(4), m.group(6), m.group(8))).containsExactly("money", "3", "0", "9");
    }

    @Test
    void aChoiceStartsWithItsMarkerAndItsTargetIsAScene() {
        assertThat(pattern("choice", "begin").matcher("* [money >= 5] Meet the broker -> broker").lookingAt()).isTrue();
        assertThat(pattern("choice", "begin").matcher("*emphasis* at the start of a paragraph").lookingAt()).isFalse();
        Matcher target = pattern("arrow-target", "match").matcher("Meet the broker -> broker ~ trust += 1");
        assertThat(target.find()).isTrue();
        assertThat(target.group(2)).isEqualTo("broker");
    }

    @Test
    void aCommentNeedsASpaceBeforeItSoAnAddressIsNotOne() {
        JsonNode comment = repository.path("comment").path("patterns");
        Pattern afterText = Pattern.compile(comment.get(1).path("match").asText());
        assertThat(afterText.matcher("The river is frozen.   // a note").find()).isTrue();
        assertThat(afterText.matcher("See https://example.org for more").find()).isFalse();
    }

    private static Pattern pattern(String rule, String key) {
        return Pattern.compile(repository.path(rule).path(key).asText());
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (String key : List.of("match", "begin", "end")) {
                if (node.has(key)) out.add(node.get(key).asText());
            }
            node.properties().forEach(e -> collect(e.getValue(), out));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
