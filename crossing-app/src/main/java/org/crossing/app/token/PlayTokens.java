package org.crossing.app.token;

import org.crossing.story.model.Story;
import org.crossing.story.play.State;
import org.crossing.story.play.StateCodec;
import org.crossing.story.play.StateFormatException;

/**
 * A journey as a token the player carries: the engine's binary state, signed for one story. The
 * server keeps nothing per player, so any node can serve the next step.
 */
public final class PlayTokens {

    private final TokenSigner signer;

    public PlayTokens(TokenSigner signer) {
        this.signer = signer;
    }

    public String encode(String storySlug, State state) {
        return signer.sign(purpose(storySlug), StateCodec.encode(state));
    }

    /** The state in a token made by {@link #encode} for this story and version; anything else is refused with a reason. */
    public State decode(String storySlug, Story story, String token) throws InvalidTokenException {
        byte[] payload = signer.verify(purpose(storySlug), token);
        try {
            return StateCodec.decode(story, payload);
        } catch (StateFormatException e) {
            // Signed by us but not decodable: the story changed shape since the journey began.
            throw new InvalidTokenException("the story has changed since this journey began (" + e.getMessage() + ")");
        }
    }

    private static String purpose(String storySlug) {
        return "play:" + storySlug;
    }
}
