package org.crossing.story.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * What an {@link Exploration} found: the reachable states, numbered in order of discovery, each
 * with its parent and the step from it (so witnesses are shortest), its depth and scene; and the
 * edges between them in compressed rows ({@code targets[rowStart[s] .. rowStart[s+1])}, with the
 * chance weights out of {@code total[s]}, and the step each edge takes, coded as {@code step[]} is). The
 * analyses read it; nothing changes it.
 *
 * <p>When the exploration stopped at its limit, states from {@code expanded} on were not (or, for
 * state {@code expanded} itself, not fully) expanded: their rows hold what was found.
 */
final class StateGraph {

    static final int CHANCE_BIT = 1 << 30;
    static final int TIMEOUT_CODE = (1 << 30) - 1;
    static final byte ENDING = 1;
    static final byte DEAD_END = 2;

    final Story story;
    final int size;
    final int expanded;
    final boolean complete;
    final int[] parent;
    final int[] step;
    final int[] depth;
    final int[] sceneOf;
    final byte[] flags;
    final int[] total;
    final int[] rowStart;
    final int[] targets;
    final int[] weights;
    final int[] edgeSteps;

    StateGraph(Story story, int size, int expanded, boolean complete, int[] parent, int[] step, int[] depth,
               int[] sceneOf, byte[] flags, int[] total, int[] rowStart, int[] targets, int[] weights, int[] edgeSteps) {
        this.story = story;
        this.size = size;
        this.expanded = expanded;
        this.complete = complete;
        this.parent = parent;
        this.step = step;
        this.depth = depth;
        this.sceneOf = sceneOf;
        this.flags = flags;
        this.total = total;
        this.rowStart = rowStart;
        this.targets = targets;
        this.weights = weights;
        this.edgeSteps = edgeSteps;
    }

    boolean ending(int state) {
        return (flags[state] & ENDING) != 0;
    }

    boolean deadEnd(int state) {
        return (flags[state] & DEAD_END) != 0;
    }

    /** Per scene index, the first state (so the one with the shortest witness) in it, or -1. */
    int[] firstInScene() {
        int[] first = new int[story.scenes().size()];
        Arrays.fill(first, -1);
        for (int s = 0; s < size; s++) if (first[sceneOf[s]] < 0) first[sceneOf[s]] = s;
        return first;
    }

    /** The choices, chance outcomes and countdowns from the start to {@code state}. */
    Witness witness(int state) {
        List<Witness.Step> steps = new ArrayList<>(depth[state]);
        for (int s = state; parent[s] >= 0; s = parent[s]) steps.add(step(parent[s], step[s]));
        Collections.reverse(steps);
        return new Witness(steps);
    }

    /** The step coded {@code code} (as in {@code step[]}) taken from state {@code from}. */
    Witness.Step step(int from, int code) {
        Scene scene = story.scene(sceneOf[from]);
        if ((code & CHANCE_BIT) != 0) {
            int index = code & ~CHANCE_BIT;
            return new Witness.Step(scene.id(), Witness.Step.Kind.CHANCE, index, outcomeLabel(story, scene, scene.chance().get(index), true));
        }
        if (code == TIMEOUT_CODE) {
            return new Witness.Step(scene.id(), Witness.Step.Kind.TIMEOUT, -1, "-> " + story.scene(scene.timer().target()).id());
        }
        return new Witness.Step(scene.id(), Witness.Step.Kind.CHOICE, code, scene.choices().get(code).label().source());
    }

    /** {@code [cond] 30% -> spotted} or {@code otherwise -> unseen}; without the condition when {@code conditionless}. */
    static String outcomeLabel(Story story, Scene scene, ChanceOutcome outcome, boolean conditionless) {
        String target = story.scene(outcome.target()).id();
        String condition = outcome.condition() == null || conditionless ? "" : "[" + Exprs.source(outcome.condition()) + "] ";
        return outcome.otherwise() ? "otherwise -> " + target : condition + outcome.weight() + "% -> " + target;
    }
}
