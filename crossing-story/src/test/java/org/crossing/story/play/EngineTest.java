package org.crossing.story.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossing.story.model.Story;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final Story MARKET = Stories.given("""
            title: Market
            language: en
            start: market
            var money = 3 between 0 and 6
            var papers = false
            == market ==
            You have {money}.
            * Sell the machine -> market ~ money += 2
            * [money >= 5] Meet the broker -> broker else "You need 5"
            * [papers] Show papers -> broker
            + Look around -> look
            == look ==
            Stalls. {visits(look) > 1: Again.}
            -> market
            == broker ==
            A broker.
            * Pay -> river ~ money -= 5
            * Run -> river
            timed 10s -> river
            == river ==
            The ice.
            continue: Cross
            chance 30% -> caught
            chance [papers] 20% -> questioned
            otherwise -> across
            == caught ==
            Caught.
            ending captured: Caught at the river
            == questioned ==
            Questioned.
            ending turned-back: Sent home
            == across ==
            Across with {money}.
            ending safe: Across
            """);

    private static List<String> labels(State state) {
        return Engine.options(MARKET, state).stream()
                .map(o -> o.choice().label().source() + (o.enabled() ? "" : " (" + o.disabledReason() + ")")).toList();
    }

    @Test
    void beginsAtTheStartWithInitialValues() {
        State state = Engine.begin(MARKET, 42);
        assertThat(MARKET.scene(state.scene()).id()).isEqualTo("market");
        assertThat(state.values()).containsExactly(3L, false);
        assertThat(labels(state)).containsExactly("Sell the machine", "Meet the broker (You need 5)", "Look around");
        assertThat(Engine.actions(MARKET, state)).containsExactly(Action.choose(0), Action.choose(3));
    }

    @Test
    void onceOnlyChoicesDisappearAndEffectsApplyAndClamp() {
        State state = Engine.next(MARKET, Engine.begin(MARKET, 1), Action.choose(0));
        assertThat(state.value(0)).isEqualTo(5L);
        assertThat(labels(state)).containsExactly("Meet the broker", "Look around");
        State broker = Engine.next(MARKET, state, Action.choose(1));
        State paid = Engine.next(MARKET, broker, Action.choose(0));
        assertThat(paid.value(0)).isEqualTo(0L);
    }

    @Test
    void refusesChoicesThatAreNotOffered() {
        State state = Engine.begin(MARKET, 1);
        assertThatThrownBy(() -> Engine.next(MARKET, state, Action.choose(1)))
                .isInstanceOf(IllegalActionException.class).hasMessage("choice 2 in scene 'market' is not available now");
        State sold = Engine.next(MARKET, state, Action.choose(0));
        assertThatThrownBy(() -> Engine.next(MARKET, sold, Action.choose(0)))
                .hasMessage("choice 1 in scene 'market' was already taken");
        assertThatThrownBy(() -> Engine.next(MARKET, state, Action.choose(9))).hasMessage("scene 'market' has no choice 10");
        assertThatThrownBy(() -> Engine.next(MARKET, state, Action.TIMEOUT)).hasMessage("scene 'market' has no countdown to run out");
        assertThatThrownBy(() -> Engine.next(MARKET, state, Action.CONTINUE)).hasMessage("scene 'market' has no chance to continue into");
    }

    @Test
    void timeoutTakesTheDefaultChoiceAndIsRecordedAsSuch() {
        State broker = Engine.next(MARKET, Engine.next(MARKET, Engine.begin(MARKET, 1), Action.choose(0)), Action.choose(1));
        State timedOut = Engine.next(MARKET, broker, Action.TIMEOUT);
        assertThat(MARKET.scene(timedOut.scene()).id()).isEqualTo("river");
        assertThat(timedOut.value(0)).isEqualTo(0L);
        assertThat(timedOut.path().get(2)).isEqualTo(new Step(MARKET.scene("broker").orElseThrow().index(), Step.Kind.TIMEOUT, 0));
        assertThat(Engine.options(MARKET, broker)).extracting(Option::timedDefault).containsExactly(true, false);
        assertThat(Engine.actions(MARKET, broker)).containsExactly(Action.choose(0), Action.choose(1), Action.TIMEOUT);
    }

    @Test
    void timeoutToASceneNoChoiceLeadsToGoesThereDirectly() {
        Story story = Stories.given("""
                title: T
                language: en
                start: a
                == a ==
                Hurry.
                * Run -> b
                timed 5s -> c
                == b ==
                Ran.
                ending safe: ran
                == c ==
                Too late.
                ending captured: hesitated
                """);
        State late = Engine.next(story, Engine.begin(story, 1), Action.TIMEOUT);
        assertThat(story.scene(late.scene()).id()).isEqualTo("c");
        assertThat(late.path()).containsExactly(new Step(0, Step.Kind.TIMEOUT, 1));
        assertThat(late.lastStep()).isEqualTo(new Step(0, Step.Kind.TIMEOUT, 1));
        assertThat(Engine.begin(story, 1).lastStep()).isNull();
    }

    @Test
    void visitCountsFollowThePath() {
        State state = Engine.begin(MARKET, 1);
        for (int i = 0; i < 3; i++) state = Engine.next(MARKET, Engine.next(MARKET, state, Action.choose(3)), Action.choose(0));
        int look = MARKET.scene("look").orElseThrow().index();
        assertThat(state.visits(look)).isEqualTo(3);
        assertThat(state.stepCount()).isEqualTo(6);
    }

    @Test
    void chanceIsReproducibleFromTheSeedAndFollowsItsWeights() {
        State river = Engine.next(MARKET, Engine.next(MARKET, Engine.next(MARKET, Engine.begin(MARKET, 7), Action.choose(0)), Action.choose(1)), Action.choose(1));
        assertThat(Engine.actions(MARKET, river)).containsExactly(Action.CONTINUE);
        assertThat(Engine.branches(MARKET, river, Action.CONTINUE)).extracting(b -> b.numerator() + "/" + b.denominator())
                .containsExactly("30/100", "70/100");
        assertThat(Engine.next(MARKET, river, Action.CONTINUE)).isEqualTo(Engine.next(MARKET, river, Action.CONTINUE));
        Map<String, Integer> endings = new HashMap<>();
        for (long seed = 0; seed < 2000; seed++) {
            State start = Engine.begin(MARKET, seed);
            State atRiver = Engine.next(MARKET, Engine.next(MARKET, Engine.next(MARKET, start, Action.choose(0)), Action.choose(1)), Action.choose(1));
            State end = Engine.next(MARKET, atRiver, Action.CONTINUE);
            endings.merge(MARKET.scene(end.scene()).id(), 1, Integer::sum);
            assertThat(Engine.finished(MARKET, end)).isTrue();
            assertThat(Engine.actions(MARKET, end)).isEmpty();
        }
        assertThat(endings.keySet()).containsExactlyInAnyOrder("caught", "across");
        assertThat(endings.get("caught")).isBetween(500, 700);
    }

    /** Two ways into two chances of the same odds: the card shown or the toilet locked, as on The Crossing's train. */
    private static final Story TWO_WAYS = Stories.given("""
            title: T
            language: en
            start: check
            == check ==
            The police come down the carriage.
            * Show the card -> card
            * Hide in the toilet -> toilet
            == card ==
            He reads the card.
            continue: Wait
            chance 50% -> caught
            otherwise -> free
            == toilet ==
            Someone knocks.
            continue: Wait
            chance 50% -> caught
            otherwise -> free
            == caught ==
            Caught.
            ending captured: Caught on the train
            == free ==
            Free.
            ending safe: Through
            """);

    @Test
    void goingBackAndTakingAnotherWayMeetsARollOfItsOwnButTheSameWayMeetsTheSameRoll() {
        int differ = 0;
        for (long seed = 0; seed < 200; seed++) {
            State check = Engine.begin(TWO_WAYS, seed);
            String byCard = outcome(TWO_WAYS, Engine.next(TWO_WAYS, check, Action.choose(0)));
            String byToilet = outcome(TWO_WAYS, Engine.next(TWO_WAYS, check, Action.choose(1)));
            if (!byCard.equals(byToilet)) differ++;
            assertThat(outcome(TWO_WAYS, Engine.next(TWO_WAYS, check, Action.choose(0)))).isEqualTo(byCard);
        }
        // Independent rolls at even odds differ about half the time; one roll shared by both ways never would.
        assertThat(differ).isBetween(70, 130);
    }

    private static String outcome(Story story, State chance) {
        return story.scene(Engine.next(story, chance, Action.CONTINUE).scene()).id();
    }

    @Test
    void sameInputsGiveTheSameStateOnEveryRun() {
        State a = Engine.next(MARKET, Engine.begin(MARKET, 99), Action.choose(0));
        State b = Engine.next(MARKET, Engine.begin(MARKET, 99), Action.choose(0));
        assertThat(a).isEqualTo(b);
        assertThat(a.sameSituation(Engine.next(MARKET, Engine.begin(MARKET, 5), Action.choose(0)))).isTrue();
    }

    @Test
    void narratorResolvesValuesConditionsAndEmphasis() {
        Story story = Stories.given("""
                title: T
                language: en
                start: a
                var n = 2
                var ok = true
                var who = "Mi"
                == a ==
                *Hi* {who}, **{n} {ok: left | none}**{not ok: never}.
                ending safe: {who} left with {n}
                """);
        State state = Engine.begin(story, 0);
        var paragraph = (org.crossing.story.model.Block.Paragraph) story.startScene().blocks().get(0);
        assertThat(Narrator.runs(story, state, paragraph.text())).containsExactly(
                new Run("Hi", true, false), new Run(" Mi, ", false, false), new Run("2 left", false, true), new Run(".", false, false));
        assertThat(Narrator.plain(story, state, story.startScene().ending().summary())).isEqualTo("Mi left with 2");
    }
}
