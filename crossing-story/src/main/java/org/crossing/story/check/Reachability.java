package org.crossing.story.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * Where play can go from each explored state: states from which neither an ending nor a dead end
 * can be reached (softlocks), and whether a player can go round a loop and still reach an ending.
 * When the exploration stopped at its limit, a state it did not expand counts as one that may
 * lead anywhere, so a softlock found then is still proven: a loop all of whose ways on were
 * explored and none leaves.
 */
final class Reachability {

    private final StateGraph graph;
    private final Components components;
    /** States from which an ending (or a state not expanded) can be reached. */
    final BitSet canEnd;
    /** States from which an ending or a dead end (or a state not expanded) can be reached: play stops somewhere. */
    final BitSet canStop;

    Reachability(StateGraph graph, Components components) {
        this.graph = graph;
        this.components = components;
        ReverseEdges reverse = new ReverseEdges(graph.size, graph.rowStart, graph.targets);
        // A state the exploration did not expand (it stopped at its limit) might lead anywhere.
        canEnd = reverse.reaching(s -> graph.ending(s) || s >= graph.expanded);
        canStop = reverse.reaching(s -> graph.ending(s) || graph.deadEnd(s) || s >= graph.expanded);
    }

    /** Whether some loop can still reach an ending: playthroughs have no upper length. */
    boolean loops() {
        for (int c = 0; c < components.count(); c++) {
            if (components.cyclic(c) && canEnd.get(components.member(c, 0))) return true;
        }
        return false;
    }

    /**
     * Softlocks: states from which neither an ending nor a dead end can be reached, so play goes
     * round forever. One problem per scene where play first enters such a region, with the
     * scenes of the loops it cannot leave.
     */
    List<Problem> softlocks() {
        Story story = graph.story;
        int n = graph.size;
        List<Problem> problems = new ArrayList<>();
        Set<Integer> reportedScenes = new LinkedHashSet<>();
        for (int s = 0; s < n; s++) {
            if (canStop.get(s)) continue;
            if (graph.parent[s] >= 0 && !canStop.get(graph.parent[s])) continue;
            if (!reportedScenes.add(graph.sceneOf[s])) continue;
            Set<String> loop = new LinkedHashSet<>();
            BitSet seen = new BitSet(n);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            seen.set(s);
            while (!queue.isEmpty() && loop.size() <= 8) {
                int u = queue.poll();
                if (components.cyclic(components.of(u))) loop.add(story.scene(graph.sceneOf[u]).id());
                for (int e = graph.rowStart[u]; e < graph.rowStart[u + 1]; e++) {
                    int t = graph.targets[e];
                    if (!seen.get(t)) {
                        seen.set(t);
                        queue.add(t);
                    }
                }
            }
            Scene scene = story.scene(graph.sceneOf[s]);
            List<String> names = new ArrayList<>();
            for (String id : loop) names.add("'" + id + "'");
            String round = names.size() > 8 ? String.join(", ", names.subList(0, 8)) + " and more" : String.join(", ", names);
            problems.add(new Problem(Problem.Kind.SOFTLOCK, scene.id(), scene.position(),
                    "softlock: from scene '" + scene.id() + "' no ending can be reached",
                    graph.witness(s), List.of("play goes round " + round + " forever")));
        }
        return problems;
    }
}
