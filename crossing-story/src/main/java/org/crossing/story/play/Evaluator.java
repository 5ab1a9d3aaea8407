package org.crossing.story.play;

import org.crossing.story.model.Expr;

/**
 * Evaluates typed expressions against a state. The compiler has checked the types, so the casts
 * here cannot fail. Integer arithmetic saturates at the 64-bit bounds (a sum past the largest
 * integer stays at it, never wraps to a negative); division by zero gives 0.
 */
final class Evaluator {

    private Evaluator() {}

    static Object evaluate(Expr expr, Object[] values, Visits visits) {
        return switch (expr) {
            case Expr.Literal literal -> literal.value();
            case Expr.VariableRef ref -> values[ref.variable().slot()];
            case Expr.Visits v -> (long) visits.of(v.scene());
            case Expr.Seen s -> visits.of(s.scene()) > 0;
            case Expr.Unary unary -> switch (unary.op()) {
                case NOT -> !(Boolean) evaluate(unary.operand(), values, visits);
                case NEGATE -> subtract(0L, (Long) evaluate(unary.operand(), values, visits));
            };
            case Expr.Binary binary -> binary(binary, values, visits);
        };
    }

    static boolean test(Expr condition, Object[] values, Visits visits) {
        return condition == null || (Boolean) evaluate(condition, values, visits);
    }

    private static Object binary(Expr.Binary b, Object[] values, Visits visits) {
        switch (b.op()) {
            case AND:
                return (Boolean) evaluate(b.left(), values, visits) && (Boolean) evaluate(b.right(), values, visits);
            case OR:
                return (Boolean) evaluate(b.left(), values, visits) || (Boolean) evaluate(b.right(), values, visits);
            default:
                break;
        }
        Object left = evaluate(b.left(), values, visits);
        Object right = evaluate(b.right(), values, visits);
        return switch (b.op()) {
            case EQUAL -> left.equals(right);
            case NOT_EQUAL -> !left.equals(right);
            case ADD -> left instanceof String l ? l + right : add((Long) left, (Long) right);
            case SUBTRACT -> subtract((Long) left, (Long) right);
            case MULTIPLY -> multiply((Long) left, (Long) right);
            case DIVIDE -> (Long) right == 0 ? 0L : (Long) left / (Long) right;
            case REMAINDER -> (Long) right == 0 ? 0L : (Long) left % (Long) right;
            case LESS -> (Long) left < (Long) right;
            case LESS_OR_EQUAL -> (Long) left <= (Long) right;
            case GREATER -> (Long) left > (Long) right;
            case GREATER_OR_EQUAL -> (Long) left >= (Long) right;
            case AND, OR -> throw new AssertionError(b.op());
        };
    }

    static long add(long a, long b) {
        long sum = a + b;
        // overflow only when both operands have the sign the sum lost
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }

    static long subtract(long a, long b) {
        long difference = a - b;
        return ((a ^ b) & (a ^ difference)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : difference;
    }

    static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == 0 && low >= 0 || high == -1 && low < 0) return low;
        return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /** Visit counts as expressions see them. */
    @FunctionalInterface
    interface Visits {
        int of(int scene);
    }
}
