package org.crossing.story.play;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;

/**
 * The rules of play. Pure and deterministic: the same story, state and action give the same next
 * state on any machine. Chance draws come from the state's seed and draw count (SplitMix64), so
 * a journey replays exactly.
 */
public final class Engine {

    /** Text values are cut to this length so that a story that grows a text in a loop keeps a token a URL can carry. */
    static final int MAX_TEXT = ValueType.MAX_TEXT;

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
            if (value instanceof String text && text.length() > MAX_TEXT) value = text.substring(0, MAX_TEXT);
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
        Choice timed = scene.timer() == null ? null : timedChoice(story, state, scene);
        int timedDefault = timed == null ? -1 : timed.index();
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
        Scene scene = story.scene(state.scene);
        List<Action> actions = new ArrayList<>(scene.choices().size() + 1);
        if (scene.isChance()) {
            if (chanceTotal(story, state) > 0) actions.add(Action.CONTINUE);
            return actions;
        }
        // The enabled options, without building them: this runs at every step of every simulated journey.
        Evaluator.Visits visits = visits(story, state);
        for (Choice choice : scene.choices()) {
            if (choice.once() && state.used(choice.onceSlot())) continue;
            if (Evaluator.test(choice.condition(), state.values, visits)) actions.add(choose(choice.index()));
        }
        if (scene.timer() != null && !scene.isEnding()) actions.add(Action.TIMEOUT);
        return actions;
    }

    /** Takes an action and returns the next state; chance is drawn from the state's seed. */
    public static State next(Story story, State state, Action action) {
        Scene scene = story.scene(state.scene);
        return switch (action) {
            case Action.Choose choose -> choose(story, state, scene, availableChoice(story, state, scene, choose.index()), Step.Kind.CHOICE);
            case Action.Timeout timeout -> {
                if (scene.timer() == null || scene.isEnding()) throw new IllegalActionException("scene '" + scene.id() + "' has no countdown to run out");
                Choice choice = timedChoice(story, state, scene);
                if (choice != null) yield choose(story, state, scene, choice, Step.Kind.TIMEOUT);
                Path path = state.path.append(new Step(scene.index(), Step.Kind.TIMEOUT, scene.choices().size()));
                yield enter(story, state, scene.timer().target(), state.values.clone(), state.used, state.draws, path);
            }
            case Action.Continue c -> {
                // Draw first, then build only the outcome drawn: the hot path of a chance scene.
                Odds odds = possibleOdds(story, state, scene);
                long roll = Long.remainderUnsigned(mix(state.seed + (state.draws + 1L) * 0x9E3779B97F4A7C15L), odds.total());
                for (int i = 0; i < odds.outcomes().size(); i++) {
                    long weight = odds.weights()[i];
                    if (roll < weight) yield chanceBranch(story, state, scene, odds.outcomes().get(i), weight, odds.total()).state();
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
        Scene scene = story.scene(state.scene);
        if (action instanceof Action.Continue) return chanceBranches(story, state, scene);
        State next = next(story, state, action);
        int index = action instanceof Action.Choose c ? c.index() : state.path.length() < next.path.length()
                ? next.path.last().index() : -1;
        return List.of(new Branch(index, 1, 1, next));
    }

    private static Action choose(int index) {
        return index < CHOOSE.length ? CHOOSE[index] : Action.choose(index);
    }

    /** The choice a countdown takes: the timer's default choice when it is available now, else null. */
    private static Choice timedChoice(Story story, State state, Scene scene) {
        int index = scene.timer().defaultChoice();
        if (index < 0) return null;
        Choice choice = scene.choices().get(index);
        if (choice.once() && state.used(choice.onceSlot())) return null;
        return Evaluator.test(choice.condition(), state.values, visits(story, state)) ? choice : null;
    }

    private static Choice availableChoice(Story story, State state, Scene scene, int index) {
        if (scene.isEnding()) throw new IllegalActionException("the journey has ended at '" + scene.id() + "'");
        if (index < 0 || index >= scene.choices().size()) {
            throw new IllegalActionException("scene '" + scene.id() + "' has no choice " + (index + 1));
        }
        Choice choice = scene.choices().get(index);
        if (choice.once() && state.used(choice.onceSlot())) {
            throw new IllegalActionException("choice " + (index + 1) + " in scene '" + scene.id() + "' was already taken");
        }
        if (!Evaluator.test(choice.condition(), state.values, visits(story, state))) {
            throw new IllegalActionException("choice " + (index + 1) + " in scene '" + scene.id() + "' is not available now");
        }
        return choice;
    }

    private static State choose(Story story, State state, Scene scene, Choice choice, Step.Kind kind) {
        Object[] values = state.values.clone();
        apply(story, choice.effects(), values, state);
        UsedChoices used = choice.once() ? state.used.with(choice.onceSlot()) : state.used;
        Path path = state.path.append(new Step(scene.index(), kind, choice.index()));
        return enter(story, state, destination(story, state, choice, values), values, used, state.draws, path);
    }

    /** Where a choice leads: its first conditional target whose condition holds after the choice's effects, else its target. */
    private static int destination(Story story, State state, Choice choice, Object[] values) {
        if (choice.routes().isEmpty()) return choice.target();
        Evaluator.Visits visits = visits(story, state);
        for (Choice.Route route : choice.routes()) {
            if (Evaluator.test(route.condition(), values, visits)) return route.target();
        }
        return choice.target();
    }

    private static List<Branch> chanceBranches(Story story, State state, Scene scene) {
        Odds odds = possibleOdds(story, state, scene);
        List<Branch> branches = new ArrayList<>(odds.outcomes().size());
        for (int i = 0; i < odds.outcomes().size(); i++) {
            branches.add(chanceBranch(story, state, scene, odds.outcomes().get(i), odds.weights()[i], odds.total()));
        }
        return branches;
    }

    /** The outcomes of a chance scene that are possible now, each with its weight, and their total. */
    private record Odds(List<ChanceOutcome> outcomes, long[] weights, long total) {}

    private static Odds odds(Story story, State state, Scene scene) {
        if (!scene.isChance()) throw new IllegalActionException("scene '" + scene.id() + "' has no chance to continue into");
        Evaluator.Visits visits = visits(story, state);
        long weighted = 0;
        ChanceOutcome otherwise = null;
        List<ChanceOutcome> possible = new ArrayList<>(scene.chance().size());
        for (ChanceOutcome outcome : scene.chance()) {
            if (outcome.otherwise()) {
                otherwise = outcome;
            } else if (outcome.weight() > 0 && Evaluator.test(outcome.condition(), state.values, visits)) {
                possible.add(outcome);
                weighted += outcome.weight();
            }
        }
        long rest = otherwise == null ? 0 : Math.max(0, 100 - weighted);
        if (rest > 0) possible.add(otherwise);
        long[] weights = new long[possible.size()];
        for (int i = 0; i < weights.length; i++) {
            ChanceOutcome outcome = possible.get(i);
            weights[i] = outcome.otherwise() ? rest : outcome.weight();
        }
        return new Odds(possible, weights, weighted + rest);
    }

    private static Odds possibleOdds(Story story, State state, Scene scene) {
        Odds odds = odds(story, state, scene);
        if (odds.total() == 0) throw new IllegalActionException("no outcome of the chance in scene '" + scene.id() + "' is possible now");
        return odds;
    }

    private static long chanceTotal(Story story, State state) {
        return odds(story, state, story.scene(state.scene)).total();
    }

    private static Branch chanceBranch(Story story, State state, Scene scene, ChanceOutcome outcome, long weight, long total) {
        Object[] values = state.values.clone();
        apply(story, outcome.effects(), values, state);
        Path path = state.path.append(new Step(scene.index(), Step.Kind.CHANCE, outcome.index()));
        State next = enter(story, state, outcome.target(), values, state.used, state.draws + 1, path);
        return new Branch(outcome.index(), weight, total, next);
    }

    /** Moves into {@code target}: counts the visit and runs the scene's entry effects. */
    private static State enter(Story story, State from, int target, Object[] values, UsedChoices used, int draws, Path path) {
        int[] visits = from.trackedVisits;
        int slot = story.trackedSlot(target);
        if (slot >= 0) {
            visits = visits.clone();
            visits[slot]++;
        }
        State entered = new State(from.storyVersion, target, values, used, visits, from.seed, draws, path);
        List<Effect> onEnter = story.scene(target).onEnter();
        if (onEnter.isEmpty()) return entered;
        Object[] after = values.clone();
        apply(story, onEnter, after, entered);
        return new State(from.storyVersion, target, after, used, visits, from.seed, draws, path);
    }

    /** Applies effects in order; each sees the values the previous ones left. */
    private static void apply(Story story, List<Effect> effects, Object[] values, State state) {
        apply(effects, values, visits(story, state));
    }

    private static void apply(List<Effect> effects, Object[] values, Evaluator.Visits visits) {
        for (Effect e : effects) {
            if (e instanceof Effect.When when) {
                apply(Evaluator.test(when.condition(), values, visits) ? when.then() : when.otherwise(), values, visits);
                continue;
            }
            Effect.Change effect = (Effect.Change) e;
            Variable variable = effect.variable();
            Object operand = Evaluator.evaluate(effect.value(), values, visits);
            Object current = values[variable.slot()];
            Object result = switch (effect.operation()) {
                case SET -> operand;
                case ADD -> current instanceof String s ? s + operand : Evaluator.add((Long) current, (Long) operand);
                case SUBTRACT -> Evaluator.subtract((Long) current, (Long) operand);
            };
            if (result instanceof String s && s.length() > MAX_TEXT) result = s.substring(0, MAX_TEXT);
            values[variable.slot()] = variable.clamp(result);
        }
    }

    static Evaluator.Visits visits(Story story, State state) {
        return scene -> {
            int slot = story.trackedSlot(scene);
            return slot >= 0 ? state.trackedVisits[slot] : state.visits(scene);
        };
    }

    /** SplitMix64's finaliser: a well-spread 64-bit value from a counter. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
