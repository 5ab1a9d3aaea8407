package org.crossing.story.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossing.story.model.Scene;

/**
 * The shortest journey into every scene an exploration reached, kept as the tree they form: each
 * state on one of them with its parent and the step from it. A journey is built when asked for.
 *
 * <p>Why not the journeys themselves: each is as long as the way to its scene, so building all of
 * them costs work and memory in the square of the story's length. For a generated story of
 * 10,000 scenes that was tens of millions of steps, 54 KB a checked state and 18 s of a check that
 * otherwise takes one (issue 14). The tree has at most one node per explored state, and in a
 * story whose shortest journeys share their beginnings, about one per scene.
 *
 * <p>What needs every journey (the studio replays them all to measure what they show) walks the
 * tree instead, each shared beginning once: nodes are numbered in the order the exploration met
 * their states, so the start is node 0 and a node's parent always comes before it.
 */
public final class ShortestJourneys {

    /** The tree node of the journey's end, by scene id; scenes not reached are absent. */
    private final Map<String, Integer> endOf;
    /** Each node's parent, or -1 at the start. */
    private final int[] parent;
    /** The step from a node's parent to it; null at the start. */
    private final Witness.Step[] step;

    private ShortestJourneys(Map<String, Integer> endOf, int[] parent, Witness.Step[] step) {
        this.endOf = endOf;
        this.parent = parent;
        this.step = step;
    }

    /** The journeys to {@code firstInScene} (per scene index, its first state, or -1). */
    static ShortestJourneys of(StateGraph graph, int[] firstInScene) {
        boolean[] onAJourney = new boolean[graph.size];
        for (int first : firstInScene) {
            for (int s = first; s >= 0 && !onAJourney[s]; s = graph.parent[s]) onAJourney[s] = true;
        }
        // in the exploration's order, in which a state's parent was met before it
        int[] node = new int[graph.size];
        Arrays.fill(node, -1);
        int nodes = 0;
        for (int s = 0; s < graph.size; s++) if (onAJourney[s]) node[s] = nodes++;
        int[] parent = new int[nodes];
        Witness.Step[] step = new Witness.Step[nodes];
        for (int s = 0; s < graph.size; s++) {
            if (node[s] < 0) continue;
            int p = graph.parent[s];
            parent[node[s]] = p < 0 ? -1 : node[p];
            step[node[s]] = p < 0 ? null : graph.step(p, graph.step[s]);
        }
        Map<String, Integer> endOf = new HashMap<>();
        for (Scene scene : graph.story.scenes()) {
            int first = firstInScene[scene.index()];
            if (first >= 0) endOf.put(scene.id(), node[first]);
        }
        return new ShortestJourneys(endOf, parent, step);
    }

    /** How many nodes the tree has: the start and every state on a shortest journey, each once. */
    public int size() {
        return parent.length;
    }

    /** The node {@code node}'s journey came from, always a smaller number; -1 for the start. */
    public int parent(int node) {
        return parent[node];
    }

    /** The step from {@code node}'s parent into it; null for the start. */
    public Witness.Step step(int node) {
        return step[node];
    }

    /** The node where the shortest journey into the scene {@code id} ends, or -1 when it was not reached. */
    public int end(String id) {
        Integer end = endOf.get(id);
        return end == null ? -1 : end;
    }

    /** The shortest journey into the scene {@code id}, or empty when it was not reached. */
    public Optional<Witness> to(String id) {
        Integer end = endOf.get(id);
        if (end == null) return Optional.empty();
        List<Witness.Step> steps = new ArrayList<>();
        for (int n = end; parent[n] >= 0; n = parent[n]) steps.add(step[n]);
        Collections.reverse(steps);
        return Optional.of(new Witness(steps));
    }
}
