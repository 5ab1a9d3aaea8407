package org.crossing.story.syntax;

import org.crossing.story.model.Position;

/**
 * A problem found in a story, with where it is, what is wrong and how to fix it, and the source
 * line it points into (null when it points at no line, such as a missing folder). {@code code}
 * says what kind of problem it is, for tools; {@code end} is where the marked text ends
 * (exclusive, as in an LSP range), on the same line as {@code position}, or null with it.
 *
 * <p>Files beside a story that are not in its language (a companion site's pages, say) report
 * their problems in the same shape, made with {@link #inFile}: no code, no column, no source line.
 */
public record Diagnostic(Severity severity, Code code, Position position, Position end, String message, String sourceLine) {

    /** A diagnostic whose range is the word (or run of symbols) at {@code position} in {@code sourceLine}. */
    public static Diagnostic of(Code code, Position position, String message, String sourceLine) {
        return new Diagnostic(code.severity(), code, position, wordEnd(position, sourceLine), message, sourceLine);
    }

    /**
     * A problem in a file that is not written in the story language, at {@code line} (0 for the
     * whole file); printed {@code file:line: error: message}.
     */
    public static Diagnostic inFile(Severity severity, String file, int line, String message) {
        return new Diagnostic(severity, null, new Position(file, line, 0), null, message, null);
    }

    /** A diagnostic marking {@code length} characters from {@code position} (at least one). */
    public static Diagnostic of(Code code, Position position, int length, String message, String sourceLine) {
        Position end = position == null ? null : new Position(position.file(), position.line(), position.column() + Math.max(1, length));
        return new Diagnostic(code.severity(), code, position, end, message, sourceLine);
    }

    /**
     * Where the word at {@code position} ends: names, numbers and file names (letters, digits, {@code _}, then
     * also {@code -} and {@code .}) run together, any other run of symbols counts as one word; at least one character is marked.
     * A position with no line (a file or folder) has itself as its end.
     */
    static Position wordEnd(Position position, String sourceLine) {
        if (position == null) return null;
        if (position.line() <= 0 || sourceLine == null) return position;
        int from = position.column() - 1;
        int i = from;
        if (i < sourceLine.length() && startsWord(sourceLine.charAt(i))) {
            while (i < sourceLine.length() && (startsWord(sourceLine.charAt(i)) || "-.".indexOf(sourceLine.charAt(i)) >= 0)) i++;
        } else {
            while (i < sourceLine.length() && !startsWord(sourceLine.charAt(i)) && !Character.isWhitespace(sourceLine.charAt(i))) i++;
        }
        return new Position(position.file(), position.line(), Math.max(i, from + 1) + 1);
    }

    private static boolean startsWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

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
        String where = position == null ? ""
                : position.line() <= 0 ? position.file() + ": "
                : position.column() <= 0 ? position.file() + ":" + position.line() + ": "
                : position + ": ";
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
