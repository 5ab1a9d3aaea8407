package org.crossing.story.play;

import static org.crossing.story.model.PlayTables.*;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.PlayTables;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;

/**
 * The rules of play. Pure and deterministic: the same story, state and action give the same next
 * state on any machine. Chance draws come from the state's seed, draw count and scene
 * (SplitMix64, {@link #draw}), so a journey replays exactly.
 */
public final class Engine {

    /** The actions for the first choices of a scene, made once: {@link #actions} asks for them at every step. */
    private static final Action[] CHOOSE = new Action[16];

    static {
        for (int i = 0; i < CHOOSE.length; i++) CHOOSE[i] = Action.choose(i);
    }

    private Engine() {}

    /** A new journey at the story's start scene, its entry effects applied. */
    public static State begin(Story story, long seed) {
        Object[] values = new Object[story.variables().size()];
        for (Variable variable : story.variables()) values[variable.slot()] = variable.initial();
        UsedChoices used = UsedChoices.none(story.onceSlots());
        int[] visits = new int[story.trackedSceneCount()];
        int start = story.startScene().index();
        State empty = new State(story.version(), start, values, used, visits, seed, 0, Path.EMPTY);
        return enter(story, empty, start, values, used, 0, Path.EMPTY);
    }

    /**
     * A journey placed in {@code scene} with the given values, as if it had just arrived there:
     * the visit is counted and the scene's entry effects run. For authors who want to try a
     * moment of the story without playing up to it (the studio's preview). Values are clamped
     * to their declared ranges; {@code values} is indexed by variable slot.
     */
    public static State placed(Story story, int scene, List<Object> values, long seed) {
        if (scene < 0 || scene >= story.scenes().size()) throw new IllegalArgumentException("no scene " + scene);
        if (values.size() != story.variables().size()) {
            throw new IllegalArgumentException(story.variables().size() + " values expected, not " + values.size());
        }
        Object[] slots = new Object[values.size()];
        for (Variable variable : story.variables()) {
            Object value = values.get(variable.slot());
            if (ValueType.of(value) != variable.type()) {
                throw new IllegalArgumentException("'" + variable.name() + "' is " + variable.type().word() + ", not " + ValueType.of(value).word());
            }
            if (value instanceof String text) value = ValueType.fitText(text);
            slots[variable.slot()] = variable.clamp(value);
        }
        UsedChoices used = UsedChoices.none(story.onceSlots());
        int[] visits = new int[story.trackedSceneCount()];
        State empty = new State(story.version(), scene, slots, used, visits, seed, 0, Path.EMPTY);
        return enter(story, empty, scene, slots, used, 0, Path.EMPTY);
    }

    /** Whether the journey is over: the current scene is an ending. */
    public static boolean finished(Story story, State state) {
        return story.scene(state.scene).isEnding();
    }

    /** The choices to show in the current scene, in order: offered and disabled ones. */
    public static List<Option> options(Story story, State state) {
        Scene scene = story.scene(state.scene);
        List<Option> options = new ArrayList<>(scene.choices().size());
        int timedDefault = scene.timer() == null ? -1 : timedChoice(story, state, story.playTables().sceneAt(state.scene));
        Evaluator.Visits visits = visits(story, state);
        for (Choice choice : scene.choices()) {
            if (choice.once() && state.used(choice.onceSlot())) continue;
            boolean enabled = Evaluator.test(choice.condition(), state.values, visits);
            if (!enabled && choice.disabledReason() == null) continue;
            String reason = enabled ? null : Narrator.plain(story, state, choice.disabledReason());
            options.add(new Option(choice, enabled, reason, choice.index() == timedDefault));
        }
        return options;
    }

    /**
     * What the player can do now: each enabled choice and, when the scene is timed, letting the
     * countdown run out; or continue from a chance scene whose outcomes are possible. Empty at an
     * ending, and in a dead end.
     */
    public static List<Action> actions(Story story, State state) {
        // This runs at every step of every simulated journey: it reads the play tables only.
        PlayTables t = story.playTables();
        int at = t.sceneAt(state.scene);
        int flags = t.at(at + FLAGS);
        int count = t.at(at + COUNT);
        List<Action> actions = new ArrayList<>(count + 1);
        if ((flags & CHANCE) != 0) {
            if (odds(story, state, at).total() > 0) actions.add(Action.CONTINUE);
            return actions;
        }
        for (int i = 0, r = at + HEADER; i < count; i++, r += RECORD) {
            if (available(story, state, r)) actions.add(choose(i));
        }
        if ((flags & TIMED) != 0 && (flags & ENDING) == 0) actions.add(Action.TIMEOUT);
        return actions;
    }

    /** Takes an action and returns the next state; chance is drawn from the state's seed. */
    public static State next(Story story, State state, Action action) {
        PlayTables t = story.playTables();
        int at = t.sceneAt(state.scene);
        return switch (action) {
            case Action.Choose choose -> choose(story, state, availableChoice(story, state, at, choose.index()), choose.index(), Step.Kind.CHOICE);
            case Action.Timeout timeout -> {
                int flags = t.at(at + FLAGS);
                if ((flags & TIMED) == 0 || (flags & ENDING) != 0) {
                    throw new IllegalActionException("scene '" + story.scene(state.scene).id() + "' has no countdown to run out");
                }
                int choice = timedChoice(story, state, at);
                if (choice >= 0) yield choose(story, state, at + HEADER + choice * RECORD, choice, Step.Kind.TIMEOUT);
                Path path = state.path.append(new Step(state.scene, Step.Kind.TIMEOUT, t.at(at + COUNT)));
                yield enter(story, state, t.at(at + TIMER_TARGET), state.values.clone(), state.used, state.draws, path);
            }
            case Action.Continue c -> {
                // Draw first, then build only the outcome drawn: the hot path of a chance scene.
                Odds odds = possibleOdds(story, state, at);
                long roll = Long.remainderUnsigned(draw(state), odds.total());
                for (int i = 0; i < odds.outcomes().length; i++) {
                    long weight = odds.weights()[i];
                    if (roll < weight) yield chanceBranch(story, state, at, odds.outcomes()[i], weight, odds.total()).state();
                    roll -= weight;
                }
                throw new AssertionError("draw out of range");
            }
        };
    }

    /**
     * Every way an action can go, with its probability: one branch for a choice or timeout, one
     * per possible outcome for continuing from a chance scene. The checker explores these.
     */
    public static List<Branch> branches(Story story, State state, Action action) {
        if (action instanceof Action.Continue) return chanceBranches(story, state, story.playTables().sceneAt(state.scene));
        State next = next(story, state, action);
        int index = action instanceof Action.Choose c ? c.index() : state.path.length() < next.path.length()
                ? next.path.last().index() : -1;
        return List.of(new Branch(index, 1, 1, next));
    }

    private static Action choose(int index) {
        return index < CHOOSE.length ? CHOOSE[index] : Action.choose(index);
    }

    /** Whether the choice whose record is at {@code r} can be taken now: not used up, its condition holding. */
    private static boolean available(Story story, State state, int r) {
        PlayTables t = story.playTables();
        int once = t.at(r + ONCE_SLOT);
        if (once >= 0 && state.used(once)) return false;
        return Interpreter.test(story, t.at(r + CONDITION), state.values, state);
    }

    /** The choice a countdown takes in the timed scene at {@code at}: the timer's default choice when it is available now, else -1. */
    private static int timedChoice(Story story, State state, int at) {
        int index = story.playTables().at(at + TIMER_CHOICE);
        if (index < 0) return -1;
        return available(story, state, at + HEADER + index * RECORD) ? index : -1;
    }

    /** The record of choice {@code index} in the scene at {@code at}, when the player may take it now. */
    private static int availableChoice(Story story, State state, int at, int index) {
        PlayTables t = story.playTables();
        int flags = t.at(at + FLAGS);
        if ((flags & ENDING) != 0) throw new IllegalActionException("the journey has ended at '" + story.scene(state.scene).id() + "'");
        if (index < 0 || index >= t.at(at + COUNT) || (flags & CHANCE) != 0) {
            throw new IllegalActionException("scene '" + story.scene(state.scene).id() + "' has no choice " + (index + 1));
        }
        int r = at + HEADER + index * RECORD;
        int once = t.at(r + ONCE_SLOT);
        if (once >= 0 && state.used(once)) {
            throw new IllegalActionException("choice " + (index + 1) + " in scene '" + story.scene(state.scene).id() + "' was already taken");
        }
        if (!Interpreter.test(story, t.at(r + CONDITION), state.values, state)) {
            throw new IllegalActionException("choice " + (index + 1) + " in scene '" + story.scene(state.scene).id() + "' is not available now");
        }
        return r;
    }

    private static State choose(Story story, State state, int r, int index, Step.Kind kind) {
        PlayTables t = story.playTables();
        Object[] values = state.values.clone();
        Interpreter.apply(story, t.at(r + EFFECTS), values, state);
        int once = t.at(r + ONCE_SLOT);
        UsedChoices used = once >= 0 ? state.used.with(once) : state.used;
        Path path = state.path.append(new Step(state.scene, kind, index));
        return enter(story, state, destination(story, state, r, values), values, used, state.draws, path);
    }

    /** Where the choice whose record is at {@code r} leads: its first conditional target whose condition holds after the choice's effects, else its target. */
    private static int destination(Story story, State state, int r, Object[] values) {
        PlayTables t = story.playTables();
        int routes = t.at(r + ROUTES);
        if (routes >= 0) {
            for (int i = 0, n = t.at(routes); i < n; i++) {
                int route = routes + 1 + 2 * i;
                if (Interpreter.test(story, t.at(route), values, state)) return t.at(route + 1);
            }
        }
        return t.at(r + TARGET);
    }

    private static List<Branch> chanceBranches(Story story, State state, int at) {
        Odds odds = possibleOdds(story, state, at);
        List<Branch> branches = new ArrayList<>(odds.outcomes().length);
        for (int i = 0; i < odds.outcomes().length; i++) {
            branches.add(chanceBranch(story, state, at, odds.outcomes()[i], odds.weights()[i], odds.total()));
        }
        return branches;
    }

    /** The outcomes of a chance scene that are possible now (by index), each with its weight, and their total. */
    private record Odds(int[] outcomes, long[] weights, long total) {}

    private static Odds odds(Story story, State state, int at) {
        PlayTables t = story.playTables();
        if ((t.at(at + FLAGS) & CHANCE) == 0) {
            throw new IllegalActionException("scene '" + story.scene(state.scene).id() + "' has no chance to continue into");
        }
        int count = t.at(at + COUNT);
        long weighted = 0;
        int otherwise = -1;
        int[] possible = new int[count];
        long[] weights = new long[count];
        int n = 0;
        for (int i = 0, r = at + HEADER; i < count; i++, r += RECORD) {
            int weight = t.at(r + WEIGHT);
            if (weight < 0) {
                otherwise = i;
            } else if (weight > 0 && Interpreter.test(story, t.at(r + CONDITION), state.values, state)) {
                possible[n] = i;
                weights[n++] = weight;
                weighted += weight;
            }
        }
        long rest = otherwise < 0 ? 0 : Math.max(0, 100 - weighted);
        if (rest > 0) {
            possible[n] = otherwise;
            weights[n++] = rest;
        }
        return new Odds(java.util.Arrays.copyOf(possible, n), java.util.Arrays.copyOf(weights, n), weighted + rest);
    }

    private static Odds possibleOdds(Story story, State state, int at) {
        Odds odds = odds(story, state, at);
        if (odds.total() == 0) {
            throw new IllegalActionException("no outcome of the chance in scene '" + story.scene(state.scene).id() + "' is possible now");
        }
        return odds;
    }

    private static Branch chanceBranch(Story story, State state, int at, int outcome, long weight, long total) {
        PlayTables t = story.playTables();
        int r = at + HEADER + outcome * RECORD;
        Object[] values = state.values.clone();
        Interpreter.apply(story, t.at(r + EFFECTS), values, state);
        Path path = state.path.append(new Step(state.scene, Step.Kind.CHANCE, outcome));
        State next = enter(story, state, t.at(r + TARGET), values, state.used, state.draws + 1, path);
        return new Branch(outcome, weight, total, next);
    }

    /** Moves into {@code target}: counts the visit and runs the scene's entry effects. */
    private static State enter(Story story, State from, int target, Object[] values, UsedChoices used, int draws, Path path) {
        PlayTables t = story.playTables();
        int at = t.sceneAt(target);
        int[] visits = from.trackedVisits;
        int slot = t.at(at + TRACKED_SLOT);
        if (slot >= 0) {
            visits = visits.clone();
            visits[slot]++;
        }
        State entered = new State(from.storyVersion, target, values, used, visits, from.seed, draws, path);
        int onEnter = t.at(at + ON_ENTER);
        if (onEnter < 0) return entered;
        Object[] after = values.clone();
        Interpreter.apply(story, onEnter, after, entered);
        return new State(from.storyVersion, target, after, used, visits, from.seed, draws, path);
    }

    /** Applies one change from its record: for text, which the play tables leave to the records. */
    static void change(Effect.Change effect, Object[] values, Evaluator.Visits visits) {
        Variable variable = effect.variable();
        Object operand = Evaluator.evaluate(effect.value(), values, visits);
        Object current = values[variable.slot()];
        Object result = switch (effect.operation()) {
            case SET -> operand;
            case ADD -> current instanceof String s ? s + operand : Evaluator.add((Long) current, (Long) operand);
            case SUBTRACT -> Evaluator.subtract((Long) current, (Long) operand);
        };
        if (result instanceof String s) result = ValueType.fitText(s);
        values[variable.slot()] = variable.clamp(result);
    }

    static Evaluator.Visits visits(Story story, State state) {
        return scene -> {
            int slot = story.trackedSlot(scene);
            return slot >= 0 ? state.trackedVisits[slot] : state.visits(scene);
        };
    }

    /** SplitMix64's finaliser: a well-spread 64-bit value from a counter. */
    /**
     * The state's next chance draw: from its seed, its draw count and the scene that draws. The
     * scene is in it so that a player who goes back and takes another way into a different
     * chance meets a roll of its own, not the one the first way met; the same way again meets the
     * same roll, so going back cannot undo what chance decided.
     */
    static long draw(State state) {
        return mix(state.seed + (state.draws + 1L) * 0x9E3779B97F4A7C15L + (state.scene + 1L) * 0xD1B54A32D192ED03L);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
