package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.ShortestJourneys;
import org.crossing.story.check.Witness;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;

/**
 * The shortest journey to every scene, as the check found it: its exploration is breadth-first
 * and keeps the first way it found into each state, so the first state in a scene has a
 * shortest journey. The studio highlights these paths on the map, starts previews at their end
 * and measures coverage on them. Chance is named outcome by outcome, not drawn.
 *
 * <p>They come from the checker's own states, where variables that only show in text are left
 * out and counters are kept only as high as conditions tell apart: an earlier walk over the
 * engine's full situations met its limit of 1,000,000 in The Crossing before it reached its
 * deepest scenes, where the check reaches every one in about 200,000 states.
 */
public final class Journeys {

    /** One step of a journey: in {@code scene}, the action taken and, for chance, the outcome that came. */
    public record Step(int scene, Action action, int branch, String words) {}

    /** What {@link #walk} meets: the start, then every state on a shortest journey once, each after the one it came from. */
    interface Walker {
        void start(State state);

        /** The journey went from {@code from} by {@code step} to {@code to}. */
        void step(State from, Step step, State to);
    }

    private final Story story;
    private final ShortestJourneys tree;
    private final boolean complete;

    private Journeys(Story story, ShortestJourneys tree, boolean complete) {
        this.story = story;
        this.tree = tree;
        this.complete = complete;
    }

    /**
     * The shortest journey into every scene {@code report} reached. A journey is built when a page
     * asks for it: built all at once, they cost work in the square of the story's length.
     */
    public static Journeys of(Story story, CheckReport report) {
        return new Journeys(story, report.shortestJourneys(), report.complete());
    }

    private static Step step(Story story, Witness.Step step) {
        Scene scene = story.scene(step.scene()).orElseThrow();
        Action action = switch (step.kind()) {
            case CHOICE -> Action.choose(step.index());
            case TIMEOUT -> Action.TIMEOUT;
            case CHANCE -> Action.CONTINUE;
        };
        return new Step(scene.index(), action, step.index(), describe(story, scene, action, step.index()));
    }

    /** The shortest journey into {@code scene}, or null when none was found. */
    public List<Step> to(int scene) {
        Optional<Witness> witness = tree.to(story.scenes().get(scene).id());
        if (witness.isEmpty()) return null;
        List<Step> steps = new ArrayList<>(witness.get().length());
        for (Witness.Step step : witness.get().steps()) steps.add(step(story, step));
        return List.copyOf(steps);
    }

    /** How many scenes have a shortest journey. */
    int count() {
        int n = 0;
        for (Scene scene : story.scenes()) if (tree.end(scene.id()) >= 0) n++;
        return n;
    }

    /**
     * Plays every shortest journey from seed 0, each beginning they share once, so in time
     * proportional to the states on them rather than to the sum of their lengths; a journey that
     * no longer fits the story stops where it parts from it. {@code checkpoint} is called now and
     * then: it throws to stop the walk.
     */
    void walk(Walker walker, Runnable checkpoint) {
        State[] at = new State[tree.size()];
        for (int node = 0; node < tree.size(); node++) {
            if (node % 256 == 0) checkpoint.run();
            int parent = tree.parent(node);
            if (parent < 0) {
                at[node] = Engine.begin(story, 0);
                walker.start(at[node]);
                continue;
            }
            State from = at[parent];
            if (from == null) continue;
            Step step = step(story, tree.step(node));
            State to = follow(story, from, step);
            if (to == null) continue;
            walker.step(from, step, to);
            at[node] = to;
        }
    }

    /** Whether the check explored every state, so a scene without a journey has none. */
    public boolean complete() {
        return complete;
    }

    /** The state a journey leads to, following each named chance outcome. */
    public static State replay(Story story, List<Step> steps, long seed) {
        List<State> states = states(story, steps, seed);
        return states.get(states.size() - 1);
    }

    /** The states a journey passes through, the first one's included, following each named chance outcome. */
    public static List<State> states(Story story, List<Step> steps, long seed) {
        List<State> states = new ArrayList<>(steps.size() + 1);
        State state = Engine.begin(story, seed);
        states.add(state);
        for (Step step : steps) {
            state = follow(story, state, step);
            if (state == null) throw new IllegalStateException("the journey no longer fits the story at '" + story.scene(step.scene()).id() + "'");
            states.add(state);
        }
        return states;
    }

    /** Where {@code step} goes from {@code state}: for chance the outcome it names; null when the story no longer offers it. */
    private static State follow(Story story, State state, Step step) {
        for (Branch branch : Engine.branches(story, state, step.action())) {
            if (branch.index() == step.branch() || !(step.action() instanceof Action.Continue)) return branch.state();
        }
        return null;
    }

    private static String describe(Story story, Scene scene, Action action, int branch) {
        return switch (action) {
            case Action.Choose choose -> '"' + scene.choices().get(choose.index()).label().source() + '"';
            case Action.Timeout timeout -> "time runs out";
            case Action.Continue c -> {
                var outcome = scene.chance().get(branch);
                yield "chance " + (outcome.otherwise() ? "otherwise" : outcome.weight() + "%") + " -> " + story.scene(outcome.target()).id();
            }
        };
    }
}
