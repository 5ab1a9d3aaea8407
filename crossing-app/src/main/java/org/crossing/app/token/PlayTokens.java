package org.crossing.app.token;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.crossing.app.token.InvalidTokenException.Reason;
import org.crossing.story.model.Story;
import org.crossing.story.play.StateCodec;
import org.crossing.story.play.StateFormatException;

/**
 * A journey as a token the player carries: its id, the minute it began and the engine's binary
 * state, signed for one story. The server keeps nothing per player, so any node can serve the
 * next step.
 *
 * <p>The signed payload is a format byte, the 16-byte journey id, the begin minute (4 bytes, big
 * endian), then {@link StateCodec}'s bytes; in the second format ({@link #FORMAT_WITH_DECISIONS})
 * four more bytes at the end, the journey's decisions so far and whether its last step was one
 * ({@link PlayToken#decisions}), so that a page need not replay the journey to count them. A
 * token that does not tell them is written in the first format, which is still read.
 */
public final class PlayTokens {

    /** The payload's first byte: tokens made before journeys had ids are refused as foreign. */
    static final byte FORMAT = 0x4a;
    /** The same, with the decisions made so far after the state. */
    static final byte FORMAT_WITH_DECISIONS = 0x4b;
    static final int HEADER_BYTES = 1 + 16 + 4;
    static final int DECISIONS_BYTES = 4;

    private final TokenSigner signer;

    public PlayTokens(TokenSigner signer) {
        this.signer = signer;
    }

    public String encode(String storySlug, PlayToken token) {
        byte[] state = StateCodec.encode(token.state());
        boolean told = token.decisionsTold();
        ByteBuffer payload = ByteBuffer.allocate(HEADER_BYTES + state.length + (told ? DECISIONS_BYTES : 0));
        payload.put(told ? FORMAT_WITH_DECISIONS : FORMAT).putLong(token.idHigh()).putLong(token.idLow()).putInt(token.begunMinute()).put(state);
        if (told) payload.putInt(token.decisions() << 1 | (token.lastDecided() ? 1 : 0));
        return signer.sign(purpose(storySlug), payload.array());
    }

    /**
     * The story version a token says its journey began in, read without checking the signature
     * (only the first 44 characters are decoded, so it costs next to nothing), or 0 when the
     * token is too short or not base64: after a reload changed the story, the server finds the
     * version to play it in, and then {@link #decode} checks the token whole.
     */
    public static long claimedStoryVersion(String token) {
        // base64url: 44 characters hold 33 bytes, the header and the state's magic, format and version.
        int prefix = 44;
        if (token == null || token.length() <= prefix) return 0;
        try {
            byte[] start = java.util.Base64.getUrlDecoder().decode(token.substring(0, prefix));
            return start[0] != FORMAT && start[0] != FORMAT_WITH_DECISIONS ? 0 : ByteBuffer.wrap(start, HEADER_BYTES + 2, 8).getLong();
        } catch (IllegalArgumentException notBase64) {
            return 0;
        }
    }

    /** The journey in a token made by {@link #encode} for this story and version; anything else is refused with a reason. */
    public PlayToken decode(String storySlug, Story story, String token) throws InvalidTokenException {
        byte[] payload = signer.verify(purpose(storySlug), token);
        boolean told = payload.length > 0 && payload[0] == FORMAT_WITH_DECISIONS;
        if (payload.length < HEADER_BYTES + (told ? DECISIONS_BYTES : 0) || (payload[0] != FORMAT && !told)) {
            // Signed by us, but before journeys carried an id.
            throw new InvalidTokenException(Reason.OLD_SERVER, "the journey was begun by an earlier version of this server");
        }
        ByteBuffer header = ByteBuffer.wrap(payload, 1, HEADER_BYTES - 1);
        long high = header.getLong();
        long low = header.getLong();
        int begunMinute = header.getInt();
        int end = payload.length - (told ? DECISIONS_BYTES : 0);
        int decisions = PlayToken.UNTOLD;
        boolean lastDecided = false;
        if (told) {
            int packed = ByteBuffer.wrap(payload, end, DECISIONS_BYTES).getInt();
            // Signed by us, so never negative; refused all the same rather than trusted blindly.
            if (packed < 0) throw new InvalidTokenException(Reason.NOT_VALID, "the journey in the link is not valid");
            decisions = packed >>> 1;
            lastDecided = (packed & 1) != 0;
        }
        try {
            return new PlayToken(high, low, begunMinute, StateCodec.decode(story, Arrays.copyOfRange(payload, HEADER_BYTES, end)),
                    decisions, lastDecided);
        } catch (StateFormatException e) {
            // Signed by us but not decodable: the story changed shape since the journey began.
            throw new InvalidTokenException(Reason.STORY_CHANGED, "the story has changed since this journey began (" + e.getMessage() + ")");
        }
    }

    private static String purpose(String storySlug) {
        return "play:" + storySlug;
    }
}
