package org.crossing.story.syntax;

import java.util.List;
import org.crossing.story.model.Position;

/** Rich text as written: plain runs, emphasis, values and conditional parts. */
public record TextNode(List<Span> spans) {

    public TextNode {
        spans = List.copyOf(spans);
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    public sealed interface Span {}

    public record Plain(String text) implements Span {}

    public record Emphasis(boolean strong, TextNode inner) implements Span {}

    public record Value(ExprNode expr, String source) implements Span {}

    public record Conditional(ExprNode condition, String source, TextNode then, TextNode otherwise) implements Span {}

    /** {@code {sequence: a | b}}, {@code {cycle: a | b}} or {@code {once: a | b}}: text that changes as the player returns. */
    public record Variation(String kind, List<TextNode> alternatives) implements Span {
        public Variation {
            alternatives = List.copyOf(alternatives);
        }
    }
}
