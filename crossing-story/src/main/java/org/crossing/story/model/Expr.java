package org.crossing.story.model;

/** A typed expression. The compiler builds only well-typed trees, so evaluation needs no checks. */
public sealed interface Expr {

    ValueType type();

    record Literal(Object value) implements Expr {
        @Override
        public ValueType type() {
            return ValueType.of(value);
        }
    }

    record VariableRef(Variable variable) implements Expr {
        @Override
        public ValueType type() {
            return variable.type();
        }
    }

    /** {@code visits(scene)}: how many times the scene was entered. */
    record Visits(int scene, String sceneId) implements Expr {
        @Override
        public ValueType type() {
            return ValueType.INTEGER;
        }
    }

    /** {@code seen(scene)}: whether the scene was entered. */
    record Seen(int scene, String sceneId) implements Expr {
        @Override
        public ValueType type() {
            return ValueType.BOOLEAN;
        }
    }

    record Unary(UnaryOp op, Expr operand) implements Expr {
        @Override
        public ValueType type() {
            return op == UnaryOp.NOT ? ValueType.BOOLEAN : ValueType.INTEGER;
        }
    }

    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        @Override
        public ValueType type() {
            return switch (op) {
                case ADD -> left.type();
                case SUBTRACT, MULTIPLY, DIVIDE, REMAINDER -> ValueType.INTEGER;
                default -> ValueType.BOOLEAN;
            };
        }
    }

    enum UnaryOp { NEGATE, NOT }

    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"),
        LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="),
        EQUAL("=="), NOT_EQUAL("!="), AND("and"), OR("or");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
