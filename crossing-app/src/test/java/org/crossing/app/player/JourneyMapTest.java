package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;

/**
 * The journey map labels every stop at a size a phone can read, inside the part of the map it
 * shows and over no other name; country names are moved inside the view, never cut.
 */
class JourneyMapTest {

    private static PublishedStory story(String slug) throws Exception {
        return StoryCachesTest.stories().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static double[] box(Views.MapView map) {
        String[] parts = map.canvas().viewBox().split(" ");
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) box[i] = Double.parseDouble(parts[i]);
        return box;
    }

    /** A name's box as the layout estimates it: left, top, right, bottom. */
    private static double[] labelBox(Views.MapLabel label, double font) {
        double width = label.text().length() * font * LabelText.LETTER_WIDTH * (label.country() ? LabelText.CAPITALS : 1);
        double x = Double.parseDouble(label.x());
        double left = switch (label.anchor()) {
            case "start" -> x;
            case "end" -> x - width;
            default -> x - width / 2;
        };
        double centre = Double.parseDouble(label.y()) - font * 0.35;
        return new double[] {left, centre - font * 0.6, left + width, centre + font * 0.6};
    }

    @Test
    void everyStopOfEveryJourneyIsNamedReadablyOnAPhoneInsideTheMapAndOverNoOtherName() throws Exception {
        PublishedStory crossing = story("the-crossing");
        StoryCache cache = new StoryCache(crossing, "");
        Story story = crossing.story();
        Random random = new Random(11);
        int seoul = 0;
        // Many journeys pass the same places: the map is a function of them, so each is drawn and checked once.
        Set<List<Integer>> drawn = new HashSet<>();
        for (int journey = 0; journey < 300; journey++) {
            List<Integer> places = randomJourney(story, random);
            Stops.Route route = cache.route(places);
            List<String> names = route.stops().stream().map(Stops.Stop::shortName).toList();
            if (names.contains("Seoul")) seoul++;
            if (!drawn.add(places)) continue;
            Views.MapView map = JourneyMap.map(cache.mapBase(), route);
            double[] view = box(map);
            assertThat(view[2] / view[3]).isCloseTo(1040.0 / 960, within(0.002));
            for (Views.LabelSet set : List.of(map.narrow(), map.wide())) {
                double font = Double.parseDouble(set.fontSize());
                double countryFont = Double.parseDouble(set.countryFontSize());
                List<Views.MapLabel> stops = set.labels().stream().filter(l -> !l.country()).toList();
                assertThat(stops).extracting(Views.MapLabel::text).containsExactlyInAnyOrderElementsOf(names);
                List<double[]> boxes = new ArrayList<>();
                for (Views.MapLabel label : set.labels()) {
                    double[] b = labelBox(label, label.country() ? countryFont : font);
                    assertThat(b[0]).as("%s", label.text()).isGreaterThanOrEqualTo(view[0]);
                    assertThat(b[1]).as("%s", label.text()).isGreaterThanOrEqualTo(view[1]);
                    assertThat(b[2]).as("%s", label.text()).isLessThanOrEqualTo(view[0] + view[2]);
                    assertThat(b[3]).as("%s", label.text()).isLessThanOrEqualTo(view[1] + view[3]);
                    boxes.add(b);
                }
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        double[] a = boxes.get(i);
                        double[] b = boxes.get(j);
                        boolean overlap = a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
                        assertThat(overlap).as("'%s' over '%s' on %s", set.labels().get(i).text(), set.labels().get(j).text(), names).isFalse();
                    }
                }
            }
            // Shown 343 px wide (a 375 px phone), the phone's names are at least 12 px tall.
            assertThat(Double.parseDouble(map.narrow().fontSize()) * JourneyMap.NARROW_WIDTH / view[2]).isGreaterThanOrEqualTo(12);
            assertThat(Double.parseDouble(map.narrow().countryFontSize()) * JourneyMap.NARROW_WIDTH / view[2]).isGreaterThanOrEqualTo(10.5);
        }
        assertThat(seoul).as("journeys to Seoul among those drawn").isGreaterThan(3);
    }

    /** The scenes with places of a journey of random choices, to its end. */
    private static List<Integer> randomJourney(Story story, Random random) {
        State state = Engine.begin(story, random.nextLong());
        for (int step = 0; step < 300 && !Engine.finished(story, state); step++) state = Engine.next(story, state, StoryCachesTest.randomAction(story, state, random));
        return Journey.placeScenes(story, state);
    }

    /** The corners of an SVG path of straight lines ("M1 2L3 4L5 6"). */
    private static List<double[]> corners(String d) {
        List<double[]> points = new ArrayList<>();
        for (String part : d.replace("h0.01", "").split("(?=[ML])")) {
            if (part.isBlank()) continue;
            String[] xy = part.substring(1).trim().split(" ");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    /** Whether the line from a to b, drawn {@code half} thick on each side, touches the box (sampled finely). */
    private static boolean touches(double[] a, double[] b, double half, double[] box) {
        int steps = 200;
        for (int s = 0; s <= steps; s++) {
            double x = a[0] + (b[0] - a[0]) * s / steps;
            double y = a[1] + (b[1] - a[1]) * s / steps;
            if (x + half > box[0] && x - half < box[2] && y + half > box[1] && y - half < box[3]) return true;
        }
        return false;
    }

    @Test
    void noNameIsUnderABorderBarAndNoCountrysUnderTheRoute() throws Exception {
        PublishedStory crossing = story("the-crossing");
        StoryCache cache = new StoryCache(crossing, "");
        Story story = crossing.story();
        Random random = new Random(23);
        Set<List<Integer>> drawn = new HashSet<>();
        int bars = 0;
        boolean laos = false;
        for (int journey = 0; journey < 300; journey++) {
            List<Integer> places = randomJourney(story, random);
            if (!drawn.add(places)) continue;
            Stops.Route route = cache.route(places);
            Views.MapView map = JourneyMap.map(cache.mapBase(), route);
            laos |= route.stops().stream().anyMatch(s -> s.shortName().equals("Northern Laos"));
            List<double[]> thread = corners(map.route().d());
            double routeWidth = Double.parseDouble(map.route().width());
            for (Views.LabelSet set : List.of(map.narrow(), map.wide())) {
                double font = Double.parseDouble(set.fontSize());
                double countryFont = Double.parseDouble(set.countryFontSize());
                for (Views.MapLabel label : set.labels()) {
                    double[] b = labelBox(label, label.country() ? countryFont : font);
                    for (Views.MapBorder border : map.route().borders()) {
                        bars++;
                        List<double[]> bar = corners(border.d());
                        assertThat(touches(bar.get(0), bar.get(1), routeWidth, b))
                                .as("the %s bar over '%s' on %s", border.title(), label.text(), map.passage().names()).isFalse();
                    }
                    // A stop's name is drawn over the route, and crosses it only where no place clear of it is left (MapLabelsTest); a country's has room to spare.
                    for (int i = 1; i < thread.size() && label.country(); i++) {
                        assertThat(touches(thread.get(i - 1), thread.get(i), 0, b))
                                .as("the route over '%s' on %s", label.text(), map.passage().names()).isFalse();
                    }
                }
            }
        }
        assertThat(laos).as("a journey through northern Laos among those drawn").isTrue();
        assertThat(bars).isGreaterThan(100);
    }

    @Test
    void aJourneyInOnePlaceShowsItsRegionAtTheClosestZoomWithItsCountriesNamedOnTheirLand() throws Exception {
        PublishedStory crossing = story("the-crossing");
        StoryCache cache = new StoryCache(crossing, "");
        Scene dawn = crossing.story().scenes().stream().filter(s -> s.id().equals("dawn")).findFirst().orElseThrow();
        Views.MapView map = JourneyMap.map(cache.mapBase(), cache.route(List.of(dawn.index())));
        // A sixth of the map across, centred on Hyesan (x 803.6, y 232.0 on the 1040 × 960 map)
        assertThat(map.canvas().viewBox()).isEqualTo("716.9 152.0 173.3 160.0");
        assertThat(map.route().stops()).hasSize(1);
        assertThat(map.narrow().labels().get(0).text()).isEqualTo("Hyesan");
        assertThat(map.canvas().background()).isEqualTo("/s/the-crossing/map-ground.svg");
        assertThat(map.passage().names()).isEqualTo("Hyesan");
        assertThat(map.passage().countries()).containsExactly("North Korea");
        assertThat(map.route().borders()).isEmpty();
        assertThat(map.narrow().labels()).filteredOn(Views.MapLabel::country).extracting(Views.MapLabel::text)
                .containsExactlyInAnyOrder("NORTH KOREA", "CHINA");
    }

    @Test
    void theMapPictureIsServedWithoutTheNamesThePagePrintsItself() throws Exception {
        MapGround ground = new StoryCache(story("the-crossing"), "").mapGround();
        assertThat(new String(ground.svg(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<text").contains("<path");
        assertThat(ground.names()).extracting(MapGround.Name::text).contains("China", "North Korea", "South Korea", "Mongolia", "Laos");
        assertThat(ground.names()).filteredOn(n -> n.text().equals("North Korea")).extracting(MapGround.Name::anchor).containsExactly("start");
        assertThat(ground.names()).filteredOn(n -> n.text().equals("China")).extracting(MapGround.Name::anchor).containsExactly("middle");
    }

    @Test
    void aStoryWithoutAMapPictureShowsItsWholeGrid() throws Exception {
        PublishedStory ferry = story("ferry");
        StoryCache cache = new StoryCache(ferry, "");
        List<Integer> places = ferry.story().scenes().stream().filter(s -> s.place() != null).map(Scene::index).toList();
        Views.MapView map = JourneyMap.map(cache.mapBase(), cache.route(places));
        assertThat(map.canvas().viewBox()).isEqualTo("0 0 " + map.canvas().width() + " " + map.canvas().height());
        assertThat(map.canvas().background()).isNull();
        assertThat(map.canvas().grid()).isNotEmpty();
        assertThat(map.narrow().labels()).extracting(Views.MapLabel::text).containsExactly("Tallinn", "Helsinki", "Gulf of Finland");
    }
}
