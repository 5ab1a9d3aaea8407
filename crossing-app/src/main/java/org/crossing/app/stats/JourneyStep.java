package org.crossing.app.stats;

import java.util.UUID;

/**
 * One step of one journey, as counted: the journey's random id and begin minute (from its
 * token), the step's number in the journey ({@code step}: 0 for the begin, n + 1 for the action
 * taken after n steps), when it was taken, what it was, and where it led. Nothing about the player.
 *
 * @param kind what the step was; for {@link Kind#BEGIN} {@code scene} is the start scene
 * @param scene the id of the scene the step was taken in
 * @param item the choice, the chance outcome, or for a countdown the default choice taken (-1 for none)
 * @param arrivalIndex the index of the scene the step led to, and {@code arrival} its id
 * @param chapter the number of that scene's chapter, or -1 for none
 * @param ending whether that scene is an ending
 * @param again whether this is a step sent again from a later token, in case the node that took it
 *     died before writing it: such a step is written (and counted there if it is new) but not
 *     shown on this node's pages or metrics, where it was shown already
 * @param decidedHere whether the journey had taken a choice (or let a countdown run out) in this
 *     scene before, as its token shows: a looping journey's later decisions in a scene are
 *     counted for the studio ({@code play_day}) but not again in what players see ({@code play_count})
 */
public record JourneyStep(long idHigh, long idLow, String story, String version, int begunMinute, int step, long at,
                          Kind kind, String scene, int item, int arrivalIndex, String arrival, int chapter, boolean ending,
                          boolean again, boolean decidedHere) {

    /** A step as taken, not sent again, in a scene the journey decides in for the first time. */
    public JourneyStep(long idHigh, long idLow, String story, String version, int begunMinute, int step, long at,
                       Kind kind, String scene, int item, int arrivalIndex, String arrival, int chapter, boolean ending) {
        this(idHigh, idLow, story, version, begunMinute, step, at, kind, scene, item, arrivalIndex, arrival, chapter, ending, false, false);
    }

    public enum Kind { BEGIN, CHOICE, TIMEOUT, CHANCE }

    /** Steps past this number in one journey are not counted: it bounds what one looping journey can write. */
    public static final int MAX_STEP = 1023;

    public UUID journey() {
        return new UUID(idHigh, idLow);
    }

    /** Which step of which journey: counted at most once. */
    Key key() {
        return new Key(idHigh, idLow, step);
    }

    record Key(long idHigh, long idLow, int step) {}

    /**
     * Where the display totals shown to players ({@code play_count}) count this step, or null for
     * nowhere: each journey counts once per scene, with its first decision there, so that one
     * player looping through a scene cannot weigh on "what others chose".
     */
    CounterKey choiceKey() {
        if (decidedHere) return null;
        if (kind == Kind.CHOICE || (kind == Kind.TIMEOUT && item >= 0)) return CounterKey.choice(story, version, scene, item);
        return null;
    }
}
