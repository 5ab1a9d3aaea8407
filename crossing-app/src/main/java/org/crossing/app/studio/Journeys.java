package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;

/**
 * The shortest journey to every scene: a breadth-first walk over the story's situations that
 * keeps the first way it found into each scene. The studio highlights these paths on the map
 * and starts previews at their end, so an author can see and play how a scene is first reached.
 * Chance is followed branch by branch, as the checker does, not drawn.
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

    /** Walks at most {@code limit} situations; {@code cancelled} is asked now and then and stops the walk. */
    public static Journeys find(Story story, int limit, BooleanSupplier cancelled) {
        List<State> states = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        List<Step> via = new ArrayList<>();
        Map<Key, Boolean> seen = new HashMap<>();
        Map<Integer, Integer> firstState = new HashMap<>();
        State start = Engine.begin(story, 0);
        states.add(start);
        parent.add(-1);
        via.add(null);
        seen.put(new Key(start), true);
        firstState.put(start.scene(), 0);
        boolean complete = true;
        for (int i = 0; i < states.size(); i++) {
            if ((i & 1023) == 0 && cancelled.getAsBoolean()) return null;
            if (states.size() >= limit) {
                complete = false;
                break;
            }
            State state = states.get(i);
            Scene scene = story.scene(state.scene());
            for (Action action : Engine.actions(story, state)) {
                for (Branch branch : Engine.branches(story, state, action)) {
                    State next = branch.state().withoutPath();
                    if (seen.putIfAbsent(new Key(next), true) != null) continue;
                    states.add(next);
                    parent.add(i);
                    via.add(new Step(scene.index(), action, branch.index(), describe(story, scene, action, branch)));
                    firstState.putIfAbsent(next.scene(), states.size() - 1);
                }
            }
        }
        Map<Integer, List<Step>> shortest = new HashMap<>();
        firstState.forEach((scene, index) -> {
            List<Step> steps = new ArrayList<>();
            for (int at = index; parent.get(at) >= 0; at = parent.get(at)) steps.add(via.get(at));
            Collections.reverse(steps);
            shortest.put(scene, List.copyOf(steps));
        });
        return new Journeys(shortest, complete);
    }

    /** The shortest journey into {@code scene}, or null when none was found. */
    public List<Step> to(int scene) {
        return shortest.get(scene);
    }

    /** Whether every situation was walked, so a scene without a journey has none. */
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

    private static String describe(Story story, Scene scene, Action action, Branch branch) {
        return switch (action) {
            case Action.Choose choose -> '"' + scene.choices().get(choose.index()).label().source() + '"';
            case Action.Timeout timeout -> "time runs out";
            case Action.Continue c -> {
                var outcome = scene.chance().get(branch.index());
                yield "chance " + (outcome.otherwise() ? "otherwise" : outcome.weight() + "%") + " -> " + story.scene(outcome.target()).id();
            }
        };
    }

    /** A situation: everything but the path. */
    private record Key(State state) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && state.sameSituation(other.state);
        }

        @Override
        public int hashCode() {
            return state.situationHash();
        }
    }
}
