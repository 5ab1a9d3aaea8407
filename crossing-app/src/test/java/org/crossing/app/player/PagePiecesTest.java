package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crossing.app.token.ShareCard;
import org.junit.jupiter.api.Test;

/** Pieces of ending pages kept by the story version they were rendered for, without keeping that version alive. */
class PagePiecesTest {

    private static final Views.Head HEAD = new Views.Head("Ending", "en", "", "", "", null);
    private static final ShareCard CARD = new ShareCard(3, "Safe", 4, List.of(0, 2));

    private static Views.ShareView shareView(String url) {
        return new Views.ShareView(url, List.of(), "", "Shared", url + "/card.png", url + "/card-small.png", "A card");
    }

    @Test
    void aPieceIsRenderedOnceForItsStoryVersionAndOutcome() throws Exception {
        PagePieces pieces = new PagePieces();
        StoryCache story = new StoryCache(StoryCatalog.load(Paths.get("..", "examples", "lighthouse")).all().get(0), "");
        AtomicInteger rendered = new AtomicInteger();

        String first = pieces.share(story, "http://a", CARD, () -> { rendered.incrementAndGet(); return shareView("http://a/s/x"); }, HEAD).toString();
        String again = pieces.share(story, "http://a", CARD, () -> { rendered.incrementAndGet(); return shareView("http://b/s/x"); }, HEAD).toString();

        assertThat(rendered.get()).isEqualTo(1);
        assertThat(again).isEqualTo(first).contains("http://a/s/x");
    }

    @Test
    void aStoryLoadedAgainGetsPiecesOfItsOwn() throws Exception {
        PagePieces pieces = new PagePieces();
        StoryCache before = new StoryCache(StoryCatalog.load(Paths.get("..", "examples", "lighthouse")).all().get(0), "");
        StoryCache after = new StoryCache(StoryCatalog.load(Paths.get("..", "examples", "lighthouse")).all().get(0), "");

        pieces.share(before, "http://a", CARD, () -> shareView("http://a/old"), HEAD);
        String shown = pieces.share(after, "http://a", CARD, () -> shareView("http://a/new"), HEAD).toString();

        assertThat(shown).contains("http://a/new").doesNotContain("http://a/old");
    }

    @Test
    void aKeptPieceDoesNotKeepItsStoryInMemory() throws Exception {
        PagePieces pieces = new PagePieces();
        StoryCache story = new StoryCache(StoryCatalog.load(Paths.get("..", "examples", "lighthouse")).all().get(0), "");
        pieces.share(story, "http://a", CARD, () -> shareView("http://a/s/x"), HEAD);
        WeakReference<StoryCache> replaced = new WeakReference<>(story);
        story = null;

        // A story replaced by a reload is unreachable once the player lets go of it; a piece kept
        // in the bounded cache must not hold it (nor its compiled story and scene bodies) until evicted.
        for (int i = 0; i < 50 && replaced.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(replaced.get()).isNull();
        assertThat(pieces.size()).isEqualTo(1);
    }
}
