package org.crossing.story.compile;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Expr;
import org.crossing.story.model.Text;
import org.crossing.story.syntax.TextNode;

/** Compiles rich text: resolves the names in its values and conditions. */
final class TextCompiler {

    private final ExprCompiler expressions;
    /** The scene whose text is compiled: text variations follow its visits. */
    int scene;

    TextCompiler(ExprCompiler expressions) {
        this.expressions = expressions;
    }

    Text text(TextNode node) {
        List<Text.Span> spans = new ArrayList<>();
        for (TextNode.Span span : node.spans()) {
            switch (span) {
                case TextNode.Plain plain -> spans.add(new Text.Span.Plain(plain.text()));
                case TextNode.Emphasis em -> spans.add(new Text.Span.Emphasis(text(em.inner()), em.strong()));
                case TextNode.Value value -> {
                    Expr expr = expressions.expression(value.expr());
                    if (expr != null) spans.add(new Text.Span.Value(expr, value.source()));
                }
                case TextNode.Conditional cond -> {
                    Expr condition = expressions.condition(cond.condition(), "the condition of '{" + cond.source() + ": ...}'");
                    Text then = text(cond.then());
                    Text otherwise = text(cond.otherwise());
                    if (condition != null) spans.add(new Text.Span.Conditional(condition, cond.source(), then, otherwise));
                }
                case TextNode.Variation variation -> {
                    List<Text> alternatives = new ArrayList<>(variation.alternatives().size());
                    for (TextNode alternative : variation.alternatives()) alternatives.add(text(alternative));
                    Text.Span.Variation.Kind kind = Text.Span.Variation.Kind.valueOf(variation.kind().toUpperCase(java.util.Locale.ROOT));
                    expressions.trackedScenes.add(scene);
                    spans.add(new Text.Span.Variation(kind, alternatives, scene));
                }
            }
        }
        return new Text(spans);
    }

    /** Joins the lines of a paragraph with single spaces. */
    static Text join(List<Text> lines) {
        List<Text.Span> spans = new ArrayList<>();
        for (Text line : lines) {
            if (!spans.isEmpty()) spans.add(new Text.Span.Plain(" "));
            spans.addAll(line.spans());
        }
        return new Text(spans);
    }
}
