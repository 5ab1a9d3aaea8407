package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryMapLayoutTest {

    @TempDir
    Path folder;

    Story givenStory(String text) throws Exception {
        Files.writeString(folder.resolve("story.story"), text);
        Compilation compilation = StoryCompiler.compile(folder);
        assertThat(compilation.report()).isEmpty();
        return compilation.story();
    }

    static final String STORY = """
            title: Map
            language: en
            start: a
            var tries = 0 between 0 and 3
            chapter 1: First

            == a ==
            Start.
            * Go -> b
            * [tries > 1] Skip -> c
            + Again -> a ~ tries += 1
            timed 5s -> b

            chapter 2: Second

            == b ==
            Luck.
            chance 30% -> c
            otherwise -> a

            == c ==
            The end.
            ending safe: Done
            """;

    /** {@code *} choices are once only, {@code +} ones repeatable; the countdown's default is drawn as the countdown. */
    @Test
    void everySceneIsABoxAndEveryWayOnALineOfItsKind() throws Exception {
        Story story = givenStory(STORY);
        StoryMap map = StoryMapLayout.layout(story);
        assertThat(map.nodes()).extracting(StoryMap.Node::id).containsExactly("a", "b", "c");
        assertThat(map.nodes()).extracting(StoryMap.Node::kind)
                .containsExactly(StoryMap.NodeKind.DECISION, StoryMap.NodeKind.CHANCE, StoryMap.NodeKind.ENDING);
        assertThat(map.edges()).extracting(e -> story.scene(e.from()).id() + ">" + story.scene(e.to()).id() + " " + e.kind() + " " + e.label())
                .containsExactly("a>b TIMED 5s", "a>c ONCE ", "a>a CHOICE ", "b>c CHANCE 30%", "b>a CHANCE otherwise");
        assertThat(map.edges()).allSatisfy(edge -> assertThat(edge.points().length).isGreaterThanOrEqualTo(4));
    }

    @Test
    void chaptersStandSideBySideInOrderWithTheirScenesInside() throws Exception {
        Story story = givenStory(STORY);
        StoryMap map = StoryMapLayout.layout(story);
        assertThat(map.chapters()).extracting(StoryMap.Band::title).containsExactly("Chapter 1: First", "Chapter 2: Second");
        StoryMap.Band first = map.chapters().get(0);
        StoryMap.Band second = map.chapters().get(1);
        assertThat(second.x()).isGreaterThan(first.x() + first.width());
        for (StoryMap.Node node : map.nodes()) {
            StoryMap.Band band = node.chapter() == 1 ? first : second;
            assertThat(node.x()).isBetween(band.x(), band.x() + band.width());
            assertThat(node.x() + node.width()).isLessThanOrEqualTo(band.x() + band.width() + 0.01);
            assertThat(node.y() + node.height()).isLessThanOrEqualTo(map.height());
        }
        assertThat(map.width()).isEqualTo(second.x() + second.width());
    }

    @Test
    void boxesDoNotOverlap() throws Exception {
        StoryMap map = StoryMapLayout.layout(givenStory(STORY));
        List<StoryMap.Node> nodes = map.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                StoryMap.Node a = nodes.get(i);
                StoryMap.Node b = nodes.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertThat(apart).as(a.id() + " and " + b.id()).isTrue();
            }
        }
    }
}
