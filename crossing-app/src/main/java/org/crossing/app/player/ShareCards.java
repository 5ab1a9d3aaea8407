package org.crossing.app.player;

import java.awt.Color;
import org.crossing.app.token.ShareCard;
import org.crossing.story.model.Scene;

/**
 * What a shared outcome's card shows, put together from the story (in the reader's language) and
 * the shared code: the card itself, and the ending's card without what varies from journey to
 * journey, which stands in for it when drawing is busy ({@link ShareImage#png}).
 */
record ShareCards(ShareImage.Card shown, ShareImage.Card endingOnly) {

    static ShareCards of(Pages pages, PublishedStory story, ShareCard card) {
        Views.SharePage page = pages.share(story, card, "", "");
        Scene ending = story.story().scene(card.endingScene());
        String title = story.story().title();
        String hashtag = story.story().metadata().hashtag();
        Color accent = ShareImage.accent(ending.ending().kind().tone());
        CardPicture.Source picture = CardPicture.of(story, ending);
        ShareImage.Card shown = new ShareImage.Card(title, page.kindLabel(), accent, page.summary(), page.journey(), hashtag,
                pages.cardMap(story, card), picture);
        // The ending alone: its summary without the journey's values, no route.
        String plainSummary = pages.endingWithoutValues(story, ending);
        ShareImage.Card endingOnly = new ShareImage.Card(title, page.kindLabel(), accent, plainSummary, "", hashtag, null, picture);
        return new ShareCards(shown, endingOnly);
    }
}
