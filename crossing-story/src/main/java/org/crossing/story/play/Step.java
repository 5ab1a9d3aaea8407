package org.crossing.story.play;

/**
 * One step of a journey: in {@code scene}, the player took the choice at {@code index}, let its
 * timer run out to the choice at {@code index}, or continued into the chance outcome at
 * {@code index}.
 */
public record Step(int scene, Kind kind, int index) {

    public enum Kind { CHOICE, TIMEOUT, CHANCE }
}
