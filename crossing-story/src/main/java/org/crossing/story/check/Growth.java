package org.crossing.story.check;

import org.crossing.story.model.Position;

/**
 * What kept extending while the check ran into its state limit: an integer variable, a text
 * variable (its length) or the visit count of a scene that {@code visits()} or {@code seen()}
 * reads. {@code name} is the variable's name or the scene's id; {@code min..max} the range seen
 * (lengths for text); {@code scene}, {@code position} and {@code effect} say what last extended
 * it: the effect as written and where it stands, or, for a visit count, the scene's entry
 * ({@code effect} null).
 */
public record Growth(Kind kind, String name, long min, long max, String scene, Position position, String effect) {

    public enum Kind { INTEGER, TEXT, VISITS }

    /**
     * {@code variable 'count' keeps growing (0..812 so far), last extended by count += 1 in scene 'loop' at loop.story:7:22}.
     */
    public String describe() {
        String what = switch (kind) {
            case INTEGER -> "variable '" + name + "' keeps growing (" + min + ".." + max + " so far)";
            case TEXT -> "text variable '" + name + "' keeps growing (" + max + " characters so far)";
            case VISITS -> "visits(" + name + ") keeps growing (" + min + ".." + max + " so far)";
        };
        String cause = effect == null ? "entering scene '" + scene + "'" : effect + " in scene '" + scene + "'";
        return what + ", last extended by " + cause + (position == null ? "" : " at " + position);
    }
}
