package org.crossing.app.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.compile.StorySource;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;
import org.crossing.story.play.StateCodec;
import org.junit.jupiter.api.Test;

class PlayTokensTest {

    private static final Story STORY = story();
    private final TokenSigner signer = new TokenSigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final PlayTokens tokens = new PlayTokens(signer);

    private static Story story() {
        Compilation compilation = StoryCompiler.compile(StorySource.of("""
                title: The Ferry
                language: en
                start: quay
                == quay ==
                The quay.
                * Board -> deck
                * Wait -> deck
                == deck ==
                The deck.
                ending safe: Across
                """));
        assertThat(compilation.report()).isEmpty();
        return compilation.story();
    }

    private static State moved() {
        return Engine.next(STORY, Engine.begin(STORY, 5), Action.choose(1));
    }

    @Test
    void aJourneyComesBackAsItWentWithItsDecisions() throws Exception {
        PlayToken journey = new PlayToken(11, 22, 33, moved(), 1, true);
        PlayToken back = tokens.decode("ferry", STORY, tokens.encode("ferry", journey));
        assertThat(back).isEqualTo(journey);
        assertThat(PlayTokens.claimedStoryVersion(tokens.encode("ferry", journey))).isEqualTo(STORY.version());
    }

    @Test
    void aJourneyBegunHasMadeNoDecisionsAndOnePlacedFurtherOnLeavesThemUntold() throws Exception {
        PlayToken begun = PlayToken.begin(Engine.begin(STORY, 5), Instant.EPOCH);
        assertThat(tokens.decode("ferry", STORY, tokens.encode("ferry", begun))).extracting(PlayToken::decisions, PlayToken::lastDecided)
                .containsExactly(0, false);
        PlayToken placed = PlayToken.begin(moved(), Instant.EPOCH);
        PlayToken back = tokens.decode("ferry", STORY, tokens.encode("ferry", placed));
        assertThat(back.decisionsTold()).isFalse();
        assertThat(back.state()).isEqualTo(placed.state());
    }

    /** Journeys begun before tokens carried their decisions go on: their pages work the decisions out again. */
    @Test
    void aTokenOfTheFormatBeforeDecisionsStillPlays() throws Exception {
        byte[] state = StateCodec.encode(moved());
        ByteBuffer payload = ByteBuffer.allocate(PlayTokens.HEADER_BYTES + state.length);
        payload.put(PlayTokens.FORMAT).putLong(11).putLong(22).putInt(33).put(state);
        String old = signer.sign("play:ferry", payload.array());
        PlayToken back = tokens.decode("ferry", STORY, old);
        assertThat(back).isEqualTo(new PlayToken(11, 22, 33, moved(), PlayToken.UNTOLD, false));
        assertThat(PlayTokens.claimedStoryVersion(old)).isEqualTo(STORY.version());
    }

    @Test
    void decisionsChangedInTheTokenAreRefused() {
        String token = tokens.encode("ferry", new PlayToken(11, 22, 33, moved(), 1, true));
        int dot = token.indexOf('.');
        byte[] payload = java.util.Base64.getUrlDecoder().decode(token.substring(0, dot));
        payload[payload.length - 1] = (byte) (payload[payload.length - 1] + 2); // one more decision
        String changed = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + token.substring(dot);
        assertThatThrownBy(() -> tokens.decode("ferry", STORY, changed))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("the journey in the link was changed, cut short or made for another story");
    }

    @Test
    void aPayloadTooShortForItsDecisionsIsRefused() {
        String cut = signer.sign("play:ferry", new byte[] {PlayTokens.FORMAT_WITH_DECISIONS, 1, 2});
        assertThatThrownBy(() -> tokens.decode("ferry", STORY, cut))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("the journey was begun by an earlier version of this server")
                .extracting(e -> ((InvalidTokenException) e).reason()).isEqualTo(InvalidTokenException.Reason.OLD_SERVER);
    }
}
