package org.crossing.app.player;

import org.crossing.app.http.RenderedHtml;

import gg.jte.generated.precompiled.JtechapteropeningGenerated;
import gg.jte.generated.precompiled.JtescenesoundsGenerated;
import gg.jte.generated.precompiled.JtescenetimerGenerated;
import gg.jte.generated.precompiled.JtescenetopGenerated;
import java.util.List;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Scene;

/**
 * The parts of a scene's page that read the same on every journey through it, in one language,
 * rendered once into HTML and kept in the story's {@link StoryCache}: the header's story title,
 * chapter and place, the chapter's opening, the scene's sounds and its countdown's block, and
 * the description search results show. A page writes them as they are; only what depends on the
 * journey (the token, the heading, the strip, the choices, what others chose) is written per
 * request.
 *
 * @param opening     null when the scene's chapter has no picture; shown on the first scene a journey reaches in it
 * @param sounds      null when the scene plays none
 * @param timer       null when no countdown runs
 * @param description what a search result shows for the page ({@link Pages#sceneDescription})
 */
record ScenePieces(RenderedHtml top, RenderedHtml opening, RenderedHtml sounds, RenderedHtml timer, String description) {

    static ScenePieces of(PublishedStory s, Scene scene) {
        Messages text = Messages.of(Pages.lang(s));
        // the pieces use the player's words and the links that keep the story's language, nothing of a page's own head
        Views.Head head = new Views.Head(null, text.language(), null, null, null, null, text, List.of(), null, Pages.langQuery(s));
        Views.StoryRef story = Pages.ref(s);
        String chapter = Pages.chapter(text, scene);
        String place = scene.place() == null ? null : scene.place().name();
        RenderedHtml top = RenderedHtml.of(out -> JtescenetopGenerated.render(out, null, story, head, chapter, place));
        Chapter in = scene.chapter();
        RenderedHtml opening = null;
        if (in != null && in.picture() != null) {
            Views.ChapterOpening view = Pages.chapterOpening(s, in);
            opening = RenderedHtml.of(out -> JtechapteropeningGenerated.render(out, null, view, head));
        }
        Views.SceneSounds heard = new Views.SceneSounds(
                in == null || in.bed() == null ? null : Pages.sound(s, in.bed().file(), in.bed().captions(), in.bed().description()),
                scene.ambient() == null ? null : Pages.sound(s, scene.ambient().file(), scene.ambient().captions(), scene.ambient().description()),
                scene.sound() == null ? null : Pages.sound(s, scene.sound().file(), scene.sound().captions(), scene.sound().description()));
        RenderedHtml sounds = heard.any() ? RenderedHtml.of(out -> JtescenesoundsGenerated.render(out, null, heard, head)) : null;
        boolean timed = scene.timer() != null && !scene.isChance();
        RenderedHtml timer = timed ? RenderedHtml.of(out -> JtescenetimerGenerated.render(out, null, scene.timer().seconds(), head)) : null;
        return new ScenePieces(top, opening, sounds, timer, Pages.sceneDescription(text, s.story(), scene));
    }
}
