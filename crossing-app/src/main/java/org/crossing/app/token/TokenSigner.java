package org.crossing.app.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.crossing.app.token.InvalidTokenException.Reason;

/**
 * Signs and verifies opaque tokens with HMAC-SHA256: {@code base64url(payload) "." base64url(mac)}.
 *
 * <p>Every token is signed for a purpose (such as {@code play:night-train}), which goes into the
 * MAC but not into the token, so a token made for one story or one use is refused by every other.
 * The MAC is cut to 128 bits, as RFC 2104 allows, to keep tokens short in URLs.
 *
 * <p>Thread-safe: {@link Mac} is not, so each call clones an initialised prototype, which is much
 * cheaper than a thread-local would be under virtual threads (one new thread per request).
 */
public final class TokenSigner {

    static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Longer tokens are refused before any work: no state of a real story comes near this. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final Mac prototype;

    public TokenSigner(byte[] secret) {
        if (secret.length < 32) throw new IllegalArgumentException("the token secret must be at least 32 bytes long");
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256", e);
        }
    }

    public String sign(String purpose, byte[] payload) {
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(purpose, payload));
    }

    /** The payload of a token signed for {@code purpose} by this signer's secret. */
    public byte[] verify(String purpose, String token) throws InvalidTokenException {
        if (token == null || token.isEmpty()) throw new InvalidTokenException(Reason.NO_JOURNEY, "the link has no journey in it");
        if (token.length() > MAX_TOKEN_LENGTH) throw new InvalidTokenException(Reason.TOO_LONG, "the journey in the link is too long");
        int dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) throw new InvalidTokenException(Reason.MALFORMED, "the journey in the link is cut short or malformed");
        byte[] payload;
        byte[] mac;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            mac = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(Reason.NOT_VALID, "the journey in the link is not valid");
        }
        if (!MessageDigest.isEqual(mac, mac(purpose, payload))) {
            throw new InvalidTokenException(Reason.CHANGED, "the journey in the link was changed, cut short or made for another story");
        }
        // Base64 has several spellings of the same bytes (padding, unused low bits); accept only
        // the one sign() writes, so that each journey and shared outcome has exactly one address.
        if (!token.equals(ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac))) {
            throw new InvalidTokenException(Reason.NOT_VALID, "the journey in the link is not valid");
        }
        return payload;
    }

    private byte[] mac(String purpose, byte[] payload) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned in this JVM", e);
        }
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    }
}
