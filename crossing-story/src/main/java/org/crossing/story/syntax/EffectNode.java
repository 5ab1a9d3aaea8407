package org.crossing.story.syntax;

import java.util.List;
import org.crossing.story.model.Position;

/** An effect as written: a change to one variable, or changes made when a condition holds. */
public sealed interface EffectNode {

    /** {@code name op value}, with op one of {@code =}, {@code +=}, {@code -=}. */
    record Change(String name, Position namePosition, String op, ExprNode value) implements EffectNode {}

    /** {@code {condition: then | otherwise}}; {@code otherwise} is empty when not written. */
    record When(ExprNode condition, List<EffectNode> then, List<EffectNode> otherwise, Position position) implements EffectNode {
        public When {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }
}
