package org.crossing.app.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;

/**
 * Plays the journeys coverage is measured on: every witness (the shortest journey into each
 * scene the check found), every saved playtest, and random journeys, ChoiceScript's randomtest
 * way: at each step one of the ways on the player has, taken uniformly, chance drawn from the
 * journey's seed.
 */
public final class CoverageRuns {

    /** Random journeys played on every save, and the seed they come from: the same story gives the same figures. */
    static final int RANDOM_JOURNEYS = 200;
    static final long RANDOM_SEED = 1;
    /** A random journey that has not ended after this many steps is cut short (a story can loop). */
    static final int MAX_STEPS = 2_000;

    /** Coverage measured, and how each playtest replayed. */
    public record Measured(Coverage coverage, List<Playtests.Result> playtests, int randomJourneys, long randomSeed, int cutShort,
                           boolean witnessesComplete) {}

    private CoverageRuns() {}

    static Measured measure(Story story, Journeys journeys, Path folder) {
        Coverage coverage = new Coverage(story);
        if (journeys != null) witnesses(coverage, journeys);
        List<Playtests.Result> playtests = Playtests.replay(folder, coverage);
        int cutShort = random(coverage, RANDOM_JOURNEYS, RANDOM_SEED);
        return new Measured(coverage, playtests, RANDOM_JOURNEYS, RANDOM_SEED, cutShort, journeys != null && journeys.complete());
    }

    /** Replays the shortest journey into every scene, following each named chance outcome. */
    static void witnesses(Coverage coverage, Journeys journeys) {
        Story story = coverage.story();
        for (int scene = 0; scene < story.scenes().size(); scene++) {
            List<Journeys.Step> steps = journeys.to(scene);
            if (steps == null) continue;
            Coverage.Journey journey = coverage.journey(Coverage.Source.WITNESSES);
            State state = Engine.begin(story, 0);
            journey.arrive(state);
            for (Journeys.Step step : steps) {
                State next = null;
                for (Branch branch : Engine.branches(story, state, step.action())) {
                    if (!(step.action() instanceof Action.Continue) || branch.index() == step.branch()) {
                        next = branch.state();
                        break;
                    }
                }
                if (next == null) break;
                journey.took(state.scene(), step.action(), next.lastStep().index());
                state = next;
                journey.arrive(state);
            }
        }
    }

    /** Plays {@code count} random journeys from {@code seed}; returns how many were cut short at {@link #MAX_STEPS}. */
    static int random(Coverage coverage, int count, long seed) {
        Story story = coverage.story();
        SplittableRandom random = new SplittableRandom(seed);
        int cutShort = 0;
        for (int i = 0; i < count; i++) {
            Coverage.Journey journey = coverage.journey(Coverage.Source.RANDOM);
            State state = Engine.begin(story, random.nextLong());
            journey.arrive(state);
            int steps = 0;
            while (!Engine.finished(story, state)) {
                List<Action> actions = Engine.actions(story, state);
                if (actions.isEmpty()) break;
                if (++steps > MAX_STEPS) {
                    cutShort++;
                    break;
                }
                Action action = actions.get(random.nextInt(actions.size()));
                State next = Engine.next(story, state, action);
                journey.took(state.scene(), action, next.lastStep().index());
                state = next;
                journey.arrive(state);
            }
        }
        return cutShort;
    }
}
