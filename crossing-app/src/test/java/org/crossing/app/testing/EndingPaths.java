package org.crossing.app.testing;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.Checker;
import org.crossing.story.check.EndingResult;
import org.crossing.story.check.Witness;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;

/**
 * A short way to each ending of a story, as the checker proves it ({@link EndingResult#witness}),
 * with a journey's first state whose chance draws go the witness's way: a browser that begins
 * there and presses the witness's buttons reaches the ending, whatever the story's pacing
 * becomes. The seed is found by replaying the witness with seed after seed.
 */
public final class EndingPaths {

    /** An ending, where its journey begins and the form values that lead there, one per page ("0", "go", "timeout"). */
    public record Path(String ending, String kind, State begin, List<String> values, List<String> scenes) {}

    private static final int SEEDS = 2_000_000;

    private EndingPaths() {}

    public static List<Path> of(Story story) {
        CheckReport report = Checker.check(story);
        List<Path> paths = new ArrayList<>();
        for (EndingResult ending : report.endings()) {
            if (!ending.reached()) throw new AssertionError("the checker finds no way to " + ending.scene());
            paths.add(path(story, ending));
        }
        return paths;
    }

    private static Path path(Story story, EndingResult ending) {
        List<Witness.Step> steps = ending.witness().steps();
        List<String> values = new ArrayList<>();
        List<String> scenes = new ArrayList<>();
        for (Witness.Step step : steps) {
            scenes.add(step.scene());
            values.add(switch (step.kind()) {
                case CHOICE -> Integer.toString(step.index());
                case CHANCE -> "go";
                case TIMEOUT -> "timeout";
            });
        }
        for (long seed = 0; seed < SEEDS; seed++) {
            State begin = Engine.begin(story, seed);
            if (follows(story, begin, steps, ending.scene())) return new Path(ending.scene(), ending.kind().word(), begin, values, scenes);
        }
        throw new AssertionError("no seed below " + SEEDS + " takes the witness's chances to " + ending.scene());
    }

    private static boolean follows(Story story, State state, List<Witness.Step> steps, String ending) {
        for (int i = 0; i < steps.size(); i++) {
            Witness.Step step = steps.get(i);
            if (!story.scene(state.scene()).id().equals(step.scene())) return false;
            Action action = switch (step.kind()) {
                case CHOICE -> Action.choose(step.index());
                case CHANCE -> Action.CONTINUE;
                case TIMEOUT -> Action.TIMEOUT;
            };
            state = Engine.next(story, state, action);
        }
        return story.scene(state.scene()).id().equals(ending);
    }
}
