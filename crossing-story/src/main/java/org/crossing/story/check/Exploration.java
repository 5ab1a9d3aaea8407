package org.crossing.story.check;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;

/**
 * One run of the checker: a breadth-first exploration of the state graph, then the analyses on
 * it. States are numbers in order of discovery; each keeps its parent and the step from it (so
 * witnesses are shortest), its depth and scene. Edges are kept in compressed rows, in the order
 * states are expanded, which breadth-first makes the order of their numbers.
 */
final class Exploration {

    static final int PROGRESS_EVERY = 1 << 13;
    /** Exact fractions are computed for acyclic graphs up to this many states. */
    static final int EXACT_STATES = 100_000;
    /** Problems of one kind reported before the rest are only counted. */
    static final int MAX_PER_KIND = 50;

    private static final int CHANCE_BIT = 1 << 30;
    private static final int TIMEOUT_CODE = (1 << 30) - 1;
    private static final byte ENDING = 1;
    private static final byte DEAD_END = 2;

    private final Story story;
    private final int limit;
    private final IntConsumer progress;
    private final StateTable table;

    private int[] parent = new int[1 << 12];
    private int[] step = new int[1 << 12];
    private int[] depth = new int[1 << 12];
    private int[] sceneOf = new int[1 << 12];
    private byte[] flags = new byte[1 << 12];
    private int[] total = new int[1 << 12];

    private final IntList edgeStart = new IntList(1 << 12);
    private final IntList edgeTarget = new IntList(1 << 13);
    private final IntList edgeWeight = new IntList(1 << 13);

    private int expanded;
    private boolean complete = true;
    /** The first dead end met in each scene, by scene index, with why it offers nothing. */
    private final Map<Integer, DeadEnd> deadEnds = new LinkedHashMap<>();

    // Growth tracking: integer and text variables by slot, then tracked visit counts.
    private final long[] low;
    private final long[] high;
    private final int[] extendedAt;
    private final String[] extendedScene;
    private final Position[] extendedPosition;
    private final String[] extendedEffect;

    private record DeadEnd(int state, List<String> why) {}

    Exploration(Story story, int limit, IntConsumer progress) {
        this.story = story;
        this.limit = limit;
        this.progress = progress;
        this.table = new StateTable(story, new Revisits(story), Exprs.visitCaps(story));
        int tracked = story.variables().size() + story.trackedSceneCount();
        low = new long[tracked];
        high = new long[tracked];
        extendedAt = new int[tracked];
        extendedScene = new String[tracked];
        extendedPosition = new Position[tracked];
        extendedEffect = new String[tracked];
    }

    CheckReport run() {
        explore();
        return analyse();
    }

    // ---------------------------------------------------------------- exploration

    private void explore() {
        State start = Engine.begin(story, 0L).withoutPath();
        ArrayDeque<State> queue = new ArrayDeque<>();
        table.encode(start);
        int first = table.add();
        record(first, -1, -1, 0, start.scene());
        for (int v = 0; v < low.length; v++) {
            long value = measure(start, v);
            low[v] = value;
            high[v] = value;
            extendedAt[v] = -1;
        }
        queue.add(start);
        while (!queue.isEmpty()) {
            State state = queue.poll();
            int id = expanded;
            edgeStart.add(edgeTarget.size());
            Scene scene = story.scene(state.scene());
            if (scene.isEnding()) {
                flags[id] |= ENDING;
            } else if (scene.isChance()) {
                if (Engine.actions(story, state).isEmpty()) {
                    deadEnd(id, state, scene);
                } else {
                    for (Branch branch : Engine.branches(story, state, Action.CONTINUE)) {
                        ChanceOutcome outcome = scene.chance().get(branch.index());
                        int target = reach(branch.state(), id, CHANCE_BIT | branch.index(), outcome.effects(), queue);
                        if (target < 0) return;
                        edgeTarget.add(target);
                        edgeWeight.add((int) branch.numerator());
                        total[id] = (int) branch.denominator();
                    }
                }
            } else {
                int choices = 0;
                boolean timeoutTakesAChoice = false;
                for (Option option : Engine.options(story, state)) if (option.enabled() && option.timedDefault()) timeoutTakesAChoice = true;
                for (Action action : Engine.actions(story, state)) {
                    int target;
                    if (action instanceof Action.Choose choose) {
                        Choice choice = scene.choices().get(choose.index());
                        target = reach(Engine.next(story, state, action), id, choose.index(), choice.effects(), queue);
                    } else if (action instanceof Action.Timeout && !timeoutTakesAChoice) {
                        // The countdown goes straight to its scene: a way of its own.
                        target = reach(Engine.next(story, state, action), id, TIMEOUT_CODE, List.of(), queue);
                    } else {
                        continue; // running out takes an available choice: the same as choosing it
                    }
                    if (target < 0) return;
                    edgeTarget.add(target);
                    edgeWeight.add(1);
                    choices++;
                }
                total[id] = choices;
                if (choices == 0) deadEnd(id, state, scene);
            }
            expanded++;
            if (expanded % PROGRESS_EVERY == 0) progress.accept(expanded);
        }
        edgeStart.add(edgeTarget.size());
    }

    /** The number of a successor state, new or known; -1 when the state limit stops the exploration. */
    private int reach(State next, int from, int stepCode, List<Effect> actionEffects, ArrayDeque<State> queue) {
        table.encode(next);
        int known = table.find();
        if (known >= 0) return known;
        if (table.size() >= limit) {
            complete = false;
            return -1;
        }
        int id = table.add();
        record(id, from, stepCode, depth[from] + 1, next.scene());
        observe(id, next, actionEffects);
        queue.add(next.withoutPath());
        return id;
    }

    private void record(int id, int from, int stepCode, int d, int scene) {
        if (id == parent.length) {
            int n = IntList.grow(id);
            parent = Arrays.copyOf(parent, n);
            step = Arrays.copyOf(step, n);
            depth = Arrays.copyOf(depth, n);
            sceneOf = Arrays.copyOf(sceneOf, n);
            flags = Arrays.copyOf(flags, n);
            total = Arrays.copyOf(total, n);
        }
        parent[id] = from;
        step[id] = stepCode;
        depth[id] = d;
        sceneOf[id] = scene;
    }

    /** Integers by value, text by length, then tracked visit counts. */
    private long measure(State state, int v) {
        int variables = story.variables().size();
        if (v >= variables) return state.trackedVisits(v - variables);
        Object value = state.value(v);
        return switch (value) {
            case Long l -> l;
            case String s -> s.length();
            default -> 0;
        };
    }

    /** Notes which variables and visit counts a new state extends, and what extended them. */
    private void observe(int id, State state, List<Effect> actionEffects) {
        int variables = story.variables().size();
        Scene target = story.scene(state.scene());
        for (int v = 0; v < low.length; v++) {
            if (v < variables && story.variables().get(v).type() == org.crossing.story.model.ValueType.BOOLEAN) continue;
            long value = measure(state, v);
            if (value >= low[v] && value <= high[v]) continue;
            low[v] = Math.min(low[v], value);
            high[v] = Math.max(high[v], value);
            extendedAt[v] = id;
            if (v >= variables) {
                Scene scene = story.scene(story.trackedScene(v - variables));
                extendedScene[v] = scene.id();
                extendedPosition[v] = scene.position();
                extendedEffect[v] = null;
                continue;
            }
            Variable variable = story.variables().get(v);
            Effect cause = null;
            String causeScene = target.id();
            for (Effect effect : target.onEnter()) if (effect.variable().slot() == variable.slot()) cause = effect;
            if (cause == null) {
                Scene from = story.scene(sceneOf[parent[id]]);
                causeScene = from.id();
                for (Effect effect : actionEffects) if (effect.variable().slot() == variable.slot()) cause = effect;
            }
            extendedScene[v] = causeScene;
            extendedPosition[v] = cause == null ? target.position() : cause.position();
            extendedEffect[v] = cause == null ? null
                    : variable.name() + " " + cause.operation().symbol() + " " + Exprs.source(cause.value());
        }
    }

    private void deadEnd(int id, State state, Scene scene) {
        flags[id] |= DEAD_END;
        if (deadEnds.containsKey(scene.index())) return;
        List<String> why = new ArrayList<>();
        Set<Expr> reads = new LinkedHashSet<>();
        if (scene.isChance()) {
            for (ChanceOutcome outcome : scene.chance()) {
                String name = "chance " + outcomeLabel(scene, outcome, false);
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
        deadEnds.put(scene.index(), new DeadEnd(id, details));
    }

    private int visitsOf(State state, int scene) {
        int slot = story.trackedSlot(scene);
        return slot >= 0 ? state.trackedVisits(slot) : state.visits(scene);
    }

    private static String literal(Object value) {
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }

    private String outcomeLabel(Scene scene, ChanceOutcome outcome, boolean conditionless) {
        String target = story.scene(outcome.target()).id();
        String condition = outcome.condition() == null || conditionless ? "" : "[" + Exprs.source(outcome.condition()) + "] ";
        return outcome.otherwise() ? "otherwise -> " + target : condition + outcome.weight() + "% -> " + target;
    }

    // ---------------------------------------------------------------- analysis

    private CheckReport analyse() {
        int n = table.size();
        List<Problem> errors = new ArrayList<>();
        int scenes = story.scenes().size();
        int[] firstInScene = new int[scenes];
        Arrays.fill(firstInScene, -1);
        for (int s = 0; s < n; s++) if (firstInScene[sceneOf[s]] < 0) firstInScene[sceneOf[s]] = s;
        int scenesReached = (int) Arrays.stream(firstInScene).filter(s -> s >= 0).count();

        // Dead ends hold whether or not the exploration finished.
        List<Problem> deadEndProblems = new ArrayList<>();
        for (Map.Entry<Integer, DeadEnd> entry : deadEnds.entrySet()) {
            Scene scene = story.scene(entry.getKey());
            String message = scene.isChance()
                    ? "dead end: no outcome of the chance in scene '" + scene.id() + "' is possible"
                    : "dead end: scene '" + scene.id() + "' offers no choice";
            deadEndProblems.add(new Problem(Problem.Kind.DEAD_END, scene.id(), scene.position(), message,
                    witness(entry.getValue().state()), entry.getValue().why()));
        }
        errors.addAll(bounded(deadEndProblems, Problem.Kind.DEAD_END));

        CheckReport.Probabilities probabilities = CheckReport.Probabilities.UNKNOWN;
        double[] endingMass = new double[scenes];
        String[] exact = new String[scenes];
        double deadEndMass = 0;
        double endlessMass = 0;
        int most = -1;
        boolean loops = false;

        if (!complete) {
            errors.add(0, limitProblem(n));
        } else {
            List<Problem> unreachable = new ArrayList<>();
            List<Problem> unreachableEndings = new ArrayList<>();
            for (Scene scene : story.scenes()) {
                if (firstInScene[scene.index()] >= 0) continue;
                if (scene.isEnding()) {
                    unreachableEndings.add(new Problem(Problem.Kind.UNREACHABLE_ENDING, scene.id(), scene.position(),
                            "ending '" + scene.id() + "' (" + scene.ending().kind().word() + ") is never reached",
                            Witness.EMPTY, List.of()));
                } else {
                    unreachable.add(new Problem(Problem.Kind.UNREACHABLE_SCENE, scene.id(), scene.position(),
                            "scene '" + scene.id() + "' is never reached", Witness.EMPTY, List.of()));
                }
            }
            errors.addAll(bounded(unreachableEndings, Problem.Kind.UNREACHABLE_ENDING));
            errors.addAll(bounded(unreachable, Problem.Kind.UNREACHABLE_SCENE));

            int[] rowStart = edgeStart.array();
            int[] targets = edgeTarget.array();
            int[] weights = edgeWeight.array();
            Reverse reverse = new Reverse(n, rowStart, targets);
            BitSet canEnd = reverse.reaching(n, s -> (flags[s] & ENDING) != 0);
            BitSet canStop = reverse.reaching(n, s -> (flags[s] & (ENDING | DEAD_END)) != 0);

            Components components = Components.of(n, rowStart, targets);
            for (int c = 0; c < components.count(); c++) {
                if (components.cyclic(c) && canEnd.get(components.member(c, 0))) loops = true;
            }
            errors.addAll(bounded(softlocks(n, canStop, components, rowStart, targets), Problem.Kind.SOFTLOCK));

            // The longest playthrough, over states that can still reach an ending.
            if (!loops && !canEnd.isEmpty()) {
                int[] longest = new int[n];
                Arrays.fill(longest, -1);
                longest[0] = 0;
                for (int c = components.count() - 1; c >= 0; c--) {
                    int s = components.member(c, 0);
                    if (longest[s] < 0 || !canEnd.get(s)) continue;
                    for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                        int t = targets[e];
                        if (canEnd.get(t)) longest[t] = Math.max(longest[t], longest[s] + 1);
                    }
                    if ((flags[s] & ENDING) != 0) most = Math.max(most, longest[s]);
                }
            }

            // Probabilities: push the random player's probability mass through the components in
            // topological order; mass that reaches a loop goes round it until it has (nearly) left.
            boolean acyclic = true;
            for (int c = 0; c < components.count(); c++) if (components.cyclic(c)) acyclic = false;
            probabilities = acyclic ? CheckReport.Probabilities.EXACT : CheckReport.Probabilities.ESTIMATED;
            double[] mass = new double[n];
            mass[0] = 1;
            long budget = 50_000_000L;
            for (int c = components.count() - 1; c >= 0; c--) {
                if (!components.cyclic(c)) {
                    int s = components.member(c, 0);
                    double m = mass[s];
                    if (m == 0) continue;
                    if ((flags[s] & ENDING) != 0) endingMass[sceneOf[s]] += m;
                    else if ((flags[s] & DEAD_END) != 0) deadEndMass += m;
                    else for (int e = rowStart[s]; e < rowStart[s + 1]; e++) mass[targets[e]] += m * weights[e] / total[s];
                    continue;
                }
                int size = components.size(c);
                boolean exits = false;
                long edges = 0;
                for (int i = 0; i < size; i++) {
                    int s = components.member(c, i);
                    for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                        edges++;
                        if (components.of(targets[e]) != c) exits = true;
                    }
                }
                long sweeps = Math.max(200, budget / Math.max(1, edges));
                for (long sweep = 0; exits && sweep < sweeps; sweep++) {
                    double left = 0;
                    for (int i = 0; i < size; i++) {
                        int s = components.member(c, i);
                        double m = mass[s];
                        if (m == 0) continue;
                        mass[s] = 0;
                        for (int e = rowStart[s]; e < rowStart[s + 1]; e++) mass[targets[e]] += m * weights[e] / total[s];
                    }
                    for (int i = 0; i < size; i++) left += mass[components.member(c, i)];
                    if (left < 1e-13) break;
                }
                budget = Math.max(0, budget - edges * sweeps);
                double left = 0;
                for (int i = 0; i < size; i++) {
                    int s = components.member(c, i);
                    left += mass[s];
                    mass[s] = 0;
                }
                // A loop with no way out keeps its mass; one with a way out leaves a rounding residue.
                if (!exits || left > 1e-9) endlessMass += left;
            }
            if (acyclic && n <= EXACT_STATES) exactProbabilities(n, components, rowStart, targets, weights, exact);
        }

        List<EndingResult> endings = new ArrayList<>();
        int fewest = -1;
        for (Scene scene : story.scenes()) {
            if (!scene.isEnding()) continue;
            int s = firstInScene[scene.index()];
            boolean reached = s >= 0;
            if (reached && (fewest < 0 || depth[s] < fewest)) fewest = depth[s];
            String summary = scene.ending().summary().source();
            endings.add(new EndingResult(scene.id(), scene.ending().kind(), summary, scene.position(), reached,
                    reached ? witness(s) : Witness.EMPTY,
                    probabilities == CheckReport.Probabilities.UNKNOWN ? Double.NaN : endingMass[scene.index()],
                    exact[scene.index()]));
        }
        if (!complete) most = -1;
        errors.sort(Comparator.comparing((Problem p) -> p.kind() != Problem.Kind.STATE_LIMIT)
                .thenComparing(p -> p.position() == null ? "" : p.position().file())
                .thenComparingInt(p -> p.position() == null ? 0 : p.position().line())
                .thenComparingInt(p -> p.position() == null ? 0 : p.position().column()));
        return new CheckReport(story.title(), n, limit, complete, scenes, scenesReached, errors, endings, fewest, most,
                loops, probabilities, deadEndMass, endlessMass, complete ? List.of() : growing(n));
    }

    private static List<Problem> bounded(List<Problem> problems, Problem.Kind kind) {
        if (problems.size() <= MAX_PER_KIND) return problems;
        List<Problem> kept = new ArrayList<>(problems.subList(0, MAX_PER_KIND - 1));
        Problem last = problems.get(MAX_PER_KIND - 1);
        int rest = problems.size() - MAX_PER_KIND;
        List<String> details = new ArrayList<>(last.details());
        details.add("and " + rest + " more " + kind.words() + (rest == 1 ? "" : "s") + " not shown");
        kept.add(new Problem(last.kind(), last.scene(), last.position(), last.message(), last.witness(), details));
        return kept;
    }

    /**
     * Softlocks: states from which neither an ending nor a dead end can be reached, so play goes
     * round forever. One problem per scene where play first enters such a region, with the
     * scenes of the loops it cannot leave.
     */
    private List<Problem> softlocks(int n, BitSet canStop, Components components, int[] rowStart, int[] targets) {
        List<Problem> problems = new ArrayList<>();
        Set<Integer> reportedScenes = new LinkedHashSet<>();
        for (int s = 0; s < n; s++) {
            if (canStop.get(s)) continue;
            if (parent[s] >= 0 && !canStop.get(parent[s])) continue;
            if (!reportedScenes.add(sceneOf[s])) continue;
            Set<String> loop = new LinkedHashSet<>();
            BitSet seen = new BitSet(n);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            seen.set(s);
            while (!queue.isEmpty() && loop.size() <= 8) {
                int u = queue.poll();
                if (components.cyclic(components.of(u))) loop.add(story.scene(sceneOf[u]).id());
                for (int e = rowStart[u]; e < rowStart[u + 1]; e++) {
                    int t = targets[e];
                    if (!seen.get(t)) {
                        seen.set(t);
                        queue.add(t);
                    }
                }
            }
            Scene scene = story.scene(sceneOf[s]);
            List<String> names = new ArrayList<>();
            for (String id : loop) names.add("'" + id + "'");
            String round = names.size() > 8 ? String.join(", ", names.subList(0, 8)) + " and more" : String.join(", ", names);
            problems.add(new Problem(Problem.Kind.SOFTLOCK, scene.id(), scene.position(),
                    "softlock: from scene '" + scene.id() + "' no ending can be reached",
                    witness(s), List.of("play goes round " + round + " forever")));
        }
        return problems;
    }

    private Problem limitProblem(int n) {
        List<String> details = new ArrayList<>();
        for (Growth growth : growing(n)) details.add(growth.describe());
        if (details.isEmpty()) {
            details.add("no variable keeps growing: the story is just large; raise the limit to check it in full");
        } else {
            details.add("bound them with 'between LOW and HIGH' where they are declared, or raise the limit");
        }
        String message = String.format(java.util.Locale.ROOT,
                "the story has more than %,d reachable states; the check stopped there", limit);
        return new Problem(Problem.Kind.STATE_LIMIT, null, null, message, Witness.EMPTY, details);
    }

    /** What extended its range in the later half of the exploration: what keeps the state space growing. */
    private List<Growth> growing(int n) {
        List<Growth> growing = new ArrayList<>();
        int variables = story.variables().size();
        for (int v = 0; v < low.length; v++) {
            if (extendedAt[v] < 0 || extendedAt[v] < n / 2) continue;
            if (v >= variables) {
                Scene scene = story.scene(story.trackedScene(v - variables));
                growing.add(new Growth(Growth.Kind.VISITS, scene.id(), low[v], high[v], extendedScene[v], extendedPosition[v], null));
            } else {
                Variable variable = story.variables().get(v);
                Growth.Kind kind = variable.type() == org.crossing.story.model.ValueType.TEXT ? Growth.Kind.TEXT : Growth.Kind.INTEGER;
                growing.add(new Growth(kind, variable.name(), low[v], high[v], extendedScene[v], extendedPosition[v], extendedEffect[v]));
            }
        }
        return growing;
    }

    private Witness witness(int state) {
        List<Witness.Step> steps = new ArrayList<>(depth[state]);
        for (int s = state; parent[s] >= 0; s = parent[s]) {
            Scene scene = story.scene(sceneOf[parent[s]]);
            int code = step[s];
            if ((code & CHANCE_BIT) != 0) {
                int index = code & ~CHANCE_BIT;
                steps.add(new Witness.Step(scene.id(), Witness.Step.Kind.CHANCE, index,
                        outcomeLabel(scene, scene.chance().get(index), true)));
            } else if (code == TIMEOUT_CODE) {
                steps.add(new Witness.Step(scene.id(), Witness.Step.Kind.TIMEOUT, -1,
                        "-> " + story.scene(scene.timer().target()).id()));
            } else {
                steps.add(new Witness.Step(scene.id(), Witness.Step.Kind.CHOICE, code, scene.choices().get(code).label().source()));
            }
        }
        java.util.Collections.reverse(steps);
        return new Witness(steps);
    }

    /** Exact probabilities over an acyclic graph, as reduced fractions; given up when they grow too long. */
    private void exactProbabilities(int n, Components components, int[] rowStart, int[] targets, int[] weights, String[] exact) {
        Fraction[] mass = new Fraction[n];
        Fraction[] endings = new Fraction[story.scenes().size()];
        mass[0] = Fraction.ONE;
        for (int c = components.count() - 1; c >= 0; c--) {
            int s = components.member(c, 0);
            Fraction m = mass[s];
            if (m == null) continue;
            mass[s] = null;
            if ((flags[s] & ENDING) != 0) {
                int scene = sceneOf[s];
                endings[scene] = endings[scene] == null ? m : endings[scene].plus(m);
                continue;
            }
            for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                Fraction share = m.times(weights[e], total[s]);
                if (share.tooLong()) return;
                mass[targets[e]] = mass[targets[e]] == null ? share : mass[targets[e]].plus(share);
            }
        }
        for (int i = 0; i < endings.length; i++) if (endings[i] != null) exact[i] = endings[i].toString();
    }

    /** Reverse edges, for what can reach what. */
    private static final class Reverse {
        final int[] start;
        final int[] sources;

        Reverse(int n, int[] rowStart, int[] targets) {
            start = new int[n + 1];
            for (int e = 0; e < rowStart[n]; e++) start[targets[e] + 1]++;
            for (int i = 0; i < n; i++) start[i + 1] += start[i];
            sources = new int[rowStart[n]];
            int[] fill = Arrays.copyOf(start, n);
            for (int s = 0; s < n; s++) {
                for (int e = rowStart[s]; e < rowStart[s + 1]; e++) sources[fill[targets[e]]++] = s;
            }
        }

        BitSet reaching(int n, java.util.function.IntPredicate goal) {
            BitSet reached = new BitSet(n);
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            for (int s = 0; s < n; s++) {
                if (goal.test(s)) {
                    reached.set(s);
                    queue[tail++] = s;
                }
            }
            while (head < tail) {
                int t = queue[head++];
                for (int i = start[t]; i < start[t + 1]; i++) {
                    int s = sources[i];
                    if (!reached.get(s)) {
                        reached.set(s);
                        queue[tail++] = s;
                    }
                }
            }
            return reached;
        }
    }

    /** A reduced non-negative fraction of big integers. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {
        static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

        Fraction times(long num, long den) {
            return reduce(numerator.multiply(BigInteger.valueOf(num)), denominator.multiply(BigInteger.valueOf(den)));
        }

        Fraction plus(Fraction other) {
            return reduce(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        boolean tooLong() {
            return denominator.bitLength() > 2048;
        }

        static Fraction reduce(BigInteger num, BigInteger den) {
            BigInteger gcd = num.gcd(den);
            if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) return new Fraction(num, den);
            return new Fraction(num.divide(gcd), den.divide(gcd));
        }

        @Override
        public String toString() {
            return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
        }
    }
}
