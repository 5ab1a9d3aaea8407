package org.crossing.story.model;

import java.util.List;

/**
 * Rich text: plain runs, emphasis, values and conditional parts. Resolved against a play state by
 * {@link org.crossing.story.play.Narrator} into plain styled runs for a renderer.
 */
public record Text(List<Span> spans) {

    public Text {
        spans = List.copyOf(spans);
    }

    public static Text plain(String text) {
        return new Text(List.of(new Span.Plain(text)));
    }

    /** The text with values and conditions shown as written; for labels in reports and diagnostics. */
    public String source() {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) span.appendSource(out);
        return out.toString();
    }

    public sealed interface Span {
        void appendSource(StringBuilder out);

        record Plain(String text) implements Span {
            @Override
            public void appendSource(StringBuilder out) {
                out.append(text);
            }
        }

        record Emphasis(Text inner, boolean strong) implements Span {
            @Override
            public void appendSource(StringBuilder out) {
                String mark = strong ? "**" : "*";
                out.append(mark).append(inner.source()).append(mark);
            }
        }

        /** {@code {expr}}; {@code source} is the expression as the author wrote it. */
        record Value(Expr expr, String source) implements Span {
            @Override
            public void appendSource(StringBuilder out) {
                out.append('{').append(source).append('}');
            }
        }

        /** {@code {cond: then | otherwise}}; {@code otherwise} is empty when not written. */
        record Conditional(Expr condition, String conditionSource, Text then, Text otherwise) implements Span {
            @Override
            public void appendSource(StringBuilder out) {
                out.append('{').append(conditionSource).append(": ").append(then.source());
                if (!otherwise.spans().isEmpty()) out.append(" | ").append(otherwise.source());
                out.append('}');
            }
        }
    }
}
