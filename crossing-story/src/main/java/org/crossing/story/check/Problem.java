package org.crossing.story.check;

import java.util.List;
import org.crossing.story.model.Position;

/**
 * An error that only exploring the story finds. {@code scene} is the scene it is about (null for
 * the state limit), {@code position} where that scene starts; {@code witness} a shortest journey
 * that reaches the problem (empty when there is none, as for an unreachable scene);
 * {@code details} further lines: why a dead end offers nothing, which scenes a softlock loops
 * through, which variables keep growing; {@code reasons} the same facts as data, where there are any
 * (why each choice of a dead end is unavailable, why each way into an unreachable scene is never taken).
 */
public record Problem(Kind kind, String scene, Position position, String message, Witness witness, List<String> details,
                      List<Reason> reasons) {

    /** What kind of problem, with a stable code for tools (listed in docs/story-language.md). */
    public enum Kind {
        DEAD_END("dead end", "C001", "dead-end"),
        UNREACHABLE_ENDING("unreachable ending", "C002", "unreachable-ending"),
        UNREACHABLE_SCENE("unreachable scene", "C003", "unreachable-scene"),
        SOFTLOCK("softlock", "C004", "softlock"),
        STATE_LIMIT("state limit", "C005", "state-limit"),
        /** A warning: a scene's entry effect adds again each time play comes back to the scene. */
        REPEATED_ENTRY_EFFECT("repeated entry effect", "C101", "repeated-entry-effect");

        private final String words;
        private final String code;
        private final String slug;

        Kind(String words, String code, String slug) {
            this.words = words;
            this.code = code;
            this.slug = slug;
        }

        /** Whether problems of this kind are warnings: worth a look, but the story is not broken. */
        public boolean warning() {
            return code.startsWith("C1");
        }

        public String words() {
            return words;
        }

        /** "C001": never changes, never reused. */
        public String code() {
            return code;
        }

        /** "dead-end": the code in words. */
        public String slug() {
            return slug;
        }
    }

    public Problem {
        details = List.copyOf(details);
        reasons = List.copyOf(reasons);
    }

    public Problem(Kind kind, String scene, Position position, String message, Witness witness, List<String> details) {
        this(kind, scene, position, message, witness, details, List.of());
    }

    /** {@code file:line:col: error: message} (or {@code warning:}), as the compiler's diagnostics read. */
    public String headline() {
        return (position == null ? "" : position + ": ") + (kind.warning() ? "warning: " : "error: ") + message;
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
        if (kind == Kind.REPEATED_ENTRY_EFFECT) out.append("\n  entered again by: ").append(witness.describe());
        for (String detail : details) out.append("\n  ").append(detail);
        return out.toString();
    }

    @Override
    public String toString() {
        return headline();
    }
}
