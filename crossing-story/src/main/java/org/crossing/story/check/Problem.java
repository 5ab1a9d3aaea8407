package org.crossing.story.check;

import java.util.List;
import org.crossing.story.model.Position;

/**
 * An error that only exploring the story finds. {@code scene} is the scene it is about (null for
 * the state limit), {@code position} where that scene starts; {@code witness} a shortest journey
 * that reaches the problem (empty when there is none, as for an unreachable scene);
 * {@code details} further lines: why a dead end offers nothing, which scenes a softlock loops
 * through, which variables keep growing.
 */
public record Problem(Kind kind, String scene, Position position, String message, Witness witness, List<String> details) {

    public enum Kind {
        DEAD_END("dead end"),
        UNREACHABLE_ENDING("unreachable ending"),
        UNREACHABLE_SCENE("unreachable scene"),
        SOFTLOCK("softlock"),
        STATE_LIMIT("state limit");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Problem {
        details = List.copyOf(details);
    }

    /** {@code file:line:col: error: message}, as the compiler's diagnostics read. */
    public String headline() {
        return (position == null ? "" : position + ": ") + "error: " + message;
    }

    /** The headline, then the witness and the details, each on an indented line. */
    public String format() {
        return format(null);
    }

    /** As {@link #format()}, with the source line the position points into and a caret under its column (when {@code sourceLine} is not null). */
    public String format(String sourceLine) {
        StringBuilder out = new StringBuilder(headline());
        if (sourceLine != null && position != null && position.line() > 0) {
            out.append("\n  ").append(sourceLine.replace('\t', ' ')).append("\n  ")
                    .append(" ".repeat(Math.max(0, Math.min(position.column(), sourceLine.length() + 1) - 1))).append('^');
        }
        if (kind == Kind.DEAD_END || kind == Kind.SOFTLOCK) out.append("\n  reached by: ").append(witness.describe());
        for (String detail : details) out.append("\n  ").append(detail);
        return out.toString();
    }

    @Override
    public String toString() {
        return headline();
    }
}
