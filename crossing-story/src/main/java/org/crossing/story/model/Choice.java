package org.crossing.story.model;

import java.util.List;

/**
 * A choice in a scene. {@code index} is its place among the scene's choices; {@code onceSlot} is
 * its bit in a play state's used-choice set, or -1 for a repeatable choice. {@code condition} is
 * null when the choice is always offered; {@code disabledReason} is null when a failed condition
 * hides the choice rather than showing it disabled.
 */
public record Choice(int index, Text label, int target, Expr condition, String disabledReason,
                     List<Effect> effects, int onceSlot, Position position) {

    public Choice {
        effects = List.copyOf(effects);
    }

    public boolean once() {
        return onceSlot >= 0;
    }
}
