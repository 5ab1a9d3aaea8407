package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;

/** The journey map on a story's map picture is shown around the journey, with the picture's proportions. */
class JourneyMapTest {

    private static PublishedStory story(String slug) throws Exception {
        return StoryCachesTest.stories().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static double[] box(Views.MapView map) {
        String[] parts = map.viewBox().split(" ");
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) box[i] = Double.parseDouble(parts[i]);
        return box;
    }

    @Test
    void everyJourneyIsShownWholeWithinTheMapAndItsProportions() throws Exception {
        PublishedStory crossing = story("the-crossing");
        JourneyMap.MapBase base = new StoryCache(crossing).mapBase();
        double mapWidth = Double.parseDouble(base.width());
        double mapHeight = Double.parseDouble(base.height());
        Random random = new Random(11);
        int zoomedIn = 0;
        for (int journey = 0; journey < 300; journey++) {
            Story story = crossing.story();
            State state = Engine.begin(story, random.nextLong());
            for (int step = 0; step < 300 && !Engine.finished(story, state); step++) state = Engine.next(story, state, StoryCachesTest.randomAction(story, state, random));
            Views.MapView map = JourneyMap.map(base, Journey.placeScenes(story, state));
            double[] box = box(map);
            assertThat(box[0]).isGreaterThanOrEqualTo(0);
            assertThat(box[1]).isGreaterThanOrEqualTo(0);
            assertThat(box[0] + box[2]).isLessThanOrEqualTo(mapWidth + 0.1);
            assertThat(box[1] + box[3]).isLessThanOrEqualTo(mapHeight + 0.1);
            assertThat(box[2] / box[3]).isCloseTo(mapWidth / mapHeight, within(0.002));
            assertThat(box[2]).isGreaterThanOrEqualTo(mapWidth / JourneyMap.View.MAX_ZOOM - 0.1);
            double zoom = box[2] / mapWidth;
            assertThat(Double.parseDouble(map.fontSize())).isCloseTo(base.fontSizeValue() * zoom, within(0.06));
            for (Views.MapPoint p : map.points()) {
                assertThat(Double.parseDouble(p.x())).as("%s", p.name()).isBetween(box[0], box[0] + box[2]);
                assertThat(Double.parseDouble(p.y())).as("%s", p.name()).isBetween(box[1], box[1] + box[3]);
                if (p.name() == null) continue;
                // Where the label starts and, with the letters' estimated width, where it ends.
                double start = Double.parseDouble(p.labelX());
                double length = p.name().length() * Double.parseDouble(map.fontSize()) * JourneyMap.View.LETTER_WIDTH;
                double end = p.labelRight() ? start + length : start - length;
                assertThat(Math.min(start, end)).as("%s", p.name()).isGreaterThanOrEqualTo(box[0] - 0.2);
                assertThat(Math.max(start, end)).as("%s", p.name()).isLessThanOrEqualTo(box[0] + box[2] + 0.2);
                assertThat(Double.parseDouble(p.labelY())).as("%s", p.name()).isBetween(box[1], box[1] + box[3]);
            }
            if (zoom < 1) zoomedIn++;
        }
        assertThat(zoomedIn).as("journeys shown closer than the whole map").isGreaterThan(100);
    }

    @Test
    void aJourneyInOnePlaceShowsItsRegionAtTheClosestZoom() throws Exception {
        PublishedStory crossing = story("the-crossing");
        JourneyMap.MapBase base = new StoryCache(crossing).mapBase();
        Scene dawn = crossing.story().scenes().stream().filter(s -> s.id().equals("dawn")).findFirst().orElseThrow();
        Views.MapView map = JourneyMap.map(base, List.of(dawn.index()));
        double[] box = box(map);
        assertThat(box[2]).isEqualTo(416.0);
        assertThat(box[3]).isEqualTo(384.0);
        Views.MapPoint hyesan = map.points().get(0);
        assertThat(hyesan.name()).isEqualTo("Hyesan");
        assertThat(hyesan.labelRight()).isTrue();
        // Centred on the place and its label, which runs to the right of the dot.
        double x = Double.parseDouble(hyesan.x());
        assertThat(box[0] + box[2] / 2).isBetween(x, x + 30);
        assertThat(map.fontSize()).isEqualTo(JourneyMap.fmt(1040.0 / 45 / 2.5));
        assertThat(map.radius()).isEqualTo(JourneyMap.fmt(1040.0 / 110 / 2.5));
    }

    @Test
    void aStoryWithoutAMapPictureShowsItsWholeGrid() throws Exception {
        PublishedStory ferry = story("ferry");
        JourneyMap.MapBase base = new StoryCache(ferry).mapBase();
        List<Integer> places = ferry.story().scenes().stream().filter(s -> s.place() != null).map(Scene::index).limit(1).toList();
        Views.MapView map = JourneyMap.map(base, places);
        assertThat(map.viewBox()).isEqualTo("0 0 " + map.width() + " " + map.height());
        assertThat(map.fontSize()).isEqualTo(base.fontSize());
    }
}
