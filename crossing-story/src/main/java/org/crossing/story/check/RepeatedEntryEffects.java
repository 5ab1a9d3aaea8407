package org.crossing.story.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * Entry effects that add up: a scene whose {@code ~ money += 3} runs on every entry, in a story
 * where play can come back to the scene (from a shop and back, say), adds the wages again on
 * each return. That is sometimes meant (a day that passes each time) and often not (money that
 * grows when it is spent), so it is a warning, with a shortest journey that enters the scene a
 * second time. Setting a variable to a value ({@code ~ met = true}) is the same on every entry
 * and is not reported, and neither is a conditional effect such as {@code ~ once money += 3}.
 */
final class RepeatedEntryEffects {

    private RepeatedEntryEffects() {}

    static List<Problem> of(StateGraph graph) {
        Story story = graph.story;
        List<Problem> warnings = new ArrayList<>();
        for (Scene scene : story.scenes()) {
            Effect.Change adding = null;
            for (Effect effect : scene.onEnter()) {
                // A conditional effect ('~ once', '{visits(x) == 1: ...}') is guarded by its author.
                if (effect instanceof Effect.Change change && change.operation() != Effect.Operation.SET) {
                    adding = change;
                    break;
                }
            }
            if (adding == null) continue;
            Witness again = reentry(graph, scene.index());
            if (again == null) continue;
            String effect = "~ " + adding.variable().name() + " " + adding.operation().symbol() + " " + Exprs.source(adding.value());
            warnings.add(new Problem(Problem.Kind.REPEATED_ENTRY_EFFECT, scene.id(), adding.position(),
                    "'" + effect + "' in scene '" + scene.id() + "' applies on every entry, and play can enter '"
                            + scene.id() + "' again",
                    again,
                    List.of("if it should apply on the first entry only, write '~ once " + effect.substring(2)
                            + "'; if on some entries, put it on the choices that lead there")));
        }
        return warnings;
    }

    /**
     * A shortest journey that enters {@code scene} a second time: to a state in the scene, then on
     * to another (breadth-first from all its states at once); null when play never comes back.
     */
    private static Witness reentry(StateGraph graph, int scene) {
        int n = graph.size;
        int[] via = new int[n];
        int[] viaStep = new int[n];
        Arrays.fill(via, -2);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int s = 0; s < n; s++) {
            if (graph.sceneOf[s] != scene) continue;
            via[s] = -1;
            queue[tail++] = s;
        }
        while (head < tail) {
            int u = queue[head++];
            for (int e = graph.rowStart[u]; e < graph.rowStart[u + 1]; e++) {
                int t = graph.targets[e];
                if (graph.sceneOf[t] == scene) {
                    List<Witness.Step> back = new ArrayList<>();
                    back.add(graph.step(u, graph.edgeSteps[e]));
                    int s = u;
                    for (; via[s] >= 0; s = via[s]) back.add(graph.step(via[s], viaStep[s]));
                    List<Witness.Step> steps = new ArrayList<>(graph.witness(s).steps());
                    for (int i = back.size() - 1; i >= 0; i--) steps.add(back.get(i));
                    return new Witness(steps);
                }
                if (via[t] != -2) continue;
                via[t] = u;
                viaStep[t] = graph.edgeSteps[e];
                queue[tail++] = t;
            }
        }
        return null;
    }
}
