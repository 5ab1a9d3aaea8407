package org.crossing.story.play;

import org.crossing.story.model.Expr;

/**
 * Evaluates typed expressions against a state. The compiler has checked the types, so the casts
 * here cannot fail. Integer arithmetic wraps at 64 bits; division by zero gives 0.
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
                case NEGATE -> -(Long) evaluate(unary.operand(), values, visits);
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
            case ADD -> left instanceof String l ? l + right : (Long) left + (Long) right;
            case SUBTRACT -> (Long) left - (Long) right;
            case MULTIPLY -> (Long) left * (Long) right;
            case DIVIDE -> (Long) right == 0 ? 0L : (Long) left / (Long) right;
            case REMAINDER -> (Long) right == 0 ? 0L : (Long) left % (Long) right;
            case LESS -> (Long) left < (Long) right;
            case LESS_OR_EQUAL -> (Long) left <= (Long) right;
            case GREATER -> (Long) left > (Long) right;
            case GREATER_OR_EQUAL -> (Long) left >= (Long) right;
            case AND, OR -> throw new AssertionError(b.op());
        };
    }

    /** Visit counts as expressions see them. */
    @FunctionalInterface
    interface Visits {
        int of(int scene);
    }
}
