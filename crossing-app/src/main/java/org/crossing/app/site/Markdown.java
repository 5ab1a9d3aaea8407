package org.crossing.app.site;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to HTML with commonmark-java. Raw HTML in the text is escaped and link schemes other
 * than http, https and mailto (javascript:, data:) are dropped, so a post can never inject script
 * into the site.
 */
final class Markdown {

    /** A link or image destination in the text, with its line in the file. */
    record Reference(String destination, int line, boolean image) {}

    /** The rendered body. */
    record Rendered(String html, String firstParagraph, List<Reference> references) {}

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /**
     * The schemes a link may use; any other (javascript:, data:, vbscript:, file:) becomes an
     * empty link. The library's own list allows data:, which can carry an HTML page or an SVG
     * with script, and images come from the site's media folder only.
     */
    static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto");
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SAFE_SCHEMES)).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {}

    static Rendered render(String markdown, int firstLine) {
        return render(markdown, firstLine, null);
    }

    /**
     * Renders {@code markdown}; with a {@code language}, links to this site's pages (not its media
     * or calendars) carry {@code ?lang=LANGUAGE}, so that a reader following them stays in the
     * language of the page they came from. References keep the destinations as written.
     */
    static Rendered render(String markdown, int firstLine, String language) {
        Node document = PARSER.parse(markdown);
        List<Reference> references = new ArrayList<>();
        String[] firstParagraph = {null};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                references.add(new Reference(link.getDestination(), lineOf(link, firstLine), false));
                if (language != null) link.setDestination(SiteLinks.inLanguage(link.getDestination(), language));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                references.add(new Reference(image.getDestination(), lineOf(image, firstLine), true));
                visitChildren(image);
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (firstParagraph[0] == null) firstParagraph[0] = words(paragraph);
                visitChildren(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                // A post's title is the page's h1: headings in the text start one level below.
                if (heading.getLevel() == 1) heading.setLevel(2);
                visitChildren(heading);
            }
        });
        return new Rendered(HTML.render(document), firstParagraph[0] == null ? "" : firstParagraph[0], references);
    }

    /**
     * The words of a paragraph as a reader sees them, for a summary: link texts without their
     * addresses (the text renderer writes {@code "text" (/address)}), line breaks as spaces.
     */
    private static String words(Paragraph paragraph) {
        StringBuilder out = new StringBuilder();
        paragraph.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak lineBreak) {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }

    /** Plain text of a short Markdown line, for titles and summaries. */
    static String plain(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    private static int lineOf(Node node, int firstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
    }
}
