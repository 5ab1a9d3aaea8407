package org.crossing.story.model;

import java.util.ArrayList;
import java.util.List;

/** A change to the variables: one variable set, added to or subtracted from, or changes made only when a condition holds. */
public sealed interface Effect {

    Position position();

    /** Sets, adds to or subtracts from one variable. */
    record Change(Variable variable, Operation operation, Expr value, Position position) implements Effect {}

    /**
     * {@code {condition: then | otherwise}}: the condition is decided once, when this effect's turn
     * comes, and then one list runs. {@code otherwise} is empty when not written.
     */
    record When(Expr condition, List<Effect> then, List<Effect> otherwise, Position position) implements Effect {
        public When {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    enum Operation {
        SET("="), ADD("+="), SUBTRACT("-=");

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Every change these effects may make, conditional ones included, in the order written. */
    static List<Change> changes(List<Effect> effects) {
        List<Change> changes = new ArrayList<>();
        addChanges(effects, changes);
        return changes;
    }

    /** The conditions these effects decide on, nested ones included. */
    static List<Expr> conditions(List<Effect> effects) {
        List<Expr> conditions = new ArrayList<>();
        for (Effect effect : effects) {
            if (effect instanceof When when) {
                conditions.add(when.condition());
                conditions.addAll(conditions(when.then()));
                conditions.addAll(conditions(when.otherwise()));
            }
        }
        return conditions;
    }

    private static void addChanges(List<Effect> effects, List<Change> into) {
        for (Effect effect : effects) {
            switch (effect) {
                case Change change -> into.add(change);
                case When when -> {
                    addChanges(when.then(), into);
                    addChanges(when.otherwise(), into);
                }
            }
        }
    }
}
