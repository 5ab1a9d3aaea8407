package org.crossing.story.syntax;

import org.crossing.story.model.Position;

/**
 * A problem found in a story, with where it is, what is wrong and how to fix it, and the source
 * line it points into (null when it points at no line, such as a missing folder).
 */
public record Diagnostic(Severity severity, Position position, String message, String sourceLine) {

    public enum Severity {
        ERROR("error"), WARNING("warning");

        private final String word;

        Severity(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: message}, without the source line. */
    public String headline() {
        String where = position == null ? "" : position.line() > 0 ? position + ": " : position.file() + ": ";
        return where + severity.word() + ": " + message;
    }

    /** The headline, then the source line and a caret under the column, as javac prints them. */
    public String format() {
        StringBuilder out = new StringBuilder(headline());
        if (sourceLine != null && position != null && position.line() > 0) {
            String shown = sourceLine.length() > 200 ? sourceLine.substring(0, 200) + "…" : sourceLine;
            out.append('\n').append("  ").append(shown.replace('\t', ' ')).append('\n').append("  ");
            int column = Math.min(position.column(), shown.length() + 1);
            out.append(" ".repeat(Math.max(0, column - 1))).append('^');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return headline();
    }
}
