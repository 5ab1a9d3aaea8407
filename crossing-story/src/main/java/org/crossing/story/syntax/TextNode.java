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
}
