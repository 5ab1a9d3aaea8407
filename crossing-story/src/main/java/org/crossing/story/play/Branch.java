package org.crossing.story.play;

/**
 * One way an action can go: the state it leads to and its probability as a fraction. A choice
 * has a single branch of probability 1; continuing from a chance scene has one branch per
 * possible outcome. {@code index} is the chance outcome's index, or the choice's index.
 */
public record Branch(int index, long numerator, long denominator, State state) {

    public double probability() {
        return (double) numerator / denominator;
    }
}
