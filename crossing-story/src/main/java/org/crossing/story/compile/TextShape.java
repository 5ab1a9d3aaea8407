package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Text;
import org.crossing.story.model.ValueType;

/**
 * What a translation of a text must keep: its values, conditions and variations, each with what
 * it holds, in any order (a language puts a value where its word order wants it); a value that
 * shows text may be written out instead. Emphasis is
 * counted apart: a translation may have reasons to move it, so a difference is only a warning.
 */
final class TextShape {

    private TextShape() {}

    /**
     * A placeholder: {@code key} to compare, {@code shown} as written, and what it holds.
     * {@code optional} for a value that shows text: its words are in the original language, so a
     * translation may write them out instead ({@code {name}} as the name in its own script).
     */
    private record Part(String key, String shown, List<List<Part>> inner, boolean optional) {
        Part(String key, String shown, List<List<Part>> inner) {
            this(key, shown, inner, false);
        }
    }

    /** The first difference between the shapes of {@code original} and {@code translation}, as a sentence; null when they agree. */
    static String difference(Text original, Text translation) {
        return difference(parts(original), parts(translation));
    }

    /** How many emphasised parts a text has, nested ones included. */
    static int emphasis(Text text) {
        int count = 0;
        for (Text.Span span : text.spans()) {
            switch (span) {
                case Text.Span.Emphasis e -> count += 1 + emphasis(e.inner());
                case Text.Span.Conditional c -> count += emphasis(c.then()) + emphasis(c.otherwise());
                case Text.Span.Variation v -> {
                    for (Text alternative : v.alternatives()) count += emphasis(alternative);
                }
                default -> { }
            }
        }
        return count;
    }

    private static String difference(List<Part> original, List<Part> translation) {
        List<Part> left = new ArrayList<>(translation);
        for (Part part : original) {
            Part match = null;
            for (Part candidate : left) {
                if (candidate.key.equals(part.key)) {
                    match = candidate;
                    break;
                }
            }
            if (match == null && part.optional) continue;
            if (match == null) return "must keep " + part.shown + " as the original has it";
            left.remove(match);
            for (int i = 0; i < part.inner.size(); i++) {
                String inner = difference(part.inner.get(i), match.inner.get(i));
                if (inner != null) return inner.replace(" as the original has it", "") + " inside " + part.shown + ", as the original has it";
            }
        }
        if (!left.isEmpty()) return "has " + left.get(0).shown + ", which the original has not";
        return null;
    }

    private static List<Part> parts(Text text) {
        List<Part> parts = new ArrayList<>();
        for (Text.Span span : text.spans()) {
            switch (span) {
                case Text.Span.Plain p -> { }
                case Text.Span.Emphasis e -> parts.addAll(parts(e.inner()));
                case Text.Span.Value v -> parts.add(new Part("{" + normal(v.source()) + "}", "{" + v.source().strip() + "}", List.of(),
                        v.expr().type() == ValueType.TEXT));
                case Text.Span.Conditional c -> {
                    boolean otherwise = !c.otherwise().spans().isEmpty();
                    String tail = ": ..." + (otherwise ? " | ...}" : "}");
                    parts.add(new Part("{" + normal(c.conditionSource()) + tail, "{" + c.conditionSource().strip() + tail,
                            otherwise ? List.of(parts(c.then()), parts(c.otherwise())) : List.of(parts(c.then()))));
                }
                case Text.Span.Variation v -> {
                    List<List<Part>> inner = new ArrayList<>();
                    for (Text alternative : v.alternatives()) inner.add(parts(alternative));
                    String shown = "{" + v.kind().word() + ": " + String.join(" | ", java.util.Collections.nCopies(v.alternatives().size(), "...")) + "}";
                    parts.add(new Part(shown, shown, inner));
                }
            }
        }
        return parts;
    }

    /** An expression as written, with the spaces that do not change it taken out: {@code money>=5} is {@code money >= 5}. */
    private static String normal(String source) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') quoted = !quoted;
            if (quoted || !Character.isWhitespace(c)) out.append(c);
            else if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1)) && i + 1 < source.length()
                    && Character.isLetterOrDigit(source.charAt(i + 1))) out.append(' ');
        }
        return out.toString();
    }
}
