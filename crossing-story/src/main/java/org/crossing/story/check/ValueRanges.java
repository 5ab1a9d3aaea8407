package org.crossing.story.check;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;

/**
 * For each scene, a range that holds every value each integer, flag and tracked visit count can
 * have when play is in it, found on the scene graph rather than by exploring states (abstract
 * interpretation over intervals), so it is finite whatever the story's counters do. Ranges only
 * ever cover more than play can reach, never less: a scene with no range is proven unreachable,
 * and a condition false over a scene's ranges is proven never to hold there.
 *
 * <p>Flags are ranges of 0 (false) and 1 (true); text is not followed. A range that keeps
 * growing round a loop is widened to the declared bounds (or to no bound) after a few rounds.
 */
final class ValueRanges {

    /** Rounds a scene's ranges may grow before they are widened. */
    private static final int ROUNDS_BEFORE_WIDENING = 3;

    private final Story story;
    private final int variables;
    private final int dims;
    private final Box[] atScene;

    /** Ranges per dimension: the variables by slot, then tracked visit counts; null is "no play gets here". */
    record Box(long[] lo, long[] hi) {
        Box copy() {
            return new Box(lo.clone(), hi.clone());
        }

        boolean covers(Box other) {
            for (int i = 0; i < lo.length; i++) if (other.lo[i] < lo[i] || other.hi[i] > hi[i]) return false;
            return true;
        }
    }

    private ValueRanges(Story story) {
        this.story = story;
        this.variables = story.variables().size();
        this.dims = variables + story.trackedSceneCount();
        this.atScene = new Box[story.scenes().size()];
    }

    static ValueRanges of(Story story) {
        ValueRanges ranges = new ValueRanges(story);
        ranges.solve();
        return ranges;
    }

    /** Whether some play may stand in the scene; false is a proof that none does. */
    boolean mayReach(int scene) {
        return atScene[scene] != null;
    }

    /** The ranges when play is in {@code scene}, after its entry effects; null when it is never reached. */
    Box at(int scene) {
        return atScene[scene];
    }

    /** Whether {@code condition} can hold over {@code box} (a null condition always can). */
    boolean mayHold(Expr condition, Box box) {
        return box != null && (condition == null || refine(box, condition, true) != null);
    }

    /** The ranges of the variable in {@code slot} over a box. */
    static long low(Box box, int slot) {
        return box.lo[slot];
    }

    static long high(Box box, int slot) {
        return box.hi[slot];
    }

    // ---------------------------------------------------------------- the fixpoint

    private void solve() {
        int[] rounds = new int[atScene.length];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[atScene.length];
        Box start = top();
        for (Variable variable : story.variables()) {
            if (variable.type() == ValueType.TEXT) continue;
            long value = variable.initial() instanceof Boolean b ? (b ? 1 : 0) : (Long) variable.initial();
            start.lo[variable.slot()] = value;
            start.hi[variable.slot()] = value;
        }
        for (int i = variables; i < dims; i++) {
            start.lo[i] = 0;
            start.hi[i] = 0;
        }
        Box entered = enter(start, story.startScene().index());
        int first = story.startScene().index();
        atScene[first] = entered;
        work.add(first);
        queued[first] = true;
        while (!work.isEmpty()) {
            int s = work.poll();
            queued[s] = false;
            Scene scene = story.scene(s);
            Box box = atScene[s];
            if (scene.isEnding()) continue;
            for (Choice choice : scene.choices()) {
                Box after = after(box, choice.condition(), choice.effects());
                for (int r = 0; r < choice.routes().size(); r++) {
                    arrive(toRoute(after, choice, r), choice.routes().get(r).target(), rounds, work, queued);
                }
                arrive(toRoute(after, choice, -1), choice.target(), rounds, work, queued);
            }
            for (ChanceOutcome outcome : scene.chance()) {
                if (!outcome.otherwise() && outcome.weight() == 0) continue;
                arrive(after(box, outcome.condition(), outcome.effects()), outcome.target(), rounds, work, queued);
            }
            if (scene.timer() != null) arrive(box, scene.timer().target(), rounds, work, queued);
        }
    }

    /** The ranges after taking a way on whose condition is {@code condition} and effects {@code effects}; null when it is never open. */
    Box after(Box from, Expr condition, List<Effect> effects) {
        if (from == null) return null;
        Box box = condition == null ? from.copy() : refine(from, condition, true);
        return box == null ? null : apply(box, effects);
    }

    /**
     * The ranges with which a choice, taken with ranges {@code after} (its effects applied), goes
     * to its conditional target {@code route} (-1 for its default target, when no route holds);
     * null when it never goes there.
     */
    Box toRoute(Box after, Choice choice, int route) {
        Box box = after;
        for (int r = 0; box != null && r < choice.routes().size(); r++) {
            Expr condition = choice.routes().get(r).condition();
            if (r == route) return refine(box, condition, true);
            box = refine(box, condition, false);
        }
        return box;
    }

    private void arrive(Box from, int target, int[] rounds, ArrayDeque<Integer> work, boolean[] queued) {
        if (from == null) return;
        Box box = enter(from, target);
        Box old = atScene[target];
        if (old != null && old.covers(box)) return;
        Box joined = old == null ? box : join(old, box);
        if (old != null && ++rounds[target] > ROUNDS_BEFORE_WIDENING) widen(old, joined);
        atScene[target] = joined;
        if (!queued[target]) {
            queued[target] = true;
            work.add(target);
        }
    }

    private Box enter(Box from, int scene) {
        Box box = from.copy();
        int slot = story.trackedSlot(scene);
        if (slot >= 0) {
            box.lo[variables + slot] = add(box.lo[variables + slot], 1);
            box.hi[variables + slot] = add(box.hi[variables + slot], 1);
        }
        return apply(box, story.scene(scene).onEnter());
    }

    /** The ranges after {@code effects}, in order; a conditional effect joins what each of its branches can leave. */
    private Box apply(Box box, List<Effect> effects) {
        for (Effect effect : effects) {
            switch (effect) {
                case Effect.Change change -> change(box, change);
                case Effect.When when -> {
                    Box then = refine(box, when.condition(), true);
                    Box otherwise = refine(box, when.condition(), false);
                    if (then != null) then = apply(then, when.then());
                    if (otherwise != null) otherwise = apply(otherwise, when.otherwise());
                    if (then != null || otherwise != null) {
                        box = then == null ? otherwise : otherwise == null ? then : join(then, otherwise);
                    }
                }
            }
        }
        return box;
    }

    private void change(Box box, Effect.Change effect) {
        Variable variable = effect.variable();
        if (variable.type() == ValueType.TEXT) return;
        int v = variable.slot();
        long[] operand = eval(effect.value(), box);
        long lo;
        long hi;
        try {
            switch (effect.operation()) {
                case SET -> {
                    lo = operand[0];
                    hi = operand[1];
                }
                case ADD -> {
                    lo = add(box.lo[v], operand[0]);
                    hi = add(box.hi[v], operand[1]);
                }
                default -> {
                    lo = add(box.lo[v], negate(operand[1]));
                    hi = add(box.hi[v], negate(operand[0]));
                }
            }
        } catch (ArithmeticException overflow) {
            // Integers wrap round on overflow: past it, nothing is known.
            lo = Long.MIN_VALUE;
            hi = Long.MAX_VALUE;
        }
        if (variable.type() == ValueType.BOOLEAN) {
            lo = Math.max(0, Math.min(1, lo));
            hi = Math.max(0, Math.min(1, hi));
        }
        if (variable.bounded()) {
            lo = Math.max(variable.min(), Math.min(variable.max(), lo));
            hi = Math.max(variable.min(), Math.min(variable.max(), hi));
        }
        box.lo[v] = lo;
        box.hi[v] = hi;
    }

    private Box join(Box a, Box b) {
        Box box = a.copy();
        for (int i = 0; i < dims; i++) {
            box.lo[i] = Math.min(a.lo[i], b.lo[i]);
            box.hi[i] = Math.max(a.hi[i], b.hi[i]);
        }
        return box;
    }

    /** What kept growing goes as far as it may: to its declared bound, or without bound. */
    private void widen(Box old, Box joined) {
        for (int i = 0; i < dims; i++) {
            Variable variable = i < variables ? story.variables().get(i) : null;
            if (joined.lo[i] < old.lo[i]) joined.lo[i] = lowest(variable);
            if (joined.hi[i] > old.hi[i]) joined.hi[i] = highest(variable);
        }
    }

    private static long lowest(Variable variable) {
        if (variable == null) return 0;
        if (variable.type() == ValueType.BOOLEAN) return 0;
        return variable.bounded() ? variable.min() : Long.MIN_VALUE;
    }

    private static long highest(Variable variable) {
        if (variable == null) return Long.MAX_VALUE;
        if (variable.type() == ValueType.BOOLEAN) return 1;
        return variable.bounded() ? variable.max() : Long.MAX_VALUE;
    }

    /** Every dimension as wide as its type allows, declared bounds left aside. */
    Box unbounded() {
        Box box = top();
        for (int i = 0; i < variables; i++) {
            Variable variable = story.variables().get(i);
            if (variable.type() != ValueType.INTEGER) continue;
            box.lo[i] = Long.MIN_VALUE;
            box.hi[i] = Long.MAX_VALUE;
        }
        return box;
    }

    /** Every dimension as wide as its declaration allows. */
    Box top() {
        long[] lo = new long[dims];
        long[] hi = new long[dims];
        for (int i = 0; i < dims; i++) {
            Variable variable = i < variables ? story.variables().get(i) : null;
            lo[i] = lowest(variable);
            hi[i] = highest(variable);
        }
        return new Box(lo, hi);
    }

    // ---------------------------------------------------------------- expressions over ranges

    private static final long[] ANY = {Long.MIN_VALUE, Long.MAX_VALUE};
    private static final long[] TRUE_OR_FALSE = {0, 1};

    /** The range of an integer or flag expression ({@code [0,1]} for flags); text gives no range. */
    long[] eval(Expr expr, Box box) {
        return switch (expr) {
            case Expr.Literal literal -> switch (literal.value()) {
                case Long l -> new long[] {l, l};
                case Boolean b -> b ? new long[] {1, 1} : new long[] {0, 0};
                default -> ANY;
            };
            case Expr.VariableRef ref -> ref.variable().type() == ValueType.TEXT ? ANY
                    : new long[] {box.lo[ref.variable().slot()], box.hi[ref.variable().slot()]};
            case Expr.Visits visits -> visitsRange(visits.scene(), box);
            case Expr.Seen seen -> {
                long[] v = visitsRange(seen.scene(), box);
                yield new long[] {v[0] > 0 ? 1 : 0, v[1] > 0 ? 1 : 0};
            }
            case Expr.Unary unary -> {
                long[] x = eval(unary.operand(), box);
                if (unary.op() == Expr.UnaryOp.NOT) yield new long[] {1 - x[1], 1 - x[0]};
                yield x[0] == Long.MIN_VALUE || x[1] == Long.MAX_VALUE ? ANY : new long[] {-x[1], -x[0]};
            }
            case Expr.Binary binary -> binary(binary, box);
        };
    }

    private long[] visitsRange(int scene, Box box) {
        int slot = story.trackedSlot(scene);
        return slot < 0 ? new long[] {0, Long.MAX_VALUE} : new long[] {box.lo[variables + slot], box.hi[variables + slot]};
    }

    private long[] binary(Expr.Binary binary, Box box) {
        if (binary.left().type() == ValueType.TEXT || binary.right().type() == ValueType.TEXT) {
            return binary.type() == ValueType.BOOLEAN ? TRUE_OR_FALSE : ANY;
        }
        long[] l = eval(binary.left(), box);
        long[] r = eval(binary.right(), box);
        return switch (binary.op()) {
            case ADD -> sum(l[0], r[0], l[1], r[1]);
            case SUBTRACT -> sum(l[0], negate(r[1]), l[1], negate(r[0]));
            case MULTIPLY -> product(l, r);
            case DIVIDE, REMAINDER -> ANY;
            case LESS -> truth(l[1] < r[0], l[0] >= r[1]);
            case LESS_OR_EQUAL -> truth(l[1] <= r[0], l[0] > r[1]);
            case GREATER -> truth(l[0] > r[1], l[1] <= r[0]);
            case GREATER_OR_EQUAL -> truth(l[0] >= r[1], l[1] < r[0]);
            case EQUAL -> truth(l[0] == l[1] && r[0] == r[1] && l[0] == r[0], l[1] < r[0] || r[1] < l[0]);
            case NOT_EQUAL -> truth(l[1] < r[0] || r[1] < l[0], l[0] == l[1] && r[0] == r[1] && l[0] == r[0]);
            case AND -> new long[] {l[0] & r[0], l[1] & r[1]};
            case OR -> new long[] {l[0] | r[0], l[1] | r[1]};
        };
    }

    private static long[] sum(long lo1, long lo2, long hi1, long hi2) {
        try {
            return new long[] {add(lo1, lo2), add(hi1, hi2)};
        } catch (ArithmeticException overflow) {
            return ANY;
        }
    }

    private static long[] product(long[] l, long[] r) {
        try {
            long a = Math.multiplyExact(l[0], r[0]);
            long b = Math.multiplyExact(l[0], r[1]);
            long c = Math.multiplyExact(l[1], r[0]);
            long d = Math.multiplyExact(l[1], r[1]);
            if (Math.abs(l[0]) == Long.MAX_VALUE || l[0] == Long.MIN_VALUE || l[1] == Long.MAX_VALUE
                    || r[0] == Long.MIN_VALUE || r[1] == Long.MAX_VALUE) return ANY;
            return new long[] {Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d))};
        } catch (ArithmeticException overflow) {
            return ANY;
        }
    }

    private static long[] truth(boolean always, boolean never) {
        if (always) return new long[] {1, 1};
        if (never) return new long[] {0, 0};
        return TRUE_OR_FALSE;
    }

    /**
     * A sum of range ends, where the edges of {@code long} stand for "no bound" and stay so;
     * throws when finite ends overflow, since integers wrap round. (A counter that starts with no
     * bound would need 2^63 steps of play to wrap: that is not followed.)
     */
    static long add(long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) return Long.MIN_VALUE;
        if (a == Long.MAX_VALUE || b == Long.MAX_VALUE) return Long.MAX_VALUE;
        long sum = Math.addExact(a, b);
        if (sum == Long.MIN_VALUE || sum == Long.MAX_VALUE) throw new ArithmeticException("at the edge");
        return sum;
    }

    private static long negate(long a) {
        if (a == Long.MIN_VALUE) return Long.MAX_VALUE;
        if (a == Long.MAX_VALUE) return Long.MIN_VALUE;
        return -a;
    }

    /**
     * The part of {@code box} where {@code condition} is {@code want}; null when there is none.
     * Comparisons of a variable or visit count with a number narrow its range; anything else is
     * only tested.
     */
    Box refine(Box box, Expr condition, boolean want) {
        Box result = narrow(box, condition, want);
        if (result == null) return null;
        long[] truth = eval(condition, result);
        return (want ? truth[1] == 1 : truth[0] == 0) ? result : null;
    }

    private Box narrow(Box box, Expr condition, boolean want) {
        switch (condition) {
            case Expr.Unary unary when unary.op() == Expr.UnaryOp.NOT -> {
                return narrow(box, unary.operand(), !want);
            }
            case Expr.Binary binary when binary.op() == Expr.BinaryOp.AND || binary.op() == Expr.BinaryOp.OR -> {
                boolean both = (binary.op() == Expr.BinaryOp.AND) == want;
                if (both) {
                    Box left = refine(box, binary.left(), want);
                    return left == null ? null : refine(left, binary.right(), want);
                }
                Box left = refine(box, binary.left(), want);
                Box right = refine(box, binary.right(), want);
                if (left == null) return right;
                if (right == null) return left;
                return join(left, right);
            }
            case Expr.VariableRef ref when ref.variable().type() == ValueType.BOOLEAN -> {
                return intersect(box, ref.variable().slot(), want ? 1 : 0, want ? 1 : 0);
            }
            case Expr.Seen seen -> {
                int slot = story.trackedSlot(seen.scene());
                if (slot < 0) return box;
                return want ? intersect(box, variables + slot, 1, Long.MAX_VALUE) : intersect(box, variables + slot, 0, 0);
            }
            case Expr.Binary binary -> {
                return compare(box, binary, want);
            }
            default -> {
                return box;
            }
        }
    }

    /** Narrows {@code dim OP k} (or {@code k OP dim}) where dim is an integer variable or a tracked visit count. */
    private Box compare(Box box, Expr.Binary binary, boolean want) {
        Expr.BinaryOp op = binary.op();
        int dim = dimension(binary.left());
        Long k = number(binary.right());
        if (dim < 0 || k == null) {
            dim = dimension(binary.right());
            k = number(binary.left());
            op = mirror(op);
        }
        if (dim < 0 || k == null || op == null) return box;
        if (!want) op = negation(op);
        return switch (op) {
            case LESS -> k == Long.MIN_VALUE ? null : intersect(box, dim, Long.MIN_VALUE, k - 1);
            case LESS_OR_EQUAL -> intersect(box, dim, Long.MIN_VALUE, k);
            case GREATER -> k == Long.MAX_VALUE ? null : intersect(box, dim, k + 1, Long.MAX_VALUE);
            case GREATER_OR_EQUAL -> intersect(box, dim, k, Long.MAX_VALUE);
            case EQUAL -> intersect(box, dim, k, k);
            case NOT_EQUAL -> box.lo[dim] == k && box.hi[dim] == k ? null
                    : box.lo[dim] == k ? intersect(box, dim, k + 1, Long.MAX_VALUE)
                    : box.hi[dim] == k ? intersect(box, dim, Long.MIN_VALUE, k - 1) : box;
            default -> box;
        };
    }

    private int dimension(Expr expr) {
        if (expr instanceof Expr.VariableRef ref && ref.variable().type() == ValueType.INTEGER) return ref.variable().slot();
        if (expr instanceof Expr.Visits visits && story.trackedSlot(visits.scene()) >= 0) return variables + story.trackedSlot(visits.scene());
        return -1;
    }

    private static Long number(Expr expr) {
        return expr instanceof Expr.Literal l && l.value() instanceof Long k ? k : null;
    }

    private static Expr.BinaryOp mirror(Expr.BinaryOp op) {
        return switch (op) {
            case LESS -> Expr.BinaryOp.GREATER;
            case LESS_OR_EQUAL -> Expr.BinaryOp.GREATER_OR_EQUAL;
            case GREATER -> Expr.BinaryOp.LESS;
            case GREATER_OR_EQUAL -> Expr.BinaryOp.LESS_OR_EQUAL;
            case EQUAL, NOT_EQUAL -> op;
            default -> null;
        };
    }

    private static Expr.BinaryOp negation(Expr.BinaryOp op) {
        return switch (op) {
            case LESS -> Expr.BinaryOp.GREATER_OR_EQUAL;
            case LESS_OR_EQUAL -> Expr.BinaryOp.GREATER;
            case GREATER -> Expr.BinaryOp.LESS_OR_EQUAL;
            case GREATER_OR_EQUAL -> Expr.BinaryOp.LESS;
            case EQUAL -> Expr.BinaryOp.NOT_EQUAL;
            case NOT_EQUAL -> Expr.BinaryOp.EQUAL;
            default -> op;
        };
    }

    private static Box intersect(Box box, int dim, long lo, long hi) {
        long newLo = Math.max(box.lo[dim], lo);
        long newHi = Math.min(box.hi[dim], hi);
        if (newLo > newHi) return null;
        Box narrowed = box.copy();
        narrowed.lo[dim] = newLo;
        narrowed.hi[dim] = newHi;
        return narrowed;
    }

    @Override
    public String toString() {
        return "ValueRanges" + Arrays.toString(atScene);
    }
}
