package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossing.story.check.CheckReport;
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

    private final Map<Integer, List<Step>> shortest;
    private final boolean complete;

    private Journeys(Map<Integer, List<Step>> shortest, boolean complete) {
        this.shortest = shortest;
        this.complete = complete;
    }

    /** The shortest journey into every scene {@code report} reached. */
    public static Journeys of(Story story, CheckReport report) {
        Map<Integer, List<Step>> shortest = new HashMap<>();
        for (Scene scene : story.scenes()) {
            report.shortestTo(scene.id()).ifPresent(witness -> {
                List<Step> steps = new ArrayList<>(witness.length());
                for (Witness.Step step : witness.steps()) steps.add(step(story, step));
                shortest.put(scene.index(), List.copyOf(steps));
            });
        }
        return new Journeys(shortest, report.complete());
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
        return shortest.get(scene);
    }

    /** Whether the check explored every state, so a scene without a journey has none. */
    public boolean complete() {
        return complete;
    }

    /** The state a journey leads to, following each named chance outcome. */
    public static State replay(Story story, List<Step> steps, long seed) {
        State state = Engine.begin(story, seed);
        for (Step step : steps) {
            State next = null;
            for (Branch branch : Engine.branches(story, state, step.action())) {
                if (branch.index() == step.branch() || !(step.action() instanceof Action.Continue)) {
                    next = branch.state();
                    break;
                }
            }
            if (next == null) throw new IllegalStateException("the journey no longer fits the story at '" + story.scene(step.scene()).id() + "'");
            state = next;
        }
        return state;
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
