package org.crossing.story.play;

/**
 * One step of a journey: in {@code scene}, the player took the choice at {@code index}, let its
 * countdown run out (taking the choice at {@code index}, or, when {@code index} equals the number
 * of choices, going straight to the timer's target), or continued into the chance outcome at
 * {@code index}.
 */
public record Step(int scene, Kind kind, int index) {

    public enum Kind { CHOICE, TIMEOUT, CHANCE }
}
