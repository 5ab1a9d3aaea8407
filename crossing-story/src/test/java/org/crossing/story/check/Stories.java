package org.crossing.story.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Ending;
import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Metadata;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Text;
import org.crossing.story.model.Timer;
import org.crossing.story.model.Variable;

/**
 * Builds small stories as model records, scene by scene, for tests that need a shape the
 * language cannot express (or before it is compiled). Scenes get positions {@code test.story:N:1}
 * in order of declaration.
 */
final class Stories {

    private final List<Variable> variables = new ArrayList<>();
    private final List<SceneSpec> scenes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int onceSlots;

    record SceneSpec(String id, List<ChoiceSpec> choices, List<ChanceSpec> chance, List<Function<Stories, Effect>> onEnter,
                     EndingKind ending, String timed) {}

    record ChoiceSpec(String label, String target, Function<Stories, Expr> condition, String reason, boolean once,
                      List<Function<Stories, Effect>> effects) {}

    record ChanceSpec(int weight, String target, Function<Stories, Expr> condition, List<Function<Stories, Effect>> effects) {}

    static Stories story() {
        return new Stories();
    }

    Stories integer(String name, long initial) {
        variables.add(new Variable(name, variables.size(), org.crossing.story.model.ValueType.INTEGER, initial, null, null, pos(0)));
        return this;
    }

    Stories integer(String name, long initial, long min, long max) {
        variables.add(new Variable(name, variables.size(), org.crossing.story.model.ValueType.INTEGER, initial, min, max, pos(0)));
        return this;
    }

    Stories bool(String name, boolean initial) {
        variables.add(new Variable(name, variables.size(), org.crossing.story.model.ValueType.BOOLEAN, initial, null, null, pos(0)));
        return this;
    }

    Stories scene(String id) {
        index.put(id, scenes.size());
        scenes.add(new SceneSpec(id, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), null, null));
        return this;
    }

    Stories ending(String id, EndingKind kind) {
        index.put(id, scenes.size());
        scenes.add(new SceneSpec(id, List.of(), List.of(), new ArrayList<>(), kind, null));
        return this;
    }

    private SceneSpec last() {
        return scenes.get(scenes.size() - 1);
    }

    /** A once-only choice. */
    @SafeVarargs
    final Stories once(String label, String target, Function<Stories, Effect>... effects) {
        last().choices().add(new ChoiceSpec(label, target, null, null, true, List.of(effects)));
        return this;
    }

    /** A repeatable choice. */
    @SafeVarargs
    final Stories repeat(String label, String target, Function<Stories, Effect>... effects) {
        last().choices().add(new ChoiceSpec(label, target, null, null, false, List.of(effects)));
        return this;
    }

    /** A conditional once-only choice, hidden (reason null) or disabled when the condition fails. */
    @SafeVarargs
    final Stories when(Function<Stories, Expr> condition, String reason, String label, String target, Function<Stories, Effect>... effects) {
        last().choices().add(new ChoiceSpec(label, target, condition, reason, true, List.of(effects)));
        return this;
    }

    @SafeVarargs
    final Stories chance(int weight, String target, Function<Stories, Effect>... effects) {
        last().chance().add(new ChanceSpec(weight, target, null, List.of(effects)));
        return this;
    }

    Stories chanceIf(Function<Stories, Expr> condition, int weight, String target) {
        last().chance().add(new ChanceSpec(weight, target, condition, List.of()));
        return this;
    }

    Stories otherwise(String target) {
        last().chance().add(new ChanceSpec(-1, target, null, List.of()));
        return this;
    }

    Stories enter(Function<Stories, Effect> effect) {
        last().onEnter().add(effect);
        return this;
    }

    Stories timed(String target) {
        SceneSpec s = scenes.remove(scenes.size() - 1);
        scenes.add(new SceneSpec(s.id(), s.choices(), s.chance(), s.onEnter(), s.ending(), target));
        return this;
    }

    Variable variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    // Expressions and effects, to be used as lambdas: s -> ...
    static Function<Stories, Expr> var(String name) {
        return s -> new Expr.VariableRef(s.variable(name));
    }

    static Function<Stories, Expr> compare(String name, Expr.BinaryOp op, long value) {
        return s -> new Expr.Binary(op, new Expr.VariableRef(s.variable(name)), new Expr.Literal(value));
    }

    static Function<Stories, Effect> add(String name, long value) {
        return s -> new Effect.Change(s.variable(name), Effect.Operation.ADD, new Expr.Literal(value), pos(90));
    }

    static Function<Stories, Effect> set(String name, Object value) {
        return s -> new Effect.Change(s.variable(name), Effect.Operation.SET, new Expr.Literal(value), pos(91));
    }

    static Position pos(int line) {
        return new Position("test.story", line, 1);
    }

    Story build() {
        List<Scene> built = new ArrayList<>();
        List<Integer> tracked = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            SceneSpec spec = scenes.get(i);
            List<Choice> choices = new ArrayList<>();
            Timer timer = null;
            for (ChoiceSpec c : spec.choices()) {
                int slot = c.once() ? onceSlots++ : -1;
                Choice choice = new Choice(choices.size(), Text.plain(c.label()), target(c.target()),
                        c.condition() == null ? null : c.condition().apply(this), c.reason(),
                        c.effects().stream().map(f -> f.apply(this)).toList(), slot, pos(i + 1));
                if (c.target().equals(spec.timed())) timer = new Timer(10, choices.size(), target(c.target()));
                choices.add(choice);
            }
            List<ChanceOutcome> chance = new ArrayList<>();
            for (ChanceSpec c : spec.chance()) {
                chance.add(new ChanceOutcome(chance.size(), c.weight(), c.condition() == null ? null : c.condition().apply(this),
                        target(c.target()), c.effects().stream().map(f -> f.apply(this)).toList(), pos(i + 1)));
            }
            built.add(new Scene(spec.id(), i, null, pos(i + 1), List.of(), null, null,
                    spec.onEnter().stream().map(f -> f.apply(this)).toList(), choices, timer, chance, null,
                    spec.ending() == null ? null : new Ending(spec.ending(), Text.plain("The end at " + spec.id()))));
        }
        Metadata metadata = new Metadata("Test", List.of(), "en", null, null, null, null);
        return new Story(metadata, variables, built, 0, List.of(), onceSlots,
                tracked.stream().mapToInt(Integer::intValue).toArray(), 42L);
    }

    private int target(String id) {
        Integer i = index.get(id);
        if (i == null) throw new IllegalArgumentException("no scene " + id);
        return i;
    }
}
