package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The scene page's route strip is a map of the journey so far: from the first chapter it shows
 * where she is, on the border with the country she will cross into, the countries named in the
 * page's language; each step of the route changes it.
 */
class RouteStripTest {

    private static PublishedStory crossing() throws Exception {
        return StoryCachesTest.stories().filter(s -> s.slug().equals("the-crossing")).findFirst().orElseThrow();
    }

    private static int scene(Story story, String id) {
        return story.scenes().stream().filter(s -> s.id().equals(id)).findFirst().map(Scene::index).orElseThrow();
    }

    /** The English strip at each step of a journey through the scenes {@code ids}, in order. */
    private static List<Views.MapStrip> stripsAlong(String... ids) throws Exception {
        PublishedStory crossing = crossing();
        StoryCache cache = new StoryCache(crossing, "");
        List<Integer> places = new ArrayList<>();
        List<Views.MapStrip> strips = new ArrayList<>();
        for (String id : ids) {
            places.add(scene(crossing.story(), id));
            strips.add(RouteStrip.of(cache.mapBase(), cache.route(places), "", cache.countryNames()));
        }
        return strips;
    }

    private static List<String> countries(Views.MapStrip strip) {
        return strip.names().labels().stream().filter(Views.MapLabel::country).map(Views.MapLabel::text).toList();
    }

    @Test
    void inTheFirstChapterTheStripShowsHyesanOnTheBorderWithChinaOnTheMapsLand() throws Exception {
        PublishedStory crossing = crossing();
        StoryCache cache = new StoryCache(crossing, "");
        Views.MapStrip strip = RouteStrip.of(cache.mapBase(), cache.route(List.of(scene(crossing.story(), "dawn"))), "Chapter 1 of 7 · Hyesan", cache.countryNames());
        assertThat(strip.background()).isEqualTo("/s/the-crossing/map-ground.svg");
        assertThat(countries(strip)).containsExactlyInAnyOrder("NORTH KOREA", "CHINA");
        assertThat(strip.names().labels()).filteredOn(l -> !l.country()).extracting(Views.MapLabel::text).containsExactly("Hyesan");
        // A tenth of the map across (104 of 1040 units, about 5 degrees), with the strip's proportions (343 × 110).
        String[] view = strip.viewBox().split(" ");
        assertThat(Double.parseDouble(view[2])).isEqualTo(104.0);
        assertThat(Double.parseDouble(view[3])).isEqualTo(33.4);
        // On a 375 px phone the strip is 343 px wide: country names 11 px tall, her place 13 px.
        double scale = RouteStrip.WIDTH / Double.parseDouble(view[2]);
        assertThat(Double.parseDouble(strip.names().countryFontSize()) * scale).isGreaterThanOrEqualTo(10.9);
        assertThat(Double.parseDouble(strip.names().fontSize()) * scale).isGreaterThanOrEqualTo(12.8);
    }

    @Test
    void onTheKoreanPageTheCountriesAreNamedInKorean() throws Exception {
        PublishedStory korean = crossing().in("ko");
        StoryCache cache = new StoryCache(korean, "");
        Views.MapStrip strip = RouteStrip.of(cache.mapBase(), cache.route(List.of(scene(korean.story(), "dawn"))), "", cache.countryNames());
        assertThat(countries(strip)).containsExactlyInAnyOrder("북한", "중국");
    }

    @Test
    void everyNewStopOfAJourneyChangesTheStripFromTheBorderCrossingOn() throws Exception {
        List<Views.MapStrip> strips = stripsAlong("dawn", "far_bank", "broker_car", "yanji_kitchen");
        // Across the Yalu (3 km): the crossing is drawn as a bar across the thread, named for the screen reader's sake in the ending only.
        assertThat(strips.get(1).borders()).extracting(Views.MapBorder::title).containsExactly("North Korea → China");
        assertThat(strips.get(1).names().labels()).filteredOn(l -> !l.country()).extracting(Views.MapLabel::text).containsExactly("Changbai");
        for (int i = 1; i < strips.size(); i++) {
            assertThat(strips.get(i).route()).isNotEqualTo(strips.get(i - 1).route());
            assertThat(strips.get(i).stops()).hasSizeGreaterThan(strips.get(i - 1).stops().size() - 1);
        }
        assertThat(strips.get(2).viewBox()).isNotEqualTo(strips.get(0).viewBox());
    }

    @Test
    void theYaluCrossedThroughTheIceIsMarkedAsABorderOnceSheIsOnTheChineseBank() throws Exception {
        // The ice breaks near the Chinese bank ("The Yalu near Changbai", no country in its name),
        // then she climbs out at Changbai, China: one stop, and it is in China.
        List<Views.MapStrip> strips = stripsAlong("dawn", "ice_breaks", "far_bank", "road_walk");
        assertThat(strips.get(1).borders()).isEmpty(); // still on the river
        assertThat(strips.get(2).borders()).extracting(Views.MapBorder::title).containsExactly("North Korea → China");
        assertThat(strips.get(3).borders()).extracting(Views.MapBorder::title).containsExactly("North Korea → China");
    }

    @Test
    void whereSheIsNowIsInsideTheViewAtEveryStopOfEveryJourney() throws Exception {
        PublishedStory crossing = crossing();
        Story story = crossing.story();
        StoryCache cache = new StoryCache(crossing, "");
        java.util.Random random = new java.util.Random(5);
        int checked = 0;
        for (int journey = 0; journey < 200; journey++) {
            org.crossing.story.play.State state = org.crossing.story.play.Engine.begin(story, random.nextLong());
            for (int step = 0; step < 300 && !org.crossing.story.play.Engine.finished(story, state); step++) {
                state = org.crossing.story.play.Engine.next(story, state, StoryCachesTest.randomAction(story, state, random));
            }
            List<Integer> places = Journey.placeScenes(story, state);
            for (int n = 1; n <= places.size(); n++) {
                Views.MapStrip strip = RouteStrip.of(cache.mapBase(), cache.route(places.subList(0, n)), "", cache.countryNames());
                if (strip == null) continue;
                Views.MapStop here = strip.stops().stream().filter(Views.MapStop::last).reduce((a, b) -> b).orElseThrow();
                String[] view = strip.viewBox().split(" ");
                double x = Double.parseDouble(view[0]), y = Double.parseDouble(view[1]);
                double width = Double.parseDouble(view[2]), height = Double.parseDouble(view[3]);
                assertThat(Double.parseDouble(here.x())).as("journey %d, stop %d", journey, n).isBetween(x, x + width);
                assertThat(Double.parseDouble(here.y())).as("journey %d, stop %d", journey, n).isBetween(y, y + height);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
