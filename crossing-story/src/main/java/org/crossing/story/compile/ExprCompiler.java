package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Expr;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;
import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.EffectNode;
import org.crossing.story.syntax.ExprNode;

/**
 * Resolves names in expressions and checks their types. A subexpression with an error yields
 * null, and everything built on it is skipped silently, so one mistake gives one diagnostic.
 */
final class ExprCompiler {

    private final Reporter reporter;
    private final Map<String, Variable> variables;
    private final Map<String, Integer> scenes;
    final Set<Integer> trackedScenes = new TreeSet<>();
    final Set<String> readVariables = new java.util.HashSet<>();

    private final Set<String> brokenDeclarations;

    /** {@code brokenDeclarations} names variables whose declarations had errors: their uses are not reported again. */
    ExprCompiler(Reporter reporter, Map<String, Variable> variables, Map<String, Integer> scenes, Set<String> brokenDeclarations) {
        this.reporter = reporter;
        this.variables = variables;
        this.scenes = scenes;
        this.brokenDeclarations = brokenDeclarations;
    }

    /** A condition: must be boolean. Null in, null out. */
    Expr condition(ExprNode node, String what) {
        if (node == null) return null;
        Expr expr = expression(node);
        if (expr != null && expr.type() != ValueType.BOOLEAN) {
            reporter.report(Code.TYPE_MISMATCH, node.position(), what + " must be true or false, but this is " + article(expr.type()));
            return null;
        }
        return expr;
    }

    Expr expression(ExprNode node) {
        return switch (node) {
            case ExprNode.IntLiteral n -> new Expr.Literal(n.value());
            case ExprNode.BoolLiteral b -> new Expr.Literal(b.value());
            case ExprNode.TextLiteral t -> {
                if (ValueType.utf8Length(t.value()) > ValueType.MAX_TEXT_BYTES) reportLongText(reporter, t);
                yield new Expr.Literal(t.value());
            }
            case ExprNode.Name name -> {
                Variable variable = variables.get(name.name());
                if (variable == null && brokenDeclarations.contains(name.name())) yield null;
                if (variable == null) {
                    String hint = Names.hint(name.name(), variables.keySet());
                    if (hint.isEmpty() && scenes.containsKey(name.name())) {
                        hint = " ('" + name.name() + "' is a scene: write visits(" + name.name() + ") or seen(" + name.name() + "))";
                    }
                    reporter.report(Code.UNKNOWN_VARIABLE, name.position(), "unknown variable '" + name.name() + "'" + hint);
                    yield null;
                }
                readVariables.add(variable.name());
                yield new Expr.VariableRef(variable);
            }
            case ExprNode.Call call -> {
                Integer scene = scenes.get(call.argument());
                if (scene == null) {
                    reporter.report(Code.UNKNOWN_SCENE, call.argumentPosition(), "unknown scene '" + call.argument() + "'" + Names.hint(call.argument(), scenes.keySet()));
                    yield null;
                }
                trackedScenes.add(scene);
                yield call.function().equals("visits") ? new Expr.Visits(scene, call.argument()) : new Expr.Seen(scene, call.argument());
            }
            case ExprNode.Unary unary -> {
                Expr operand = expression(unary.operand());
                if (operand == null) yield null;
                boolean not = unary.op().equals("not");
                ValueType wanted = not ? ValueType.BOOLEAN : ValueType.INTEGER;
                if (operand.type() != wanted) {
                    reporter.report(Code.TYPE_MISMATCH, unary.position(), "'" + unary.op() + "' needs " + article(wanted) + ", but its operand is " + article(operand.type()));
                    yield null;
                }
                yield new Expr.Unary(not ? Expr.UnaryOp.NOT : Expr.UnaryOp.NEGATE, operand);
            }
            case ExprNode.Binary binary -> binary(binary);
        };
    }

    private Expr binary(ExprNode.Binary node) {
        Expr left = expression(node.left());
        Expr right = expression(node.right());
        if (left == null || right == null) return null;
        Expr.BinaryOp op = operator(node.op());
        ValueType l = left.type();
        ValueType r = right.type();
        String problem = switch (op) {
            case AND, OR -> l == ValueType.BOOLEAN && r == ValueType.BOOLEAN ? null
                    : "'" + node.op() + "' needs two booleans, but " + sides(l, r);
            case EQUAL, NOT_EQUAL -> l == r ? null : "'" + node.op() + "' compares values of the same type, but " + sides(l, r);
            case ADD -> l == r && l != ValueType.BOOLEAN ? null
                    : "'+' adds two integers or joins two texts, but " + sides(l, r);
            default -> l == ValueType.INTEGER && r == ValueType.INTEGER ? null
                    : "'" + node.op() + "' needs two integers, but " + sides(l, r);
        };
        if (problem != null) {
            reporter.report(Code.TYPE_MISMATCH, node.position(), problem);
            return null;
        }
        return new Expr.Binary(op, left, right);
    }

    /** Resolves and checks effects, leaving out those with errors. */
    List<Effect> effects(List<EffectNode> nodes) {
        List<Effect> effects = new ArrayList<>(nodes.size());
        for (EffectNode node : nodes) {
            Effect effect = switch (node) {
                case EffectNode.Change change -> change(change);
                case EffectNode.When when -> {
                    Expr condition = condition(when.condition(), "the condition of a conditional effect");
                    List<Effect> then = effects(when.then());
                    List<Effect> otherwise = effects(when.otherwise());
                    yield condition == null ? null : new Effect.When(condition, then, otherwise, when.position());
                }
            };
            if (effect != null) effects.add(effect);
        }
        return effects;
    }

    /** Resolves and checks a change to one variable; null when it has an error. */
    private Effect.Change change(EffectNode.Change node) {
        Variable variable = variables.get(node.name());
        Expr value = expression(node.value());
        if (variable == null) {
            if (!brokenDeclarations.contains(node.name())) {
                reporter.report(Code.UNKNOWN_VARIABLE, node.namePosition(), "unknown variable '" + node.name() + "'" + Names.hint(node.name(), variables.keySet()));
            }
            return null;
        }
        if (value == null) return null;
        Effect.Operation operation = switch (node.op()) {
            case "+=" -> Effect.Operation.ADD;
            case "-=" -> Effect.Operation.SUBTRACT;
            default -> Effect.Operation.SET;
        };
        ValueType type = variable.type();
        if (operation == Effect.Operation.ADD && type == ValueType.BOOLEAN
                || operation == Effect.Operation.SUBTRACT && type != ValueType.INTEGER) {
            reporter.report(Code.TYPE_MISMATCH, node.namePosition(), "'" + node.op() + "' does not work on " + article(type) + " like '" + node.name()
                    + "'; use '=' to set it");
            return null;
        }
        if (value.type() != type) {
            reporter.report(Code.TYPE_MISMATCH, node.value().position(), "'" + node.name() + "' is " + article(type) + ", but this value is " + article(value.type()));
            return null;
        }
        return new Effect.Change(variable, operation, value, node.namePosition());
    }

    /** A text longer than a value can hold would be cut where it is stored: say so where it is written. */
    static void reportLongText(Reporter reporter, ExprNode.TextLiteral text) {
        reporter.report(Code.OUT_OF_RANGE, text.position(), String.format("this text takes %,d bytes in UTF-8; a text value keeps at most %,d (1,000 letters of English, 333 of Korean), so the rest would be cut",
                ValueType.utf8Length(text.value()), ValueType.MAX_TEXT_BYTES));
    }

    private static Expr.BinaryOp operator(String symbol) {
        for (Expr.BinaryOp op : Expr.BinaryOp.values()) {
            if (op.symbol().equals(symbol)) return op;
        }
        throw new IllegalArgumentException(symbol);
    }

    private static String sides(ValueType left, ValueType right) {
        return left == right ? "both sides are " + plural(left) : "the left side is " + article(left) + " and the right side is " + article(right);
    }

    static String article(ValueType type) {
        return (type == ValueType.INTEGER ? "an " : "a ") + type.word();
    }

    private static String plural(ValueType type) {
        return type == ValueType.TEXT ? "text" : type.word() + "s";
    }
}
