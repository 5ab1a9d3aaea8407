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

    /**
     * {@code *} choices are once only, {@code +} ones repeatable; the countdown's default is drawn
     * as the countdown, and, as "Go" is once only and chance can lead back to 'a', so is the
     * countdown that runs out once "Go" is used.
     */
    @Test
    void everySceneIsABoxAndEveryWayOnALineOfItsKind() throws Exception {
        Story story = givenStory(STORY);
        StoryMap map = StoryMapLayout.layout(story);
        assertThat(map.nodes()).extracting(StoryMap.Node::id).containsExactly("a", "b", "c");
        assertThat(map.nodes()).extracting(StoryMap.Node::kind)
                .containsExactly(StoryMap.NodeKind.DECISION, StoryMap.NodeKind.CHANCE, StoryMap.NodeKind.ENDING);
        assertThat(map.edges()).extracting(e -> story.scene(e.from()).id() + ">" + story.scene(e.to()).id() + " " + e.kind() + " " + e.label())
                .containsExactly("a>b TIMED 5s", "a>c ONCE ", "a>a CHOICE ", "a>b TIMED 5s, \"Go\" unavailable", "b>c CHANCE 30%",
                        "b>a CHANCE otherwise");
        assertThat(map.edges()).allSatisfy(edge -> assertThat(edge.points().length).isGreaterThanOrEqualTo(4));
    }

    /**
     * A countdown whose choice may be hidden ('hide': "Stand up" is for the brave) or used up
     * ('yard': once only, and the yard can be come back to) also runs out by itself: a dashed
     * countdown line of its own, beside the choice's, saying which choice is missing.
     */
    @Test
    void aCountdownThatRunsOutWithItsChoiceUnavailableHasALineOfItsOwn() throws Exception {
        Story story = givenStory(CountdownCoverageTest.STORY);
        StoryMap map = StoryMapLayout.layout(story);
        assertThat(map.edges()).extracting(e -> story.scene(e.from()).id() + ">" + story.scene(e.to()).id() + " " + e.kind()
                        + (e.conditional() ? " if" : "") + " " + e.item() + " " + e.label())
                .containsExactly(
                        "beam>hide ONCE 0 ", "beam>hide ONCE 1 ", "beam>frozen TIMED -1 8s",
                        "hide>street TIMED if 0 5s", "hide>yard ONCE 1 ", "hide>street TIMED if -1 5s, \"Stand up\" unavailable",
                        "yard>wall TIMED 0 5s", "yard>gate CHOICE 1 ", "yard>wall TIMED if -1 5s, \"Look over the wall\" unavailable",
                        "wall>yard CHOICE 0 ",
                        "gate>street TIMED 0 5s", "gate>gate CHOICE 1 ");
        assertThat(map.edges()).allSatisfy(edge -> assertThat(edge.points().length).isGreaterThanOrEqualTo(4));
    }

    @Test
    void aLongChoiceIsCutShortInTheCountdownsLabel() throws Exception {
        Story story = givenStory(CountdownCoverageTest.STORY.replace("Stand up", "Stand up and walk out into the searchlight"));
        assertThat(StoryMapLayout.layout(story).edges()).extracting(StoryMap.Edge::label)
                .contains("5s, \"Stand up and walk out i…\" unavailable");
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

    /** A save that changes words only lays nothing out again, and the map is the one a fresh layout draws. */
    @Test
    void aSaveThatChangesOnlyWordsReusesEveryChapter() throws Exception {
        StoryMapLayout layout = new StoryMapLayout();
        layout.next(givenStory(STORY));
        assertThat(layout.chaptersLaidOut()).isEqualTo(2);
        Story reworded = givenStory(STORY.replace("Start.", "It starts here, in the rain.").replace("ending safe: Done", "ending safe: Over"));
        StoryMap again = layout.next(reworded);
        assertThat(layout.chaptersLaidOut()).isZero();
        assertSameMap(again, StoryMapLayout.layout(reworded));
    }

    /** A way added inside chapter 2 lays out chapter 2 only; chapter 1 keeps its boxes and lines. */
    @Test
    void aSaveThatChangesOneChapterLaysOutThatChapterOnly() throws Exception {
        StoryMapLayout layout = new StoryMapLayout();
        StoryMap before = layout.next(givenStory(STORY));
        Story changed = givenStory(STORY.replace("otherwise -> a", "otherwise -> d\n\n== d ==\nLost.\n* Back -> c"));
        StoryMap after = layout.next(changed);
        assertThat(layout.chaptersLaidOut()).isEqualTo(1);
        assertSameMap(after, StoryMapLayout.layout(changed));
        assertThat(after.nodes().get(0)).isEqualTo(before.nodes().get(0));
        assertThat(after.nodes()).extracting(StoryMap.Node::id).containsExactly("a", "b", "d", "c");
    }

    /** A scene renamed to a longer id has a wider box: its chapter is laid out again. */
    @Test
    void aWiderBoxIsANewShape() throws Exception {
        StoryMapLayout layout = new StoryMapLayout();
        layout.next(givenStory(STORY));
        Story renamed = givenStory(STORY.replace("-> c", "-> far_shore_of_the_river").replace("== c ==", "== far_shore_of_the_river =="));
        StoryMap map = layout.next(renamed);
        assertThat(layout.chaptersLaidOut()).isEqualTo(1);
        assertSameMap(map, StoryMapLayout.layout(renamed));
    }

    static void assertSameMap(StoryMap actual, StoryMap expected) {
        assertThat(actual.nodes()).isEqualTo(expected.nodes());
        assertThat(actual.chapters()).isEqualTo(expected.chapters());
        assertThat(actual.width()).isEqualTo(expected.width());
        assertThat(actual.height()).isEqualTo(expected.height());
        assertThat(actual.edges()).hasSameSizeAs(expected.edges());
        for (int i = 0; i < expected.edges().size(); i++) {
            StoryMap.Edge a = actual.edges().get(i);
            StoryMap.Edge e = expected.edges().get(i);
            assertThat(List.of(a.from(), a.to(), a.kind(), a.label())).isEqualTo(List.of(e.from(), e.to(), e.kind(), e.label()));
            assertThat(a.points()).as("line %d", i).containsExactly(e.points());
            assertThat(List.of(a.labelX(), a.labelY())).as("label %d", i).isEqualTo(List.of(e.labelX(), e.labelY()));
        }
    }

    /** A label's box as the layout reserves it: 10 px monospace letters, from the baseline's start. */
    private static double[] labelBox(StoryMap.Edge edge) {
        return new double[] {edge.labelX(), edge.labelY() - 9, edge.labelX() + edge.label().length() * 6.2, edge.labelY() + 3};
    }

    @Test
    void edgeLabelsLeavingOneSceneStandApart() throws Exception {
        // market-day's haggle: four chances leave one box; their labels once ran over each other at its foot
        Story story = StoryCompiler.compile(Path.of("..", "examples", "market-day")).story();
        StoryMap map = StoryMapLayout.layout(story);
        List<StoryMap.Edge> labelled = map.edges().stream().filter(e -> !e.label().isEmpty()).toList();
        assertThat(labelled).filteredOn(e -> story.scene(e.from()).id().equals("haggle")).extracting(StoryMap.Edge::label)
                .containsExactly("50%", "30%", "40%", "otherwise");
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                double[] a = labelBox(labelled.get(i));
                double[] b = labelBox(labelled.get(j));
                boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                assertThat(apart).as("'%s' and '%s'", labelled.get(i).label(), labelled.get(j).label()).isTrue();
            }
        }
    }

    /**
     * Every label of The Crossing lies on or beside its own line, none left where ELK put a label it
     * did not place (the top left of its chapter): the chances and countdowns of a chapter once piled
     * up there, which the small stories above did not show.
     */
    @Test
    void everyLabelOfTheCrossingLiesBesideItsOwnLine() throws Exception {
        Story story = StoryCompiler.compile(Path.of("..", "stories", "the-crossing")).story();
        StoryMap map = StoryMapLayout.layout(story);
        List<StoryMap.Edge> labelled = map.edges().stream().filter(e -> !e.label().isEmpty()).toList();
        assertThat(labelled).hasSizeGreaterThan(40);
        List<String> astray = new java.util.ArrayList<>();
        for (StoryMap.Edge edge : labelled) {
            String name = String.format("'%s' of %s > %s at (%.0f, %.0f)", edge.label(), story.scene(edge.from()).id(),
                    story.scene(edge.to()).id(), edge.labelX(), edge.labelY());
            double gap = distance(labelBox(edge), edge.points());
            if (gap > LABEL_BESIDE) astray.add(name + String.format(": %.0f from its line", gap));
            StoryMap.Band band = map.chapters().stream().filter(b -> b.number() == map.nodes().get(edge.from()).chapter()).findFirst().orElseThrow();
            if (Math.abs(edge.labelX() - band.x()) < 14 && edge.labelY() < 28 + 24) astray.add(name + ": at the top left of its chapter");
        }
        assertThat(astray).isEmpty();
    }

    /** The most a label's box may stand from its line: a label beside a vertical run keeps a few pixels' gap. */
    private static final double LABEL_BESIDE = 8;

    /** The shortest distance between a box (x1, y1, x2, y2) and a polyline. */
    private static double distance(double[] box, double[] points) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < points.length; i += 2) {
            // the segments are horizontal or vertical (orthogonal routing): the gap on each axis
            double minX = Math.min(points[i], points[i + 2]);
            double maxX = Math.max(points[i], points[i + 2]);
            double minY = Math.min(points[i + 1], points[i + 3]);
            double maxY = Math.max(points[i + 1], points[i + 3]);
            double dx = Math.max(0, Math.max(minX - box[2], box[0] - maxX));
            double dy = Math.max(0, Math.max(minY - box[3], box[1] - maxY));
            best = Math.min(best, Math.hypot(dx, dy));
        }
        return best;
    }
}
