package org.crossing.app.player;

import org.crossing.app.http.RenderedHtml;

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
 * @param description what a search result shows for the page
 */
record ScenePieces(RenderedHtml top, RenderedHtml opening, RenderedHtml sounds, RenderedHtml timer, String description) {
}
