package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.crossing.story.check.Checker;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapSvgTest {

    @TempDir
    Path folder;

    @Test
    void aSceneTheCheckerFindsUnreachableOrDeadIsMarkedAndLinksToItsPage() throws Exception {
        Files.writeString(folder.resolve("story.story"), """
                title: Marks <&>
                language: en
                start: a

                == a ==
                Start.
                * [false] Never -> lost
                * Go -> end

                == lost ==
                Nobody comes here.
                -> end

                == end ==
                Done.
                ending safe: Done
                """);
        Story story = StoryCompiler.compile(folder).story();
        String svg = MapSvg.render(story, StoryMapLayout.layout(story), MapMarks.of(story, Checker.check(story)), "/scene/",
                new MapSvg.Highlight(Set.of("end"), Set.of("a>end")));
        assertThat(svg).contains("<a href=\"/scene/lost\" class=\"node scene unreachable\" data-scene=\"lost\"><title>lost, unreachable</title>");
        assertThat(svg).contains("<a href=\"/scene/a\" class=\"node decision start\" data-scene=\"a\">");
        assertThat(svg).contains("class=\"node ending kind-safe on-path\" data-scene=\"end\"");
        assertThat(svg).contains("<g class=\"edge once on-path\" data-from=\"a\" data-to=\"end\">");
        assertThat(svg).contains("<g class=\"edge once if\" data-from=\"a\" data-to=\"lost\">");
        assertThat(svg).doesNotContain("Before chapter 1");
    }

    @Test
    void textIsEscaped() {
        assertThat(MapSvg.escape("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
