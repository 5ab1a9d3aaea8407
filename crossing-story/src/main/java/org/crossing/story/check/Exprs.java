package org.crossing.story.check;

import java.util.Set;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

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

    /**
     * For each tracked scene slot of the story, the highest visit count that can make a
     * difference to play; counts above it behave the same. Only what decides where play can go
     * counts: choice and chance conditions and effect values (text shows values but decides
     * nothing). {@code seen(x)} needs counts up to 1; {@code visits(x)} compared with a literal
     * {@code k} needs counts up to {@code k + 1}; any other use of {@code visits(x)} needs them all.
     */
    static int[] visitCaps(Story story) {
        int[] caps = new int[story.trackedSceneCount()];
        for (Scene scene : story.scenes()) {
            capEffects(scene.onEnter(), story, caps);
            for (Choice choice : scene.choices()) {
                cap(choice.condition(), story, caps);
                for (Choice.Route route : choice.routes()) cap(route.condition(), story, caps);
                capEffects(choice.effects(), story, caps);
            }
            for (ChanceOutcome outcome : scene.chance()) {
                cap(outcome.condition(), story, caps);
                capEffects(outcome.effects(), story, caps);
            }
        }
        return caps;
    }

    /** Effects decide through their values and the conditions of conditional effects ({@code ~ once} among them). */
    private static void capEffects(java.util.List<Effect> effects, Story story, int[] caps) {
        for (Effect.Change change : Effect.changes(effects)) cap(change.value(), story, caps);
        for (Expr condition : Effect.conditions(effects)) cap(condition, story, caps);
    }

    private static void cap(Expr expr, Story story, int[] caps) {
        switch (expr) {
            case null -> { }
            case Expr.Literal literal -> { }
            case Expr.VariableRef ref -> { }
            case Expr.Seen seen -> raise(caps, story.trackedSlot(seen.scene()), 1);
            case Expr.Visits visits -> raise(caps, story.trackedSlot(visits.scene()), Integer.MAX_VALUE);
            case Expr.Unary unary -> cap(unary.operand(), story, caps);
            case Expr.Binary binary -> {
                boolean comparison = switch (binary.op()) {
                    case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL, NOT_EQUAL -> true;
                    default -> false;
                };
                if (comparison && binary.left() instanceof Expr.Visits v && binary.right() instanceof Expr.Literal l && l.value() instanceof Long k) {
                    raise(caps, story.trackedSlot(v.scene()), compared(k));
                } else if (comparison && binary.right() instanceof Expr.Visits v && binary.left() instanceof Expr.Literal l && l.value() instanceof Long k) {
                    raise(caps, story.trackedSlot(v.scene()), compared(k));
                } else {
                    cap(binary.left(), story, caps);
                    cap(binary.right(), story, caps);
                }
            }
        }
    }

    private static void raise(int[] caps, int slot, long need) {
        if (slot < 0) return;
        caps[slot] = (int) Math.max(caps[slot], Math.max(0, Math.min(Integer.MAX_VALUE, need)));
    }

    /** Visits compared with the literal {@code k} need counts up to {@code k + 1}. */
    private static long compared(long k) {
        return k >= Integer.MAX_VALUE - 1 ? Integer.MAX_VALUE : k + 1;
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
