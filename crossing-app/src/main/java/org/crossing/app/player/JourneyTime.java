package org.crossing.app.player;

import java.util.List;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.TimeSpan;
import org.crossing.story.play.State;
import org.crossing.story.play.Step;

/**
 * How long a journey has taken so far, as its story declares it: the {@code after} spans of the
 * scenes it entered after its first, added up in days, and the coarsest unit among them, in which
 * it is told ("7 months", not "211 days", for a journey declared in months).
 *
 * @param days  the days so far (a week is 7, a month 30)
 * @param unit  the coarsest unit of the spans added
 */
record JourneyTime(int days, TimeSpan.Unit unit) {

    /**
     * The time of a journey up to its current scene; null when none of the scenes it entered
     * declares one. A very long journey keeps only its newest steps ({@link State#path}): the time
     * of the older ones is not counted.
     */
    static JourneyTime of(Story story, State state) {
        List<Step> path = state.path();
        long days = 0;
        TimeSpan.Unit unit = null;
        // The first step's scene is where the journey began: reaching it took no time.
        for (int i = 1; i <= path.size(); i++) {
            Scene entered = story.scene(i < path.size() ? path.get(i).scene() : state.scene());
            TimeSpan after = entered.after();
            if (after == null) continue;
            days += after.days();
            if (unit == null || after.unit().days > unit.days) unit = after.unit();
        }
        return unit == null ? null : new JourneyTime((int) Math.min(Integer.MAX_VALUE, days), unit);
    }

    /** The time in the player's words, in its unit, rounded to the nearest: "12 days", "3 weeks", "7 months". */
    String words(Messages messages) {
        long count = Math.max(1, Math.round((double) days / unit.days));
        return messages.count(switch (unit) {
            case DAY -> "time-days";
            case WEEK -> "time-weeks";
            case MONTH -> "time-months";
        }, count);
    }
}
