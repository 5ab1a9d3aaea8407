package org.crossing.app.token;

import java.security.SecureRandom;
import java.time.Instant;
import org.crossing.story.play.State;

/**
 * What a play token carries: the journey's anonymous id, the minute it began, and where it
 * stands. The id is 128 random bits drawn at begin; it names the journey, never the player, and
 * lets statistics count each step of a journey once however often its token is sent.
 *
 * @param idHigh the id's first 64 bits
 * @param idLow its last 64 bits
 * @param begunMinute when the journey began, in minutes since 1970 (UTC)
 */
public record PlayToken(long idHigh, long idLow, int begunMinute, State state) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new journey: a fresh random id, begun now. */
    public static PlayToken begin(State state, Instant now) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) high = (high << 8) | (id[i] & 0xff);
        for (int i = 8; i < 16; i++) low = (low << 8) | (id[i] & 0xff);
        return new PlayToken(high, low, (int) (now.getEpochSecond() / 60), state);
    }

    /** The same journey, moved on to {@code next}. */
    public PlayToken next(State next) {
        return new PlayToken(idHigh, idLow, begunMinute, next);
    }

    /** When the journey began, to the minute. */
    public Instant begun() {
        return Instant.ofEpochSecond(begunMinute * 60L);
    }
}
