package org.crossing.story.model;

/**
 * A countdown on a scene's choices. When it runs out the story goes to {@code target}: by the
 * choice at {@code defaultChoice} (with its effects) when that choice leads there and is
 * available, otherwise directly. {@code defaultChoice} is -1 when no choice leads to the target.
 */
public record Timer(int seconds, int defaultChoice, int target) {}
