package org.crossing.app.player;

/**
 * Thrown when stories to serve cannot be loaded: the message is the compiler's report for each
 * story with errors, and one line for each folder whose name cannot be a URL's.
 */
public final class StoryLoadException extends Exception {

    public StoryLoadException(String report) {
        super(report);
    }
}
