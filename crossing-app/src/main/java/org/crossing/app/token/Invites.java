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
        if (code == null || code.isEmpty()) return false;
        try {
            signer.verify(purpose(storySlug), code);
            return true;
        } catch (InvalidTokenException e) {
            return false;
        }
    }

    private static String purpose(String storySlug) {
        return "invite:" + storySlug;
    }
}
