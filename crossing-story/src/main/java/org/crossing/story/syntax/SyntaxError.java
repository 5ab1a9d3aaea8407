package org.crossing.story.syntax;

/** A parse problem inside one line; the line parser turns it into a diagnostic and moves on. */
final class SyntaxError extends Exception {

    final Code code;
    final int column;
    /** How many characters the problem spans from {@code column}; 0 to mark the word there. */
    final int length;

    SyntaxError(Code code, int column, String message) {
        this(code, column, 0, message);
    }

    SyntaxError(Code code, int column, int length, String message) {
        super(message, null, false, false);
        this.code = code;
        this.column = column;
        this.length = length;
    }
}
