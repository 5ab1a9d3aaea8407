package org.crossing.app.http;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.function.Consumer;

/**
 * A piece of a page rendered once into UTF-8 bytes, written into each page that shows it as it
 * is: escaping and encoding its text again on every request is what a page's parts that do not
 * change from one journey to the next would otherwise cost (docs/benchmarks.md).
 */
public record RenderedHtml(byte[] bytes) implements Content {

    /** The HTML {@code template} writes, escaped as a page's template escapes it. */
    public static RenderedHtml of(Consumer<HtmlTemplateOutput> template) {
        PageBytes out = new PageBytes(1024);
        template.accept(new OwaspHtmlTemplateOutput(out));
        return new RenderedHtml(out.toByteArray());
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(bytes);
    }

    @Override
    public String toString() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
