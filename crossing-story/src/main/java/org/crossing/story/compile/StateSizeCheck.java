package org.crossing.story.compile;

import java.util.List;
import org.crossing.story.model.Position;
import org.crossing.story.model.StateLimits;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;
import org.crossing.story.syntax.Code;

/**
 * Refuses a story whose journeys' state could outgrow a link ({@link StateLimits}), and warns
 * where only a journey that takes a great many once-only choices could.
 */
final class StateSizeCheck {

    private StateSizeCheck() {}

    /** Whether the story's state always fits; reports why not, at the declaration that makes it grow. */
    static boolean fits(Story story, Reporter reporter) {
        StateLimits.WorstCase worst = StateLimits.of(story);
        int budget = StateLimits.STATE_BYTES;
        if (worst.fixed() > budget) {
            List<Variable> texts = story.variables().stream().filter(v -> v.type() == ValueType.TEXT).toList();
            Position where = texts.isEmpty() ? story.startScene().position() : texts.get(0).position();
            String cause = texts.isEmpty()
                    ? String.format("its variables take up to %,d bytes and its scenes' visit counts and kept steps the rest", worst.values())
                    : String.format("%s %s can each hold %,d bytes, %,d together",
                            texts.size() == 1 ? "the text variable" : "the " + texts.size() + " text variables",
                            names(texts), ValueType.MAX_TEXT_BYTES, worst.text());
            reporter.report(Code.STATE_TOO_LARGE, where, String.format(
                    "a journey's state could grow to %,d bytes, more than the %,d that fit in a link: %s; use fewer text variables, or numbers and true/false where they serve",
                    worst.fixed(), budget, cause));
            return false;
        }
        if (worst.total() > budget) {
            int room = budget - worst.fixed();
            reporter.report(Code.STATE_MAY_OUTGROW_LINK, story.startScene().position(), String.format(
                    "a journey that takes more than about %,d of the story's %,d once-only choices would have a state too large for a link (%,d bytes); players then get a page saying the address is too long",
                    room, story.onceSlots(), budget));
        }
        return true;
    }

    private static String names(List<Variable> variables) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < variables.size(); i++) {
            if (i > 0) out.append(i == variables.size() - 1 ? " and " : ", ");
            out.append('\'').append(variables.get(i).name()).append('\'');
        }
        return out.toString();
    }
}
