package org.crossing.story.check;

import java.util.Arrays;
import java.util.BitSet;

/** The most choices in a playthrough, over states that can still reach an ending, in a graph whose loops cannot. */
final class LongestPath {

    private LongestPath() {}

    /** The most steps from the start to an ending; -1 when no ending is reached. */
    static int of(StateGraph graph, Components components, BitSet canEnd) {
        if (canEnd.isEmpty()) return -1;
        int[] longest = new int[graph.size];
        Arrays.fill(longest, -1);
        longest[0] = 0;
        int most = -1;
        // Components are numbered sinks first: from the highest down is topological order.
        for (int c = components.count() - 1; c >= 0; c--) {
            int s = components.member(c, 0);
            if (longest[s] < 0 || !canEnd.get(s)) continue;
            for (int e = graph.rowStart[s]; e < graph.rowStart[s + 1]; e++) {
                int t = graph.targets[e];
                if (canEnd.get(t)) longest[t] = Math.max(longest[t], longest[s] + 1);
            }
            if (graph.ending(s)) most = Math.max(most, longest[s]);
        }
        return most;
    }
}
