package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossing.app.token.PlayToken;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.junit.jupiter.api.Test;

/** What counts as one of a journey's decisions: a real choice between ways on, or a countdown; never a lone "Continue". */
class JourneyDecisionsTest {

    private static final String MARKET = """
            title: The Market
            language: en
            start: dawn
            var money = 0 between 0 and 10
            == dawn ==
            Dawn.
            * Go to the market -> market
            + Look around the room -> room
            == room ==
            The room.
            -> dawn
            == market ==
            The market.
            * [money >= 5] Buy a phone -> phone else "You have no money"
            * Walk on -> square
            == phone ==
            A phone.
            -> square
            == square ==
            The square.
            + [visits(work) < 2] Work another day -> work
            * Leave town -> river
            == work ==
            A day's work.
            + Sweep the yard -> square ~ money += 1
            == river ==
            The river.
            * Cross now -> end
            timed 6s -> end
            == end ==
            The far bank.
            ending safe: Crossed
            """;

    private static Story story(String text) {
        Compilation compilation = StoryCompiler.compile(StorySource.of(text));
        assertThat(compilation.report()).isEmpty();
        return compilation.story();
    }

    private static State play(Story story, Action... actions) {
        State state = Engine.begin(story, 7);
        for (Action action : actions) state = Engine.next(story, state, action);
        return state;
    }

    @Test
    void aLoneChoiceIsNoDecisionAndNeitherIsAChoiceWithTheOthersUnavailableOrUsedUp() {
        Story story = story(MARKET);
        // dawn: look around (a decision of two), room: continue (a lone "-> dawn", none), dawn: go (two again),
        // market: walk on (one enabled, one unavailable: no decision), square: work (two), work:
        // sweep (a lone choice: none), square: work again (two), work: sweep (none), square: leave
        // (the work choice is used up after two days: one left, none), river: cross (a countdown: one).
        State state = play(story, Action.choose(1), Action.choose(0), Action.choose(0), Action.choose(1), Action.choose(0), Action.choose(0),
                Action.choose(0), Action.choose(0), Action.choose(1), Action.choose(0));
        assertThat(story.scene(state.scene()).id()).isEqualTo("end");
        assertThat(Journey.decisions(story, state)).isEqualTo(new Journey.Decisions(5, true));
    }

    @Test
    void theLastStepSaysWhetherWhatOthersChoseHasSomethingToCompare() {
        Story story = story(MARKET);
        assertThat(Journey.decisions(story, play(story))).isEqualTo(new Journey.Decisions(0, false));
        assertThat(Journey.decisions(story, play(story, Action.choose(1)))).isEqualTo(new Journey.Decisions(1, true));
        assertThat(Journey.decisions(story, play(story, Action.choose(1), Action.choose(0)))).isEqualTo(new Journey.Decisions(1, false));
        assertThat(Journey.decisions(story, play(story, Action.choose(0), Action.choose(1)))).isEqualTo(new Journey.Decisions(1, false));
        // A countdown that ran out is a decision too (after going to the market, and leaving town).
        State ranOut = play(story, Action.choose(0), Action.choose(1), Action.choose(1), Action.TIMEOUT);
        assertThat(Journey.decisions(story, ranOut)).isEqualTo(new Journey.Decisions(3, true));
    }

    @Test
    void chanceIsNoDecision() {
        Story story = story("""
                title: The Coin
                language: en
                start: toss
                == toss ==
                A coin in the air.
                chance 50% -> heads
                otherwise -> tails
                == heads ==
                Heads.
                * Call again -> toss
                * Stop -> end
                == tails ==
                Tails.
                * Call again -> toss
                * Stop -> end
                == end ==
                Enough.
                ending safe: Stopped
                """);
        State state = play(story, Action.CONTINUE, Action.choose(0), Action.CONTINUE, Action.choose(1));
        assertThat(Journey.decisions(story, state)).isEqualTo(new Journey.Decisions(2, true));
    }

    @Test
    void aJourneyPlacedMidStoryIsJudgedByTheShapeOfItsScenes() {
        Story story = story(MARKET);
        State placed = Engine.placed(story, story.scene("market").orElseThrow().index(), List.of(0L), 7);
        placed = Engine.next(story, placed, Action.choose(1)); // market has two choices: judged a decision
        placed = Engine.next(story, placed, Action.choose(0)); // square, two choices
        placed = Engine.next(story, placed, Action.choose(0)); // work, one choice
        assertThat(Journey.decisions(story, placed)).isEqualTo(new Journey.Decisions(2, false));
    }

    /** What the player carries in the token, step by step ({@link Journey#after}), is what a replay of the journey finds. */
    @Test
    void decisionsCarriedStepByStepAreTheReplaysOnEveryStepOfRandomJourneys() {
        Story story = story(MARKET);
        java.util.Random random = new java.util.Random(13);
        for (int journey = 0; journey < 200; journey++) {
            State state = Engine.begin(story, journey);
            Journey.Decisions carried = new Journey.Decisions(0, false);
            while (!Engine.finished(story, state)) {
                List<Action> actions = Engine.actions(story, state);
                State next = Engine.next(story, state, actions.get(random.nextInt(actions.size())));
                carried = Journey.after(story, state, carried, next.lastStep());
                state = next;
                assertThat(carried).as("journey %d after %d steps", journey, state.stepCount()).isEqualTo(Journey.decisions(story, state));
            }
        }
    }

    @Test
    void aTokenThatTellsItsDecisionsIsBelievedAndOneThatDoesNotIsReplayed() {
        Story story = story(MARKET);
        State state = play(story, Action.choose(1), Action.choose(0));
        PlayToken told = new PlayToken(1, 2, 3, state, 7, true);
        assertThat(Journey.decisions(story, told)).isEqualTo(new Journey.Decisions(7, true));
        PlayToken untold = new PlayToken(1, 2, 3, state, PlayToken.UNTOLD, false);
        assertThat(Journey.decisions(story, untold)).isEqualTo(new Journey.Decisions(1, false));
    }
}
