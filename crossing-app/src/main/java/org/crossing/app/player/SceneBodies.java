package org.crossing.app.player;

import org.crossing.app.http.PageBytes;
import org.crossing.app.http.RenderedHtml;

import gg.jte.Content;
import gg.jte.generated.precompiled.JteblocksGenerated;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.List;
import java.util.function.Supplier;
import org.crossing.story.model.Block;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Text;

/**
 * The body of each scene (its text, fact cards, pictures with their hotspots, film and sound) as
 * HTML. Most scenes read the same on every journey: their body is rendered once per loaded story
 * and kept in the player's cache ({@link StoryCache#renderedBody}), so a page request copies it instead of
 * escaping and writing it again. A scene whose text shows a value or depends on a condition is
 * rendered for each page, from the journey's state.
 */
final class SceneBodies {

    private SceneBodies() {}

    private static final int BODY_CAPACITY = 2 * 1024;

    /**
     * The body of {@code scene}; {@code views} gives the scene's blocks as the journey sees them,
     * and is asked only when the body is not kept already; {@code sources}: the story's sources page.
     */
    static Content body(StoryCache cache, String sources, Scene scene, Supplier<List<Views.BlockView>> views) {
        Messages text = Messages.of(cache.published().language());
        if (!readsTheSameOnEveryJourney(scene)) return live(sources, text, views.get());
        byte[] html = cache.renderedBody(scene.index());
        if (html == null) {
            PageBytes out = new PageBytes(BODY_CAPACITY);
            render(new OwaspHtmlTemplateOutput(out), sources, text, views.get());
            html = out.toByteArray();
            // Two requests may render the same body at once; both results are the same bytes.
            cache.keepRenderedBody(scene.index(), html);
        }
        return new RenderedHtml(html);
    }

    /** Renders the blocks into the page being written, as the page's template would; {@code sources}: the story's sources page. */
    static Content live(String sources, Messages text, List<Views.BlockView> blocks) {
        return output -> render(output instanceof HtmlTemplateOutput html ? html : new OwaspHtmlTemplateOutput(output), sources, text, blocks);
    }

    /** The blocks template, called directly as the page templates are ({@link PlayerRoutes}). */
    private static void render(HtmlTemplateOutput output, String sources, Messages text, List<Views.BlockView> blocks) {
        JteblocksGenerated.render(output, null, blocks, sources, text);
    }

    /** Whether no text of the scene's body shows a value or depends on a condition. */
    static boolean readsTheSameOnEveryJourney(Scene scene) {
        for (Block block : scene.blocks()) {
            if (block instanceof Block.Paragraph p && !fixed(p.text())) return false;
        }
        return true;
    }

    /** Whether a text reads the same on every journey: no value, condition or variation in it. */
    static boolean fixed(Text text) {
        for (Text.Span span : text.spans()) {
            switch (span) {
                case Text.Span.Plain plain -> { }
                case Text.Span.Emphasis emphasis -> {
                    if (!fixed(emphasis.inner())) return false;
                }
                case Text.Span.Value value -> {
                    return false;
                }
                case Text.Span.Conditional conditional -> {
                    return false;
                }
                case Text.Span.Variation variation -> {
                    return false;
                }
            }
        }
        return true;
    }
}
