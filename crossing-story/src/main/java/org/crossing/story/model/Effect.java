package org.crossing.story.model;

/** A change to one variable: set it, add to it or subtract from it. */
public record Effect(Variable variable, Operation operation, Expr value, Position position) {

    public enum Operation {
        SET("="), ADD("+="), SUBTRACT("-=");

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
