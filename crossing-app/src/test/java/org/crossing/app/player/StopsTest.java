package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;

/** A journey's stops, in every language the story is read in. */
class StopsTest {

    @Test
    void aTranslationHasTheOriginalsStopsNamedInItsOwnWords() throws Exception {
        PublishedStory english = StoryCatalog.compile(Paths.get("..", "stories", "the-crossing"));
        PublishedStory korean = english.in("ko");
        assertThat(korean.isOriginal()).isFalse();
        StoryCache englishCache = new StoryCache(english, "");
        StoryCache koreanCache = new StoryCache(korean, "");

        for (State state : ShareCardPictureTest.longestJourneyToEachEnding(english.story(), 300).values()) {
            List<Integer> places = Journey.placeScenes(english.story(), state);
            Stops.Route inEnglish = englishCache.route(places);
            Stops.Route inKorean = koreanCache.route(places);

            assertThat(inKorean.visits()).isEqualTo(inEnglish.visits());
            assertThat(inKorean.kilometres()).isEqualTo(inEnglish.kilometres());
            for (int i = 0; i < inKorean.stops().size(); i++) {
                Stops.Stop stop = inKorean.stops().get(i);
                assertThat(stop.latitude()).isEqualTo(inEnglish.stops().get(i).latitude());
                assertThat(stop.name()).isNotEqualTo(inEnglish.stops().get(i).name());
            }
        }
        // Hyesan, its market and the Yalu at Hyesan are one stop, named as the translation names Hyesan
        State home = ShareCardPictureTest.longestJourneyToEachEnding(english.story(), 300).get("stay_home");
        assertThat(koreanCache.route(Journey.placeScenes(english.story(), home)).stops()).extracting(Stops.Stop::shortName).containsExactly("혜산");
    }
}
