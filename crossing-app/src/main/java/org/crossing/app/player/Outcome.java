package org.crossing.app.player;

import java.util.List;
import java.util.function.Function;
import org.crossing.app.token.ShareCard;
import org.crossing.story.model.Scene;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.State;

/**
 * A finished journey, as its ending page shows it: the ending's summary as the player reads it,
 * the decisions made, the places passed, and its share card.
 *
 * @param token       the journey's token, for "play again"
 * @param summary     the ending's summary with the journey's values ({@link Narrator#plain})
 * @param decisions   the journey's decisions ({@link Journey#decisions(org.crossing.story.model.Story, org.crossing.app.token.PlayToken)})
 * @param placeScenes the scenes with a place the journey entered ({@link Journey#placeScenes})
 * @param base        the server's address as the request saw it ("https://host"), which the share address starts with
 * @param address     gives the address of a share card's page: signing the card, it is asked only when the ending
 *                    page's share block is not kept already ({@link PagePieces})
 */
record Outcome(PublishedStory story, State state, String token, String summary, Journey.Decisions decisions, List<Integer> placeScenes,
               ShareCard card, String base, Function<ShareCard, String> address) {

    /** The outcome of a finished journey; {@code address} gives the address of its share card's page. */
    static Outcome of(PublishedStory story, State state, Journey.Decisions decisions, String token, String base,
                      Function<ShareCard, String> address) {
        String summary = Narrator.plain(story.story(), state, story.story().scene(state.scene()).ending().summary());
        List<Integer> placeScenes = Journey.placeScenes(story.story(), state);
        ShareCard card = new ShareCard(state.scene(), summary, decisions.count(), placeScenes);
        return new Outcome(story, state, token, summary, decisions, placeScenes, card, base, address);
    }

    /** The address of the outcome's shared page, without a language. */
    String shareUrl() {
        return address.apply(card);
    }

    /** The ending scene reached. */
    Scene ending() {
        return story.story().scene(state.scene());
    }
}
