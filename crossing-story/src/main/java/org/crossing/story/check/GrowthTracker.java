package org.crossing.story.check;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Position;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.model.ValueType;
import org.crossing.story.model.Variable;
import org.crossing.story.play.State;

/**
 * Watches the range of every integer and text variable (text by length) and of every tracked
 * visit count as the exploration finds states, and what last extended each: when the check runs
 * into its limit, what still extended its range in the later half is what keeps the state space
 * growing.
 */
final class GrowthTracker {

    private final Story story;
    private final int variables;
    // Integer and text variables by slot, then tracked visit counts.
    private final long[] low;
    private final long[] high;
    private final int[] extendedAt;
    private final String[] extendedScene;
    private final Position[] extendedPosition;
    private final String[] extendedEffect;

    GrowthTracker(Story story, State start) {
        this.story = story;
        this.variables = story.variables().size();
        int tracked = variables + story.trackedSceneCount();
        low = new long[tracked];
        high = new long[tracked];
        extendedAt = new int[tracked];
        extendedScene = new String[tracked];
        extendedPosition = new Position[tracked];
        extendedEffect = new String[tracked];
        for (int v = 0; v < tracked; v++) {
            long value = measure(start, v);
            low[v] = value;
            high[v] = value;
            extendedAt[v] = -1;
        }
    }

    /** Integers by value, text by length, then tracked visit counts. */
    private long measure(State state, int v) {
        if (v >= variables) return state.trackedVisits(v - variables);
        Object value = state.value(v);
        return switch (value) {
            case Long l -> l;
            case String s -> s.length();
            default -> 0;
        };
    }

    /**
     * Notes which ranges the new state {@code id} extends, and what extended them: an entry
     * effect of its scene, or else an effect of the action taken from {@code fromScene}.
     */
    void observe(int id, State state, Scene fromScene, List<Effect> actionEffects) {
        Scene target = story.scene(state.scene());
        for (int v = 0; v < low.length; v++) {
            if (v < variables && story.variables().get(v).type() == ValueType.BOOLEAN) continue;
            long value = measure(state, v);
            if (value >= low[v] && value <= high[v]) continue;
            low[v] = Math.min(low[v], value);
            high[v] = Math.max(high[v], value);
            extendedAt[v] = id;
            if (v >= variables) {
                Scene scene = story.scene(story.trackedScene(v - variables));
                extendedScene[v] = scene.id();
                extendedPosition[v] = scene.position();
                extendedEffect[v] = null;
                continue;
            }
            Variable variable = story.variables().get(v);
            Effect.Change cause = null;
            String causeScene = target.id();
            for (Effect.Change effect : Effect.changes(target.onEnter())) if (effect.variable().slot() == variable.slot()) cause = effect;
            if (cause == null) {
                causeScene = fromScene.id();
                for (Effect.Change effect : Effect.changes(actionEffects)) if (effect.variable().slot() == variable.slot()) cause = effect;
            }
            extendedScene[v] = causeScene;
            extendedPosition[v] = cause == null ? target.position() : cause.position();
            extendedEffect[v] = cause == null ? null
                    : variable.name() + " " + cause.operation().symbol() + " " + Exprs.source(cause.value());
        }
    }

    /** What extended its range in the later half of {@code states} found: what keeps the state space growing. */
    List<Growth> growing(int states) {
        List<Growth> growing = new ArrayList<>();
        for (int v = 0; v < low.length; v++) {
            if (extendedAt[v] < 0 || extendedAt[v] < states / 2) continue;
            if (v >= variables) {
                Scene scene = story.scene(story.trackedScene(v - variables));
                growing.add(new Growth(Growth.Kind.VISITS, scene.id(), low[v], high[v], extendedScene[v], extendedPosition[v], null));
            } else {
                Variable variable = story.variables().get(v);
                // A bounded integer that has taken every value its declaration allows grows no more.
                if (variable.bounded() && low[v] <= variable.min() && high[v] >= variable.max()) continue;
                Growth.Kind kind = variable.type() == ValueType.TEXT ? Growth.Kind.TEXT : Growth.Kind.INTEGER;
                growing.add(new Growth(kind, variable.name(), low[v], high[v], extendedScene[v], extendedPosition[v], extendedEffect[v]));
            }
        }
        return growing;
    }
}
