package org.crossing.story.model;

import java.util.List;

/**
 * One outcome of a chance scene. {@code weight} is in percent; for the {@code otherwise} outcome
 * it is -1 and the outcome takes what the possible weighted outcomes leave of 100.
 */
public record ChanceOutcome(int index, int weight, Expr condition, int target, List<Effect> effects, Position position) {

    public ChanceOutcome {
        effects = List.copyOf(effects);
    }

    public boolean otherwise() {
        return weight < 0;
    }
}
