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

    @Test
    void aTranslatedStopsShortNameIsItsNameLessItsRegionWhereverTheLanguagePutsIt() {
        java.util.function.UnaryOperator<String> korean = name -> switch (name) {
            case "China" -> "중국";
            case "Mongolia" -> "몽골";
            default -> name;
        };
        assertThat(Stops.shortName("중국 옌지", "Yanji, China", korean)).isEqualTo("옌지");
        assertThat(Stops.shortName("몽골 자민우드 부근", "Near Zamyn-Uud, Mongolia", korean)).isEqualTo("자민우드 부근");
        assertThat(Stops.shortName("옌지, 중국", "Yanji, China", korean)).isEqualTo("옌지");
        assertThat(Stops.shortName("옌지 중국", "Yanji, China", korean)).isEqualTo("옌지");
        // a region the words do not name stays; a comma still ends the short name
        assertThat(Stops.shortName("안성 하나원", "Hanawon, Anseong", korean)).isEqualTo("안성 하나원");
        assertThat(Stops.shortName("메콩강, 라오스 쪽 기슭", "The Mekong, Laos bank", korean)).isEqualTo("메콩강");
        // the original, and a translation that keeps a place's name as written
        assertThat(Stops.shortName("Yanji, China", "Yanji, China", korean)).isEqualTo("Yanji");
        assertThat(Stops.shortName("혜산", "Hyesan", korean)).isEqualTo("혜산");
        // a name that only begins with the region's letters is not cut
        assertThat(Stops.shortName("중국집", "Restaurant, China", korean)).isEqualTo("중국집");
    }
}
