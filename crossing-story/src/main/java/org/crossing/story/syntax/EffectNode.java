package org.crossing.story.syntax;

import org.crossing.story.model.Position;

/** {@code name op value}, with op one of {@code =}, {@code +=}, {@code -=}. */
public record EffectNode(String name, Position namePosition, String op, ExprNode value) {}
