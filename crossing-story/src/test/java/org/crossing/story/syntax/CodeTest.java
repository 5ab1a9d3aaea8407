package org.crossing.story.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CodeTest {

    @Test
    void codesAreUniqueAndTheirLetterGivesTheSeverity() {
        Set<String> ids = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (Code code : Code.values()) {
            assertThat(ids.add(code.id())).as(code.id()).isTrue();
            assertThat(slugs.add(code.slug())).as(code.slug()).isTrue();
            assertThat(code.id()).matches("[EW]\\d{3}");
        }
        assertThat(Code.UNKNOWN_SCENE.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(Code.UNUSED_VARIABLE.severity()).isEqualTo(Diagnostic.Severity.WARNING);
    }

    @Test
    void theLanguageReferenceListsEveryCodeInItsTable() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "story-language.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([EW]\\d{3})` \\| `([a-z0-9-]+)` \\|").matcher(docs);
        List<String> listed = new java.util.ArrayList<>();
        while (row.find()) listed.add(row.group(1) + " " + row.group(2));
        assertThat(listed).containsExactlyElementsOf(Arrays.stream(Code.values()).map(c -> c.id() + " " + c.slug()).toList());
    }
}
