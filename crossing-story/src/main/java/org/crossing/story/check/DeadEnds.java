package org.crossing.story.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;

/**
 * Dead ends: states that are not endings and offer no way on. The exploration notes each as it
 * meets it, while the state is at hand to say why; the first in each scene is reported, with
 * why every choice or outcome is unavailable and the values its conditions read.
 */
final class DeadEnds {

    private final Story story;
    /** The first dead end met in each scene, by scene index. */
    private final Map<Integer, DeadEnd> first = new LinkedHashMap<>();

    private record DeadEnd(int state, List<String> why) {}

    DeadEnds(Story story) {
        this.story = story;
    }

    void note(int id, State state, Scene scene) {
        if (first.containsKey(scene.index())) return;
        List<String> why = new ArrayList<>();
        Set<Expr> reads = new LinkedHashSet<>();
        if (scene.isChance()) {
            for (ChanceOutcome outcome : scene.chance()) {
                String name = "chance " + StateGraph.outcomeLabel(story, scene, outcome, false);
                if (outcome.condition() != null) {
                    why.add(name + " is not possible: " + Exprs.source(outcome.condition()) + " is false");
                    Exprs.reads(outcome.condition(), reads);
                } else if (outcome.weight() == 0) {
                    why.add(name + " has no weight");
                }
            }
        } else {
            List<Option> options = Engine.options(story, state);
            for (Choice choice : scene.choices()) {
                String label = '"' + choice.label().source() + '"';
                if (choice.once() && state.used(choice.onceSlot())) {
                    why.add(label + " was already taken");
                    continue;
                }
                boolean shown = options.stream().anyMatch(o -> o.index() == choice.index());
                String condition = choice.condition() == null ? "" : Exprs.source(choice.condition());
                Exprs.reads(choice.condition(), reads);
                why.add(label + (shown ? " is disabled" : " is hidden") + ": " + condition + " is false");
            }
        }
        if (scene.choices().isEmpty() && scene.chance().isEmpty()) why.add("the scene has no choices");
        List<String> details = new ArrayList<>();
        details.add("why: " + String.join("; ", why));
        if (!reads.isEmpty()) {
            List<String> values = new ArrayList<>();
            for (Expr read : reads) {
                switch (read) {
                    case Expr.VariableRef ref -> values.add(ref.variable().name() + " = " + literal(state.value(ref.variable().slot())));
                    case Expr.Visits visits -> values.add("visits(" + visits.sceneId() + ") = " + visitsOf(state, visits.scene()));
                    case Expr.Seen seen -> values.add("seen(" + seen.sceneId() + ") = " + (visitsOf(state, seen.scene()) > 0));
                    default -> { }
                }
            }
            details.add("with " + String.join(", ", values));
        }
        first.put(scene.index(), new DeadEnd(id, details));
    }

    /** One problem per scene with a dead end, in the order they were met. */
    List<Problem> problems(StateGraph graph) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Integer, DeadEnd> entry : first.entrySet()) {
            Scene scene = story.scene(entry.getKey());
            String message = scene.isChance()
                    ? "dead end: no outcome of the chance in scene '" + scene.id() + "' is possible"
                    : "dead end: scene '" + scene.id() + "' offers no choice";
            problems.add(new Problem(Problem.Kind.DEAD_END, scene.id(), scene.position(), message,
                    graph.witness(entry.getValue().state()), entry.getValue().why()));
        }
        return problems;
    }

    private int visitsOf(State state, int scene) {
        int slot = story.trackedSlot(scene);
        return slot >= 0 ? state.trackedVisits(slot) : state.visits(scene);
    }

    private static String literal(Object value) {
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }
}
