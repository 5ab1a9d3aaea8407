package org.crossing.story.play;

import static org.crossing.story.model.PlayTables.*;

import org.crossing.story.model.Effect;
import org.crossing.story.model.Expr;
import org.crossing.story.model.PlayTables;
import org.crossing.story.model.Story;
import org.crossing.story.model.Variable;

/**
 * Runs the conditions and effects of a story's {@link PlayTables}, with the same results as
 * {@link Evaluator} on their records: the same saturating arithmetic, clamping and text limit.
 * Visit counts are read from {@code state}, values from {@code values}.
 */
final class Interpreter {

    private static final Effect.Operation[] OPERATIONS = Effect.Operation.values();
    private static final Expr.BinaryOp[] BINARY_OPS = Expr.BinaryOp.values();

    private Interpreter() {}

    /** Whether the condition at {@code at} holds; true when {@code at} is -1 (no condition). */
    static boolean test(Story story, int at, Object[] values, State state) {
        return at < 0 || evaluate(story, story.playTables(), at, values, state) != 0;
    }

    /** Applies the effects' block at {@code at} (none when -1) in order; each sees the values the previous ones left. */
    static void apply(Story story, int at, Object[] values, State state) {
        if (at >= 0) block(story, story.playTables(), at, values, state);
    }

    private static void block(Story story, PlayTables t, int at, Object[] values, State state) {
        int count = t.at(at);
        int pc = at + 1;
        for (int i = 0; i < count; i++) {
            switch (t.at(pc)) {
                case CHANGE -> change(story, t.at(pc + 2), OPERATIONS[t.at(pc + 3)], evaluate(story, t, pc + 4, values, state), values);
                case WHEN -> {
                    boolean holds = evaluate(story, t, pc + 4, values, state) != 0;
                    block(story, t, pc + t.at(pc + (holds ? 2 : 3)), values, state);
                }
                case RECORD_CHANGE -> Engine.change(t.change(t.at(pc + 2)), values, Engine.visits(story, state));
                default -> throw new AssertionError("effect op " + t.at(pc));
            }
            pc += t.at(pc + 1);
        }
    }

    private static void change(Story story, int slot, Effect.Operation operation, long operand, Object[] values) {
        Variable variable = story.variables().get(slot);
        if (variable.type() == org.crossing.story.model.ValueType.BOOLEAN) {
            values[slot] = operand != 0;
            return;
        }
        long result = switch (operation) {
            case SET -> operand;
            case ADD -> Evaluator.add((Long) values[slot], operand);
            case SUBTRACT -> Evaluator.subtract((Long) values[slot], operand);
        };
        values[slot] = variable.clamp(result);
    }

    /** The expression at {@code pc} as a long: an integer, or 1 and 0 for true and false. */
    private static long evaluate(Story story, PlayTables t, int pc, Object[] values, State state) {
        int op = t.at(pc);
        switch (op) {
            case LITERAL:
                return t.longAt(pc + 1);
            case INTEGER_VAR:
                return (Long) values[t.at(pc + 1)];
            case BOOLEAN_VAR:
                return (Boolean) values[t.at(pc + 1)] ? 1 : 0;
            case VISITS:
                return visits(story, state, t.at(pc + 1));
            case SEEN:
                return visits(story, state, t.at(pc + 1)) > 0 ? 1 : 0;
            case NOT:
                return evaluate(story, t, pc + 1, values, state) == 0 ? 1 : 0;
            case NEGATE:
                return Evaluator.subtract(0L, evaluate(story, t, pc + 1, values, state));
            case RECORD_EXPR: {
                Object value = Evaluator.evaluate(t.expr(t.at(pc + 1)), values, Engine.visits(story, state));
                return value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
            }
            default:
                break;
        }
        int left = pc + 2;
        int right = pc + t.at(pc + 1);
        Expr.BinaryOp binary = BINARY_OPS[op - BINARY];
        switch (binary) {
            case AND:
                return evaluate(story, t, left, values, state) != 0 && evaluate(story, t, right, values, state) != 0 ? 1 : 0;
            case OR:
                return evaluate(story, t, left, values, state) != 0 || evaluate(story, t, right, values, state) != 0 ? 1 : 0;
            default:
                break;
        }
        long l = evaluate(story, t, left, values, state);
        long r = evaluate(story, t, right, values, state);
        return switch (binary) {
            case EQUAL -> l == r ? 1 : 0;
            case NOT_EQUAL -> l != r ? 1 : 0;
            case ADD -> Evaluator.add(l, r);
            case SUBTRACT -> Evaluator.subtract(l, r);
            case MULTIPLY -> Evaluator.multiply(l, r);
            case DIVIDE -> r == 0 ? 0 : l / r;
            case REMAINDER -> r == 0 ? 0 : l % r;
            case LESS -> l < r ? 1 : 0;
            case LESS_OR_EQUAL -> l <= r ? 1 : 0;
            case GREATER -> l > r ? 1 : 0;
            case GREATER_OR_EQUAL -> l >= r ? 1 : 0;
            case AND, OR -> throw new AssertionError(binary);
        };
    }

    private static int visits(Story story, State state, int scene) {
        int slot = story.trackedSlot(scene);
        return slot >= 0 ? state.trackedVisits[slot] : state.visits(scene);
    }
}
