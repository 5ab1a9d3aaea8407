package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewValuesTest {

    @TempDir
    Path folder;

    Story story() throws Exception {
        Files.writeString(folder.resolve("story.story"), """
                title: Values
                language: en
                start: a
                var money = 3 between 0 and 9
                var papers = false
                var name = "Mi-ok"
                var days = 0

                == a ==
                {money} {papers} {name} {days}
                ending safe: Done
                """);
        return StoryCompiler.compile(folder).story();
    }

    @Test
    void typedValuesAreReadByTypeAndMissingOnesKeepTheirInitialValue() throws Exception {
        PreviewValues.Result result = PreviewValues.read(story(), Map.of("v.money", " 7 ", "v.papers", "on", "v.name", "Sun")::get);
        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsExactly(7L, true, "Sun", 0L);
    }

    @Test
    void everyMistakeIsReportedWithTheBoundsOrTheTypeItBreaks() throws Exception {
        PreviewValues.Result result = PreviewValues.read(story(), Map.of("v.money", "10", "v.days", "two")::get);
        assertThat(result.errors()).containsExactly("'money' must be between 0 and 9, not 10", "'days' must be a whole number, not 'two'");
    }
}
