package org.crossing.app.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;

/**
 * Plays the journeys coverage is measured on: every witness (the shortest journey into each
 * scene the check found), every saved playtest, and random journeys, ChoiceScript's randomtest
 * way: at each step one of the ways on the player has, taken uniformly (or, as its "avoid used
 * options", uniformly among those no random journey took yet while there are any), chance drawn
 * from the journey's seed.
 */
public final class CoverageRuns {

    /** Coverage measured, and how each playtest replayed; {@code cutShort} random journeys met the step limit. */
    public record Measured(Coverage coverage, List<Playtests.Result> playtests, RandomTest random, int cutShort,
                           boolean witnessesComplete) {}

    private CoverageRuns() {}

    static Measured measure(Story story, Journeys journeys, Path folder) {
        return measure(story, journeys, folder, RandomTest.DEFAULT);
    }

    static Measured measure(Story story, Journeys journeys, Path folder, RandomTest settings) {
        return measure(story, journeys, folder, settings, () -> { });
    }

    /** As above, calling {@code checkpoint} between journeys: it throws to stop a measure a newer save made useless. */
    static Measured measure(Story story, Journeys journeys, Path folder, RandomTest settings, Runnable checkpoint) {
        return measure(story, journeys, folder, settings, checkpoint, played -> { });
    }

    /** As above, telling {@code played} how many random journeys were played after each one. */
    static Measured measure(Story story, Journeys journeys, Path folder, RandomTest settings, Runnable checkpoint, IntConsumer played) {
        Coverage coverage = new Coverage(story);
        if (journeys != null) witnesses(coverage, journeys, checkpoint);
        checkpoint.run();
        List<Playtests.Result> playtests = Playtests.replay(folder, coverage);
        int cutShort = random(coverage, settings, checkpoint, played);
        return new Measured(coverage, playtests, settings, cutShort, journeys != null && journeys.complete());
    }

    /**
     * Replays the shortest journey into every scene, following each named chance outcome: their
     * shared beginnings once, as what a journey shows is the same wherever it goes on to. Each
     * scene's journey counts as one journey of the witnesses.
     */
    private static void witnesses(Coverage coverage, Journeys journeys, Runnable checkpoint) {
        int count = journeys.count();
        if (count == 0) return;
        Coverage.Journey journey = coverage.journeys(Coverage.Source.WITNESSES, count);
        journeys.walk(new Journeys.Walker() {
            @Override
            public void start(State state) {
                journey.arrive(state);
            }

            @Override
            public void step(State from, Journeys.Step step, State to) {
                journey.took(from.scene(), step.action(), to.lastStep().index());
                journey.arrive(to);
            }
        }, checkpoint);
    }

    /** Plays the random journeys {@code settings} describe; returns how many were cut short. */
    private static int random(Coverage coverage, RandomTest settings, Runnable checkpoint, IntConsumer played) {
        Story story = coverage.story();
        SplittableRandom random = new SplittableRandom(settings.seed());
        int cutShort = 0;
        for (int i = 0; i < settings.journeys(); i++) {
            checkpoint.run();
            Coverage.Journey journey = coverage.journey(Coverage.Source.RANDOM);
            State state = Engine.begin(story, random.nextLong());
            journey.arrive(state);
            int steps = 0;
            while (!Engine.finished(story, state)) {
                List<Action> actions = Engine.actions(story, state);
                if (actions.isEmpty()) break;
                if (++steps > settings.maxSteps()) {
                    cutShort++;
                    break;
                }
                State next = settings.avoidTaken() ? untakenFirst(journey, state, actions, random)
                        : Engine.next(story, state, actions.get(random.nextInt(actions.size())));
                journey.took(state.scene(), next.lastStep());
                state = next;
                journey.arrive(state);
            }
            played.accept(i + 1);
        }
        return cutShort;
    }

    /** One of the ways on no random journey took yet, at random, while there is one; otherwise one of them all. Chance is drawn, not chosen. */
    private static State untakenFirst(Coverage.Journey journey, State state, List<Action> actions, SplittableRandom random) {
        Story story = journey.story();
        List<State> untaken = new ArrayList<>(actions.size());
        List<State> all = new ArrayList<>(actions.size());
        for (Action action : actions) {
            State next = Engine.next(story, state, action);
            all.add(next);
            if (!(action instanceof Action.Continue) && !journey.covered(state.scene(), next.lastStep())) untaken.add(next);
        }
        List<State> from = untaken.isEmpty() ? all : untaken;
        return from.get(random.nextInt(from.size()));
    }
}
