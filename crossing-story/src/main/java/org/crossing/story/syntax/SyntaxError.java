package org.crossing.story.syntax;

/** A parse problem inside one line; the line parser turns it into a diagnostic and moves on. */
final class SyntaxError extends Exception {

    final int column;

    SyntaxError(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }
}
