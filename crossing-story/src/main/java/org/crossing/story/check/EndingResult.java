package org.crossing.story.check;

import org.crossing.story.model.EndingKind;
import org.crossing.story.model.Position;

/**
 * What the check found about one ending scene: whether a play reaches it, a shortest witness,
 * and the probability that a player who takes every available action uniformly at random (and
 * whom chance treats by its weights) ends there. {@code exactProbability} is the probability as
 * a reduced fraction such as {@code 3/20} when it was computed exactly, or null.
 */
public record EndingResult(String scene, EndingKind kind, String summary, Position position, boolean reached,
                           Witness witness, double probability, String exactProbability) {}
