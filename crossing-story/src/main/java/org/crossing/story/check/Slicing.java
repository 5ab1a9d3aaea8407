package org.crossing.story.check;

import java.util.ArrayList;
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
 * How much of each variable the exploration must tell apart, from how the story uses it. Two
 * states whose values differ only where play cannot tell them apart have the same future, so
 * the exploration keeps one:
 * <ul>
 * <li>A variable that no condition reads, directly or through effects on variables that one
 * reads, is <em>sliced away</em>: it only shows in text. A counter of photographs taken that
 * nothing tests no longer makes the state space infinite.
 * <li>An integer that is only compared with numbers ({@code photos >= 3}), and only raised by a
 * number or set to one, is <em>saturated</em> one above the largest number it is compared with:
 * past that, every comparison answers the same and stays so.
 * </ul>
 * Both are exact: every scene, ending, dead end, softlock and chance the exploration finds is
 * the same as without them; only the states that are told apart are fewer.
 */
final class Slicing {

    static final long NO_CAP = Long.MAX_VALUE;

    private final boolean[] read;
    private final long[] cap;

    private Slicing(boolean[] read, long[] cap) {
        this.read = read;
        this.cap = cap;
    }

    /** Whether some condition reads the variable in {@code slot}, directly or through effects. */
    boolean read(int slot) {
        return read[slot];
    }

    /** The value an integer in {@code slot} is kept up to ({@link #NO_CAP} when all values are told apart). */
    long cap(int slot) {
        return cap[slot];
    }

    static Slicing of(Story story) {
        int n = story.variables().size();
        List<Expr> conditions = new ArrayList<>();
        List<Effect> all = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            all.addAll(scene.onEnter());
            for (Choice choice : scene.choices()) {
                if (choice.condition() != null) conditions.add(choice.condition());
                for (Choice.Route route : choice.routes()) conditions.add(route.condition());
                all.addAll(choice.effects());
            }
            for (ChanceOutcome outcome : scene.chance()) {
                if (outcome.condition() != null) conditions.add(outcome.condition());
                all.addAll(outcome.effects());
            }
        }
        // Conditional effects decide too ('~ once' among them); their changes are effects like any other.
        conditions.addAll(Effect.conditions(all));
        List<Effect.Change> effects = Effect.changes(all);
        boolean[] read = new boolean[n];
        for (Expr condition : conditions) mark(condition, read);
        // What an effect on a read variable reads is read too, until nothing changes.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Effect.Change effect : effects) {
                if (!read[effect.variable().slot()]) continue;
                boolean[] before = read.clone();
                mark(effect.value(), read);
                if (!java.util.Arrays.equals(before, read)) changed = true;
            }
        }

        long[] cap = new long[n];
        java.util.Arrays.fill(cap, NO_CAP);
        for (Variable variable : story.variables()) {
            int slot = variable.slot();
            if (!read[slot] || variable.type() != ValueType.INTEGER) continue;
            long highest = Long.MIN_VALUE;
            boolean saturable = true;
            for (Effect.Change effect : effects) {
                if (effect.variable().slot() != slot) continue;
                boolean literal = effect.value() instanceof Expr.Literal l && l.value() instanceof Long;
                long k = literal ? (Long) ((Expr.Literal) effect.value()).value() : 0;
                saturable &= literal && switch (effect.operation()) {
                    case SET -> true;
                    case ADD -> k >= 0;
                    case SUBTRACT -> k <= 0;
                };
            }
            List<Expr> uses = new ArrayList<>(conditions);
            for (Effect.Change effect : effects) if (read[effect.variable().slot()]) uses.add(effect.value());
            for (Expr use : uses) {
                long[] found = {highest};
                if (!onlyComparedWithNumbers(use, slot, found)) saturable = false;
                highest = found[0];
            }
            if (saturable && highest != Long.MIN_VALUE && highest < Long.MAX_VALUE - 1) cap[slot] = highest + 1;
        }
        return new Slicing(read, cap);
    }

    private static void mark(Expr expr, boolean[] read) {
        switch (expr) {
            case null -> { }
            case Expr.VariableRef ref -> read[ref.variable().slot()] = true;
            case Expr.Unary unary -> mark(unary.operand(), read);
            case Expr.Binary binary -> {
                mark(binary.left(), read);
                mark(binary.right(), read);
            }
            default -> { }
        }
    }

    /**
     * Whether every use of the variable in {@code slot} within {@code expr} is a comparison with
     * a number; {@code highest[0]} is raised to the largest such number.
     */
    private static boolean onlyComparedWithNumbers(Expr expr, int slot, long[] highest) {
        return switch (expr) {
            case Expr.VariableRef ref -> ref.variable().slot() != slot;
            case Expr.Unary unary -> onlyComparedWithNumbers(unary.operand(), slot, highest);
            case Expr.Binary binary -> {
                Long k = comparedNumber(binary, slot);
                if (k != null) {
                    highest[0] = Math.max(highest[0], k);
                    yield true;
                }
                yield onlyComparedWithNumbers(binary.left(), slot, highest) && onlyComparedWithNumbers(binary.right(), slot, highest);
            }
            default -> true;
        };
    }

    /** The number in {@code variable OP number} or {@code number OP variable}, or null. */
    static Long comparedNumber(Expr.Binary binary, int slot) {
        boolean comparison = switch (binary.op()) {
            case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL, NOT_EQUAL -> true;
            default -> false;
        };
        if (!comparison) return null;
        if (binary.left() instanceof Expr.VariableRef ref && ref.variable().slot() == slot
                && binary.right() instanceof Expr.Literal l && l.value() instanceof Long k) return k;
        if (binary.right() instanceof Expr.VariableRef ref && ref.variable().slot() == slot
                && binary.left() instanceof Expr.Literal l && l.value() instanceof Long k) return k;
        return null;
    }
}
