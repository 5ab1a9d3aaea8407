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

    private record DeadEnd(int state, List<String> why, List<Reason> reasons) {}

    DeadEnds(Story story) {
        this.story = story;
    }

    void note(int id, State state, Scene scene) {
        if (first.containsKey(scene.index())) return;
        List<String> why = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        Set<Expr> reads = new LinkedHashSet<>();
        if (scene.isChance()) {
            for (ChanceOutcome outcome : scene.chance()) {
                String name = "chance " + StateGraph.outcomeLabel(story, scene, outcome, false);
                if (outcome.condition() != null) {
                    why.add(name + " is not possible: " + Exprs.source(outcome.condition()) + " is false");
                    Exprs.reads(outcome.condition(), reads);
                    reasons.add(reason(why, scene, outcome.position(), outcome.condition(), state));
                } else if (outcome.weight() == 0) {
                    why.add(name + " has no weight");
                    reasons.add(reason(why, scene, outcome.position(), null, state));
                }
            }
        } else {
            List<Option> options = Engine.options(story, state);
            for (Choice choice : scene.choices()) {
                String label = '"' + choice.label().source() + '"';
                if (choice.once() && state.used(choice.onceSlot())) {
                    why.add(label + " was already taken");
                    reasons.add(reason(why, scene, choice.position(), null, state));
                    continue;
                }
                boolean shown = options.stream().anyMatch(o -> o.index() == choice.index());
                String condition = choice.condition() == null ? "" : Exprs.source(choice.condition());
                Exprs.reads(choice.condition(), reads);
                why.add(label + (shown ? " is disabled" : " is hidden") + ": " + condition + " is false");
                reasons.add(reason(why, scene, choice.position(), choice.condition(), state));
            }
        }
        if (scene.choices().isEmpty() && scene.chance().isEmpty()) {
            why.add("the scene has no choices");
            reasons.add(reason(why, scene, scene.position(), null, state));
        }
        List<String> details = new ArrayList<>();
        details.add("why: " + String.join("; ", why));
        if (!reads.isEmpty()) {
            List<String> values = new ArrayList<>();
            values(reads, state).forEach((name, value) -> values.add(name + " = " + value));
            details.add("with " + String.join(", ", values));
        }
        first.put(scene.index(), new DeadEnd(id, details, reasons));
    }

    /** The last line of {@code why} as a reason, with the values its condition reads in {@code state}. */
    private Reason reason(List<String> why, Scene scene, org.crossing.story.model.Position position, Expr condition, State state) {
        Set<Expr> reads = new LinkedHashSet<>();
        Exprs.reads(condition, reads);
        return new Reason(why.get(why.size() - 1), scene.id(), position,
                condition == null ? null : Exprs.source(condition), values(reads, state));
    }

    /** Each read variable or visit count by name, with its value in {@code state} as a story would write it. */
    private Map<String, String> values(Set<Expr> reads, State state) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Expr read : reads) {
            switch (read) {
                case Expr.VariableRef ref -> values.put(ref.variable().name(), literal(state.value(ref.variable().slot())));
                case Expr.Visits visits -> values.put("visits(" + visits.sceneId() + ")", String.valueOf(visitsOf(state, visits.scene())));
                case Expr.Seen seen -> values.put("seen(" + seen.sceneId() + ")", String.valueOf(visitsOf(state, seen.scene()) > 0));
                default -> { }
            }
        }
        return values;
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
                    graph.witness(entry.getValue().state()), entry.getValue().why(), entry.getValue().reasons()));
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
