package org.crossing.story.check;

import java.util.Set;
import org.crossing.story.model.Expr;

/** Expressions written back as an author would write them, with only the parentheses they need. */
final class Exprs {

    private Exprs() {}

    static String source(Expr expr) {
        StringBuilder out = new StringBuilder();
        write(expr, 0, out);
        return out.toString();
    }

    /** The variables and visit counts an expression reads, by name: {@code money}, {@code visits(market)}. */
    static void reads(Expr expr, Set<Expr> into) {
        switch (expr) {
            case null -> { }
            case Expr.Literal literal -> { }
            case Expr.VariableRef ref -> into.add(ref);
            case Expr.Visits visits -> into.add(visits);
            case Expr.Seen seen -> into.add(seen);
            case Expr.Unary unary -> reads(unary.operand(), into);
            case Expr.Binary binary -> {
                reads(binary.left(), into);
                reads(binary.right(), into);
            }
        }
    }

    private static int precedence(Expr expr) {
        if (expr instanceof Expr.Binary b) {
            return switch (b.op()) {
                case OR -> 1;
                case AND -> 2;
                case EQUAL, NOT_EQUAL -> 3;
                case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> 4;
                case ADD, SUBTRACT -> 5;
                case MULTIPLY, DIVIDE, REMAINDER -> 6;
            };
        }
        if (expr instanceof Expr.Unary) return 7;
        return 8;
    }

    private static void write(Expr expr, int outer, StringBuilder out) {
        int own = precedence(expr);
        boolean wrap = own < outer;
        if (wrap) out.append('(');
        switch (expr) {
            case Expr.Literal literal -> {
                if (literal.value() instanceof String s) {
                    out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                } else {
                    out.append(literal.value());
                }
            }
            case Expr.VariableRef ref -> out.append(ref.variable().name());
            case Expr.Visits visits -> out.append("visits(").append(visits.sceneId()).append(')');
            case Expr.Seen seen -> out.append("seen(").append(seen.sceneId()).append(')');
            case Expr.Unary unary -> {
                out.append(unary.op() == Expr.UnaryOp.NOT ? "not " : "-");
                write(unary.operand(), own, out);
            }
            case Expr.Binary binary -> {
                // Left-associative chains need no parentheses on the left; comparisons and
                // equality do not chain, so both sides of them bind tighter.
                boolean chains = own >= 5 || own <= 2;
                write(binary.left(), chains ? own : own + 1, out);
                out.append(' ').append(binary.op().symbol()).append(' ');
                write(binary.right(), own + 1, out);
            }
        }
        if (wrap) out.append(')');
    }
}
