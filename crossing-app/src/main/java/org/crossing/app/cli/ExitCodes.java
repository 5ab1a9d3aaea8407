package org.crossing.app.cli;

/** The exit codes every crossing command uses. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The story (or site) has errors. */
    public static final int STORY_ERRORS = 1;
    /** The command was used wrongly, or a file could not be read or written. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
