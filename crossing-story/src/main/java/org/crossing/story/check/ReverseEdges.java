package org.crossing.story.check;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/** The edges of a graph in compressed rows, turned round: for what can reach what. */
final class ReverseEdges {

    private final int n;
    private final int[] start;
    private final int[] sources;

    ReverseEdges(int n, int[] rowStart, int[] targets) {
        this.n = n;
        start = new int[n + 1];
        for (int e = 0; e < rowStart[n]; e++) start[targets[e] + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        sources = new int[rowStart[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int s = 0; s < n; s++) {
            for (int e = rowStart[s]; e < rowStart[s + 1]; e++) sources[fill[targets[e]]++] = s;
        }
    }

    /** The nodes from which some node that passes {@code goal} can be reached (the goals included). */
    BitSet reaching(IntPredicate goal) {
        BitSet reached = new BitSet(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int s = 0; s < n; s++) {
            if (goal.test(s)) {
                reached.set(s);
                queue[tail++] = s;
            }
        }
        while (head < tail) {
            int t = queue[head++];
            for (int i = start[t]; i < start[t + 1]; i++) {
                int s = sources[i];
                if (!reached.get(s)) {
                    reached.set(s);
                    queue[tail++] = s;
                }
            }
        }
        return reached;
    }
}
