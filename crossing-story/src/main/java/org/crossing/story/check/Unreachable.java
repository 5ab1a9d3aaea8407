package org.crossing.story.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;

/**
 * Scenes and endings no play reaches, each with why: every way in (a choice, a chance outcome, a
 * countdown) and why it is never taken — the scene it leaves from is never reached, or its
 * condition can never hold there, and why (a declared bound, a flag that is only set later, the
 * range a counter keeps to there). A scene is proven unreachable when the exploration finished
 * without reaching it, or, when it stopped at its limit, when the {@link ValueRanges} prove it.
 */
final class Unreachable {

    private final Story story;
    private final StateGraph graph;
    private final ValueRanges ranges;
    private final int[] firstInScene;
    private final int[] statesInScene;

    Unreachable(StateGraph graph, ValueRanges ranges, int[] firstInScene) {
        this.story = graph.story;
        this.graph = graph;
        this.ranges = ranges;
        this.firstInScene = firstInScene;
        this.statesInScene = new int[story.scenes().size()];
        for (int s = 0; s < graph.size; s++) statesInScene[graph.sceneOf[s]]++;
    }

    /** Whether no play reaches the scene, as proven by the exploration or by the value ranges. */
    boolean proven(int scene) {
        if (firstInScene[scene] >= 0) return false;
        return graph.complete || !ranges.mayReach(scene);
    }

    /** Endings (or, with {@code endings} false, other scenes) proven unreachable, in story order. */
    List<Problem> problems(boolean endings) {
        List<Problem> problems = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            if (scene.isEnding() != endings || !proven(scene.index())) continue;
            String message = endings
                    ? "ending '" + scene.id() + "' (" + scene.ending().kind().word() + ") is never reached"
                    : "scene '" + scene.id() + "' is never reached";
            List<String> details = new ArrayList<>();
            List<Reason> reasons = new ArrayList<>();
            explain(scene, details, reasons);
            problems.add(new Problem(endings ? Problem.Kind.UNREACHABLE_ENDING : Problem.Kind.UNREACHABLE_SCENE,
                    scene.id(), scene.position(), message, Witness.EMPTY, details, reasons));
        }
        return problems;
    }

    /** Scenes and endings that are neither reached nor proven unreachable: only known not to be reached within the limit. */
    List<String> notReachedWithinLimit() {
        List<String> ids = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            if (firstInScene[scene.index()] < 0 && !proven(scene.index())) ids.add(scene.id());
        }
        return ids;
    }

    private void explain(Scene target, List<String> details, List<Reason> reasons) {
        int ways = 0;
        for (Scene from : story.scenes()) {
            for (Choice choice : from.choices()) {
                String name = "\"" + choice.label().source() + "\" in scene '" + from.id() + "'";
                for (int r = 0; r < choice.routes().size(); r++) {
                    if (choice.routes().get(r).target() != target.index()) continue;
                    ways++;
                    route(name + " when " + Exprs.source(choice.routes().get(r).condition()) + " after its effects",
                            from, choice, r, details, reasons);
                }
                if (choice.target() != target.index()) continue;
                ways++;
                if (choice.routes().isEmpty()) {
                    way(name, from, choice.position(), choice.condition(), false, details, reasons);
                } else {
                    route(name + " when none of its conditional targets holds", from, choice, -1, details, reasons);
                }
            }
            for (ChanceOutcome outcome : from.chance()) {
                if (outcome.target() != target.index()) continue;
                ways++;
                way("chance " + StateGraph.outcomeLabel(story, from, outcome, true) + " in scene '" + from.id() + "'", from,
                        outcome.position(), outcome.condition(), !outcome.otherwise() && outcome.weight() == 0, details, reasons);
            }
            if (from.timer() != null && from.timer().target() == target.index() && !from.isEnding()) {
                ways++;
                way("the countdown in scene '" + from.id() + "'", from, from.position(), null, false, details, reasons);
            }
        }
        if (ways == 0) {
            String text = "no choice, chance or countdown leads to it";
            details.add(text);
            reasons.add(new Reason(text, null, null, null, Map.of()));
        }
    }

    private void way(String name, Scene from, Position position, Expr condition, boolean noWeight,
                     List<String> details, List<Reason> reasons) {
        String condition1 = condition == null ? null : Exprs.source(condition);
        details.add("way in: " + name + (position == null ? "" : " at " + position)
                + (condition1 == null ? "" : ", which needs " + condition1));
        Map<String, String> values = new LinkedHashMap<>();
        String why;
        ValueRanges.Box box = ranges.at(from.index());
        if (firstInScene[from.index()] < 0 && (graph.complete || box == null)) {
            why = "it can never be taken: scene '" + from.id() + "' is never reached";
        } else if (noWeight) {
            why = "it can never be taken: it has no weight";
        } else if (condition != null && !ranges.mayHold(condition, box)) {
            why = "it can never be taken: " + never(condition, from, box, values);
        } else {
            int n = statesInScene[from.index()];
            why = "it is never taken: in none of the " + String.format(java.util.Locale.ROOT, "%,d", n)
                    + (n == 1 ? " situation" : " situations") + " play reaches in scene '" + from.id() + "' is it available";
        }
        details.add("  " + why);
        reasons.add(new Reason(why, from.id(), position, condition1, values));
    }

    /** A choice's way to one of its targets ({@code route} -1 for the default one): open, then routed there after its effects. */
    private void route(String name, Scene from, Choice choice, int route, List<String> details, List<Reason> reasons) {
        ValueRanges.Box box = ranges.at(from.index());
        ValueRanges.Box after = ranges.after(box, choice.condition(), choice.effects());
        boolean routed = ranges.toRoute(after, choice, route) != null;
        if (box == null || after == null || routed) {
            way(name, from, choice.position(), choice.condition(), false, details, reasons);
            return;
        }
        details.add("way in: " + name + " at " + choice.position());
        Map<String, String> values = new LinkedHashMap<>();
        String why;
        if (route >= 0) {
            Expr condition = choice.routes().get(route).condition();
            why = "it can never be taken: " + never(condition, from, after, values) + " (after the choice's effects)";
        } else {
            why = "it can never be taken: one of the choice's conditional targets always holds";
        }
        details.add("  " + why);
        reasons.add(new Reason(why, from.id(), choice.position(),
                route >= 0 ? Exprs.source(choice.routes().get(route).condition()) : null, values));
    }

    /** Why {@code condition} is false whenever play is in {@code scene}: one clause per value it reads. */
    private String never(Expr condition, Scene scene, ValueRanges.Box box, Map<String, String> values) {
        Set<Expr> reads = new LinkedHashSet<>();
        Exprs.reads(condition, reads);
        List<String> clauses = new ArrayList<>();
        for (Expr read : reads) {
            switch (read) {
                case Expr.VariableRef ref when ref.variable().type() != ValueType.TEXT -> {
                    Variable variable = ref.variable();
                    long lo = ValueRanges.low(box, variable.slot());
                    long hi = ValueRanges.high(box, variable.slot());
                    values.put(variable.name(), range(variable, lo, hi));
                    clauses.add(clause(variable, lo, hi, condition, scene));
                }
                case Expr.Seen seen -> {
                    long[] v = ranges.eval(read, box);
                    values.put("seen(" + seen.sceneId() + ")", v[1] == 0 ? "false" : v[0] == 1 ? "true" : "false..true");
                    if (v[1] == 0) clauses.add("no play passes scene '" + seen.sceneId() + "' before scene '" + scene.id() + "'");
                }
                case Expr.Visits visits -> {
                    long[] v = ranges.eval(read, box);
                    values.put("visits(" + visits.sceneId() + ")", range(null, v[0], v[1]));
                    clauses.add("visits(" + visits.sceneId() + ") is " + words(null, v[0], v[1]) + " whenever play is in scene '" + scene.id() + "'");
                }
                default -> { }
            }
        }
        if (clauses.isEmpty()) return Exprs.source(condition) + " is false whenever play is in scene '" + scene.id() + "'";
        return String.join("; ", clauses);
    }

    private String clause(Variable variable, long lo, long hi, Expr condition, Scene scene) {
        String name = variable.name();
        if (variable.bounded() && declaredBoundDecides(variable, condition)) {
            return name + " is declared between " + variable.min() + " and " + variable.max() + " (" + variable.position() + ")";
        }
        if (variable.type() == ValueType.BOOLEAN && lo == hi) {
            boolean value = lo == 1;
            Set<String> setters = setters(variable, !value);
            if (setters.isEmpty()) return name + " is " + value + " and nothing sets it to " + !value;
            return name + " is still " + value + " whenever play is in scene '" + scene.id() + "': it is set to " + !value
                    + " only in " + String.join(", ", setters) + ", which no play passes before scene '" + scene.id() + "'";
        }
        return name + " is " + words(variable, lo, hi) + " whenever play is in scene '" + scene.id() + "'";
    }

    /** Whether the condition can never hold with this variable anywhere in its declared range and everything else free. */
    private boolean declaredBoundDecides(Variable variable, Expr condition) {
        ValueRanges.Box free = ranges.unbounded();
        free.lo()[variable.slot()] = variable.min();
        free.hi()[variable.slot()] = variable.max();
        return !ranges.mayHold(condition, free);
    }

    /** The scenes whose effects can set {@code flag} to {@code value}, each with where. */
    private Set<String> setters(Variable flag, boolean value) {
        Set<String> found = new LinkedHashSet<>();
        for (Scene scene : story.scenes()) {
            List<Effect> effects = new ArrayList<>(scene.onEnter());
            for (Choice choice : scene.choices()) effects.addAll(choice.effects());
            for (ChanceOutcome outcome : scene.chance()) effects.addAll(outcome.effects());
            for (Effect.Change effect : Effect.changes(effects)) {
                if (effect.variable().slot() != flag.slot()) continue;
                boolean literal = effect.value() instanceof Expr.Literal l && l.value() instanceof Boolean;
                if (literal && (Boolean) ((Expr.Literal) effect.value()).value() != value) continue;
                found.add("scene '" + scene.id() + "' (" + effect.position() + ")");
            }
        }
        return found;
    }

    /** A range as data: {@code 3}, {@code 0..4}, {@code 5..} or {@code false}. */
    private static String range(Variable variable, long lo, long hi) {
        if (variable != null && variable.type() == ValueType.BOOLEAN) return lo == hi ? String.valueOf(lo == 1) : "false..true";
        if (lo == hi) return String.valueOf(lo);
        return (lo == Long.MIN_VALUE ? "" : String.valueOf(lo)) + ".." + (hi == Long.MAX_VALUE ? "" : String.valueOf(hi));
    }

    /** A range in words: {@code 3}, {@code between 0 and 4}, {@code at least 5}, {@code at most 2}. */
    private static String words(Variable variable, long lo, long hi) {
        if (variable != null && variable.type() == ValueType.BOOLEAN) return lo == hi ? String.valueOf(lo == 1) : "true or false";
        if (lo == hi) return "always " + lo;
        if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) return "any number";
        if (lo == Long.MIN_VALUE) return "at most " + hi;
        if (hi == Long.MAX_VALUE) return "at least " + lo;
        return "between " + lo + " and " + hi;
    }
}
