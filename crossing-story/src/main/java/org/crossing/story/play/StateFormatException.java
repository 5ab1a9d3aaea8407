package org.crossing.story.play;

/** Bytes that are not a play state of this story: malformed, truncated, or from another version. */
public final class StateFormatException extends Exception {

    public StateFormatException(String message) {
        super(message);
    }
}
