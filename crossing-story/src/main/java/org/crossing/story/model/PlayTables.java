package org.crossing.story.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine reads at each step of play, laid out in one {@code int} array in scene order:
 * each scene's kind, tracked-visit slot, countdown and entry effects, then its choices (or chance
 * outcomes), then the code of their conditions, effects and conditional targets.
 *
 * <p>Why: a step through the record graph ({@link Scene}, {@link Choice}, {@link Expr},
 * {@link Effect}) reads twenty or so small objects scattered over the heap. A story of thousands
 * of scenes no longer fits in the CPU's caches, so each of those reads waits on memory, and a
 * step cost more the larger the story (issue 14). Here a step reads a few neighbouring cache
 * lines, and a journey, which mostly moves to nearby scenes, reads memory nearly in order.
 *
 * <p>Expressions on integers and booleans are compiled to prefix code over {@code long}s
 * (booleans as 0 and 1); an expression that involves text, and an effect on a text variable, is
 * kept as its record ({@link #expr}, {@link #change}) and evaluated as before.
 */
public final class PlayTables {

    // A scene's header, at sceneAt(scene).
    public static final int FLAGS = 0;
    public static final int TRACKED_SLOT = 1;
    /** Offset of the entry effects' block, or -1. */
    public static final int ON_ENTER = 2;
    /** The number of choices, or of chance outcomes in a chance scene. */
    public static final int COUNT = 3;
    public static final int TIMER_CHOICE = 4;
    public static final int TIMER_TARGET = 5;
    public static final int HEADER = 6;

    public static final int ENDING = 1;
    public static final int CHANCE = 2;
    public static final int TIMED = 4;

    // A choice's record, at choiceAt(scene, index): once-slot, condition, effects, target, routes.
    // A chance outcome's record has the same shape, its weight where a choice has its once-slot.
    public static final int ONCE_SLOT = 0;
    public static final int WEIGHT = 0;
    /** Offset of the condition's code, or -1 when there is none. */
    public static final int CONDITION = 1;
    /** Offset of the effects' block, or -1 when there are none. */
    public static final int EFFECTS = 2;
    public static final int TARGET = 3;
    /** Offset of the conditional targets: their count, then a condition offset and a target each; or -1. */
    public static final int ROUTES = 4;
    public static final int RECORD = 5;

    // Expression code, prefix: an operator, then its operands. A binary operator's word after it
    // is the offset of its right operand from the operator.
    public static final int LITERAL = 1;      // high word, low word
    public static final int INTEGER_VAR = 2;  // slot
    public static final int BOOLEAN_VAR = 3;  // slot
    public static final int VISITS = 4;       // scene
    public static final int SEEN = 5;         // scene
    public static final int NOT = 6;
    public static final int NEGATE = 7;
    public static final int RECORD_EXPR = 8;  // index of an expression evaluated from its record
    public static final int BINARY = 16;      // BINARY + the BinaryOp's ordinal

    // Effects: a block is its effect count, then each effect as [op, length, ...].
    public static final int CHANGE = 1;        // slot, operation ordinal, value code
    /** Then the offsets of its then and otherwise blocks from the op, the condition's code and the two blocks. */
    public static final int WHEN = 2;
    public static final int RECORD_CHANGE = 3; // index of a change applied from its record

    private final int[] code;
    private final int[] sceneAt;
    private final Expr[] exprs;
    private final Effect.Change[] changes;

    private PlayTables(int[] code, int[] sceneAt, List<Expr> exprs, List<Effect.Change> changes) {
        this.code = code;
        this.sceneAt = sceneAt;
        this.exprs = exprs.toArray(Expr[]::new);
        this.changes = changes.toArray(Effect.Change[]::new);
    }

    /** The offset of a scene's header. */
    public int sceneAt(int scene) {
        return sceneAt[scene];
    }

    /** The offset of the record of a scene's choice or chance outcome {@code index}. */
    public int choiceAt(int scene, int index) {
        return sceneAt[scene] + HEADER + index * RECORD;
    }

    /** The word at {@code offset}. */
    public int at(int offset) {
        return code[offset];
    }

    /** The long made of the two words at {@code offset}, high word first. */
    public long longAt(int offset) {
        return ((long) code[offset] << 32) | (code[offset + 1] & 0xFFFFFFFFL);
    }

    public Expr expr(int index) {
        return exprs[index];
    }

    public Effect.Change change(int index) {
        return changes[index];
    }

    static PlayTables of(List<Scene> scenes, int[] trackedSlots) {
        Builder b = new Builder();
        int[] sceneAt = new int[scenes.size()];
        for (int i = 0; i < scenes.size(); i++) sceneAt[i] = b.scene(scenes.get(i), trackedSlots[i]);
        return new PlayTables(b.code(), sceneAt, b.exprs, b.changes);
    }

    private static final class Builder {
        private int[] code = new int[1024];
        private int size;
        final List<Expr> exprs = new ArrayList<>();
        final List<Effect.Change> changes = new ArrayList<>();

        int[] code() {
            return java.util.Arrays.copyOf(code, size);
        }

        private int emit(int word) {
            if (size == code.length) code = java.util.Arrays.copyOf(code, size * 2);
            code[size] = word;
            return size++;
        }

        /**
         * Writes {@code word} at {@code offset}. A method, not {@code code[offset] = f()}: Java
         * reads the array before calling {@code f}, which may emit and so replace the array.
         */
        private void put(int offset, int word) {
            code[offset] = word;
        }

        private int reserve(int words) {
            int at = size;
            for (int i = 0; i < words; i++) emit(0);
            return at;
        }

        int scene(Scene scene, int trackedSlot) {
            int at = reserve(HEADER);
            int flags = (scene.isEnding() ? ENDING : 0) | (scene.isChance() ? CHANCE : 0) | (scene.timer() != null ? TIMED : 0);
            put(at + FLAGS, flags);
            put(at + TRACKED_SLOT, trackedSlot);
            put(at + TIMER_CHOICE, scene.timer() == null ? -1 : scene.timer().defaultChoice());
            put(at + TIMER_TARGET, scene.timer() == null ? -1 : scene.timer().target());
            if (scene.isChance()) {
                put(at + COUNT, scene.chance().size());
                int records = reserve(scene.chance().size() * RECORD);
                for (ChanceOutcome o : scene.chance()) {
                    record(records + o.index() * RECORD, o.weight(), o.condition(), o.effects(), o.target(), List.of());
                }
            } else {
                put(at + COUNT, scene.choices().size());
                int records = reserve(scene.choices().size() * RECORD);
                for (Choice c : scene.choices()) {
                    record(records + c.index() * RECORD, c.onceSlot(), c.condition(), c.effects(), c.target(), c.routes());
                }
            }
            put(at + ON_ENTER, effects(scene.onEnter()));
            return at;
        }

        /** Fills the record at {@code r}; its first word is a choice's once-slot or an outcome's weight. */
        private void record(int r, int first, Expr condition, List<Effect> effects, int target, List<Choice.Route> routes) {
            put(r + ONCE_SLOT, first);
            put(r + CONDITION, condition(condition));
            put(r + EFFECTS, effects(effects));
            put(r + TARGET, target);
            put(r + ROUTES, routes(routes));
        }

        private int condition(Expr condition) {
            return condition == null ? -1 : expr(condition);
        }

        private int routes(List<Choice.Route> routes) {
            if (routes.isEmpty()) return -1;
            int at = emit(routes.size());
            int pairs = reserve(2 * routes.size());
            for (int i = 0; i < routes.size(); i++) {
                put(pairs + 2 * i, expr(routes.get(i).condition()));
                put(pairs + 2 * i + 1, routes.get(i).target());
            }
            return at;
        }

        private int effects(List<Effect> effects) {
            return effects.isEmpty() ? -1 : block(effects);
        }

        private int block(List<Effect> effects) {
            int at = emit(effects.size());
            for (Effect effect : effects) {
                int op = reserve(2);
                switch (effect) {
                    case Effect.Change change when change.variable().type() != ValueType.TEXT && !involvesText(change.value()) -> {
                        put(op, CHANGE);
                        emit(change.variable().slot());
                        emit(change.operation().ordinal());
                        code(change.value());
                    }
                    case Effect.Change change -> {
                        put(op, RECORD_CHANGE);
                        emit(changes.size());
                        changes.add(change);
                    }
                    case Effect.When when -> {
                        put(op, WHEN);
                        int blocks = reserve(2);
                        expr(when.condition());
                        put(blocks, block(when.then()) - op);
                        put(blocks + 1, block(when.otherwise()) - op);
                    }
                }
                put(op + 1, size - op);
            }
            return at;
        }

        /** Emits an expression's code and returns its offset. */
        private int expr(Expr expr) {
            if (!involvesText(expr)) return code(expr);
            int at = emit(RECORD_EXPR);
            emit(exprs.size());
            exprs.add(expr);
            return at;
        }

        private int code(Expr expr) {
            int at = size;
            switch (expr) {
                case Expr.Literal literal -> {
                    long value = literal.value() instanceof Boolean b ? (b ? 1 : 0) : (Long) literal.value();
                    emit(LITERAL);
                    emit((int) (value >>> 32));
                    emit((int) value);
                }
                case Expr.VariableRef ref -> {
                    emit(ref.variable().type() == ValueType.BOOLEAN ? BOOLEAN_VAR : INTEGER_VAR);
                    emit(ref.variable().slot());
                }
                case Expr.Visits visits -> {
                    emit(VISITS);
                    emit(visits.scene());
                }
                case Expr.Seen seen -> {
                    emit(SEEN);
                    emit(seen.scene());
                }
                case Expr.Unary unary -> {
                    emit(unary.op() == Expr.UnaryOp.NOT ? NOT : NEGATE);
                    code(unary.operand());
                }
                case Expr.Binary binary -> {
                    emit(BINARY + binary.op().ordinal());
                    int right = reserve(1);
                    code(binary.left());
                    put(right, size - at);
                    code(binary.right());
                }
            }
            return at;
        }

        private static boolean involvesText(Expr expr) {
            if (expr.type() == ValueType.TEXT) return true;
            return switch (expr) {
                case Expr.Unary unary -> involvesText(unary.operand());
                case Expr.Binary binary -> involvesText(binary.left()) || involvesText(binary.right());
                default -> false;
            };
        }
    }
}
