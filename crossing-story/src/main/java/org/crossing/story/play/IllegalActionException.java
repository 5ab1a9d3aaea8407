package org.crossing.story.play;

/** An action that the current state does not offer: a hidden, disabled or used choice, a timeout without a timer, and so on. */
public final class IllegalActionException extends RuntimeException {

    public IllegalActionException(String message) {
        super(message);
    }
}
