package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import org.crossing.story.model.Story;
import org.crossing.story.model.TimeSpan;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;

/** The time a journey has taken so far, as the story's {@code after} lines declare it, and how the pages say it. */
class JourneyTimeTest {

    private static final String ROAD = """
            title: The Road
            language: en
            start: home
            == home ==
            place 41.40, 128.18: Hyesan
            Home.
            -> river
            == river ==
            after 3 days
            place 41.41, 128.19: The Yalu at Hyesan
            The river.
            -> town
            == town ==
            after 2 weeks
            place 42.89, 129.51: Yanji, China
            A town.
            + Work another month -> work
            + Leave -> south
            == work ==
            after 1 month
            place 42.89, 129.51: Yanji, China
            Bowls and steam.
            -> town
            == south ==
            place 25.04, 102.71: Kunming, China
            South, at once.
            ending safe: Reached the south
            """;

    private static Story story(String text) {
        Compilation compilation = StoryCompiler.compile(StorySource.of(text));
        assertThat(compilation.report()).isEmpty();
        return compilation.story();
    }

    /** The states of a journey taking {@code choices} in turn (a single way on is taken as it comes). */
    private static List<State> journey(Story story, int... choices) {
        List<State> states = new ArrayList<>();
        State state = Engine.begin(story, 1);
        states.add(state);
        int next = 0;
        while (!Engine.finished(story, state)) {
            List<Action> actions = Engine.actions(story, state);
            state = Engine.next(story, state, actions.size() == 1 ? actions.get(0) : Action.choose(choices[next++]));
            states.add(state);
        }
        return states;
    }

    @Test
    void theSpansOfTheScenesEnteredAddUpAndAreToldInTheCoarsestUnitRounded() {
        Story story = story(ROAD);
        Messages english = Messages.of("en");
        // home, river, town, work, town, work, town, south
        List<State> states = journey(story, 0, 0, 1);

        List<String> told = states.stream().map(s -> JourneyTime.of(story, s)).map(t -> t == null ? null : t.words(english)).toList();

        // 0; 3 days; 17 days in weeks; 47 days in months; the loop counts each time it is entered (61, 91, 105 days);
        // the way south takes none
        assertThat(told).containsExactly(null, "3 days", "2 weeks", "2 months", "2 months", "3 months", "4 months", "4 months");
        assertThat(JourneyTime.of(story, states.get(states.size() - 1))).isEqualTo(new JourneyTime(105, TimeSpan.Unit.MONTH));
        assertThat(JourneyTime.of(story, states.get(3)).words(Messages.of("ko"))).isEqualTo("2개월");
        assertThat(new JourneyTime(1, TimeSpan.Unit.DAY).words(english)).isEqualTo("1 day");
        assertThat(new JourneyTime(10, TimeSpan.Unit.MONTH).words(english)).as("never less than one of its unit").isEqualTo("1 month");
    }

    @Test
    void aStoryThatDeclaresNoTimeShowsNone() {
        Story story = story(ROAD.replaceAll("after [0-9]+ (days|weeks|month)\n", ""));

        for (State state : journey(story, 0, 1)) assertThat(JourneyTime.of(story, state)).isNull();
    }

    @Test
    void theEndingsMapSummaryGivesTheWholeJourneysTimeInThePlayersLanguage() {
        Story story = story(ROAD);
        State end = journey(story, 0, 1).get(5);
        Stops.Route route = Stops.of(story, Stops.nameWords(story), Journey.placeScenes(story, end));
        JourneyTime time = JourneyTime.of(story, end);

        assertThat(Pages.mapSummary(Messages.of("en"), route, 0, time)).isEqualTo("3,340 km in 2 months from Hyesan to Kunming, 3 stops");
        assertThat(Pages.mapSummary(Messages.of("en"), route, 2, null)).isEqualTo("3,340 km from Hyesan to Kunming, 3 stops, 2 chapters");
        assertThat(Pages.mapSummary(Messages.of("ko"), route, 0, time)).isEqualTo("Hyesan에서 Kunming까지 2개월, 3,340 km, 3곳을 거침");

        Stops.Route home = Stops.of(story, Stops.nameWords(story), Journey.placeScenes(story, journey(story, 0, 1).get(1)));
        assertThat(Pages.mapSummary(Messages.of("en"), home, 1, JourneyTime.of(story, journey(story, 0, 1).get(1)))).isEqualTo("In Hyesan, 3 days, 1 chapter");
    }
}
