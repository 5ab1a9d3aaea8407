package org.crossing.story.syntax;

import org.crossing.story.model.Position;

/** An expression as written, before names are resolved and types checked. */
public sealed interface ExprNode {

    Position position();

    record IntLiteral(long value, Position position) implements ExprNode {}

    record BoolLiteral(boolean value, Position position) implements ExprNode {}

    record TextLiteral(String value, Position position) implements ExprNode {}

    record Name(String name, Position position) implements ExprNode {}

    /** {@code visits(scene)} or {@code seen(scene)}. */
    record Call(String function, String argument, Position argumentPosition, Position position) implements ExprNode {}

    /** {@code op} is "-" or "not". */
    record Unary(String op, ExprNode operand, Position position) implements ExprNode {}

    /** {@code position} is the operator's. */
    record Binary(String op, ExprNode left, ExprNode right, Position position) implements ExprNode {}
}
