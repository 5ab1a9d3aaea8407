package org.crossing.app.token;

import java.security.SecureRandom;
import java.time.Instant;
import org.crossing.story.play.State;

/**
 * What a play token carries: the journey's anonymous id, the minute it began, where it stands,
 * and how many real decisions it has made so far. The id is 128 random bits drawn at begin; it
 * names the journey, never the player, and lets statistics count each step of a journey once
 * however often its token is sent.
 *
 * @param idHigh the id's first 64 bits
 * @param idLow its last 64 bits
 * @param begunMinute when the journey began, in minutes since 1970 (UTC)
 * @param decisions the real decisions made so far (what counts as one is the player's to say), or
 *                  {@link #UNTOLD} when the token does not say: made before tokens carried it, or
 *                  placed mid-story by hand
 * @param lastDecided whether the journey's last step was one of them
 */
public record PlayToken(long idHigh, long idLow, int begunMinute, State state, int decisions, boolean lastDecided) {

    /** {@link #decisions} when the token does not carry them: whoever needs them works them out from the state. */
    public static final int UNTOLD = -1;

    private static final SecureRandom RANDOM = new SecureRandom();

    public PlayToken {
        if (decisions < UNTOLD) throw new IllegalArgumentException("decisions: " + decisions);
        if (decisions == UNTOLD) lastDecided = false;
    }

    /**
     * A new journey: a fresh random id, begun now. A journey at its start has made no decisions;
     * one placed further on (by a test or a tool) leaves them untold.
     */
    public static PlayToken begin(State state, Instant now) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) high = (high << 8) | (id[i] & 0xff);
        for (int i = 8; i < 16; i++) low = (low << 8) | (id[i] & 0xff);
        return new PlayToken(high, low, (int) (now.getEpochSecond() / 60), state, state.stepCount() == 0 ? 0 : UNTOLD, false);
    }

    /** The same journey, moved on to {@code next} with {@code decisions} made so far, the last step one of them or not. */
    public PlayToken next(State next, int decisions, boolean lastDecided) {
        return new PlayToken(idHigh, idLow, begunMinute, next, decisions, lastDecided);
    }

    /** Whether the token says how many decisions the journey made. */
    public boolean decisionsTold() {
        return decisions != UNTOLD;
    }

    /** When the journey began, to the minute. */
    public Instant begun() {
        return Instant.ofEpochSecond(begunMinute * 60L);
    }
}
