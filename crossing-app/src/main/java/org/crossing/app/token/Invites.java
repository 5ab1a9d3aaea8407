package org.crossing.app.token;

import java.security.SecureRandom;

/**
 * Invite codes for early access: before a story's launch only a visitor with a code signed for
 * that story can begin it. A code is a random nonce signed by the server's secret, so codes need
 * no storage and every node accepts them.
 */
public final class Invites {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenSigner signer;

    public Invites(TokenSigner signer) {
        this.signer = signer;
    }

    public String create(String storySlug) {
        byte[] nonce = new byte[9];
        RANDOM.nextBytes(nonce);
        return signer.sign(purpose(storySlug), nonce);
    }

    public boolean valid(String storySlug, String code) {
        return signedFor(purpose(storySlug), code);
    }

    /**
     * The key that media addresses carry before launch, so that only players who may play (their
     * pages show the key) fetch a story's media. One per story and secret, the same on every
     * node: derived from the server's secret, like the codes.
     */
    public String mediaKey(String storySlug) {
        return signer.sign(mediaPurpose(storySlug), new byte[0]);
    }

    public boolean validMediaKey(String storySlug, String key) {
        return signedFor(mediaPurpose(storySlug), key);
    }

    private boolean signedFor(String purpose, String token) {
        if (token == null || token.isEmpty()) return false;
        try {
            signer.verify(purpose, token);
            return true;
        } catch (InvalidTokenException e) {
            return false;
        }
    }

    private static String mediaPurpose(String storySlug) {
        return "media:" + storySlug;
    }

    private static String purpose(String storySlug) {
        return "invite:" + storySlug;
    }
}
