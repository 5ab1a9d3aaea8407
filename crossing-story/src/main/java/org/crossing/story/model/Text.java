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

        /**
         * {@code {sequence: a | b}}: text that changes with the visits to {@code scene}, the scene
         * it stands in. On the n-th visit a sequence shows its n-th alternative and then keeps the
         * last; a cycle starts again after the last; once shows each alternative once, then nothing.
         */
        record Variation(Kind kind, List<Text> alternatives, int scene) implements Span {
            public Variation {
                alternatives = List.copyOf(alternatives);
            }

            public enum Kind {
                SEQUENCE, CYCLE, ONCE;

                public String word() {
                    return name().toLowerCase(java.util.Locale.ROOT);
                }
            }

            /** The alternative shown on the {@code visit}-th visit (from 1), or null when it shows nothing. */
            public Text on(int visit) {
                int n = alternatives.size();
                int i = Math.max(0, visit - 1);
                return switch (kind) {
                    case SEQUENCE -> alternatives.get(Math.min(i, n - 1));
                    case CYCLE -> alternatives.get(i % n);
                    case ONCE -> i < n ? alternatives.get(i) : null;
                };
            }

            @Override
            public void appendSource(StringBuilder out) {
                out.append('{').append(kind.word()).append(": ");
                for (int i = 0; i < alternatives.size(); i++) {
                    if (i > 0) out.append(" | ");
                    out.append(alternatives.get(i).source());
                }
                out.append('}');
            }
        }
    }
}
