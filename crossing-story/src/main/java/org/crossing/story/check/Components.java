package org.crossing.story.check;

import java.util.Arrays;

/**
 * The strongly connected components of a graph in compressed rows (Tarjan's algorithm, without
 * recursion so that deep graphs do not overflow the stack). Components are numbered in the order
 * Tarjan completes them, which is reverse topological: edges only go from a component to one
 * with a lower or equal number, so walking from the highest number down visits them in
 * topological order.
 */
final class Components {

    private final int[] componentOf;
    private final int[] start;
    private final int[] members;
    private final boolean[] cyclic;

    private Components(int[] componentOf, int[] start, int[] members, boolean[] cyclic) {
        this.componentOf = componentOf;
        this.start = start;
        this.members = members;
        this.cyclic = cyclic;
    }

    /** The components of nodes {@code 0..n-1}, whose edges from {@code s} are {@code targets[rowStart[s] .. rowStart[s+1])}. */
    static Components of(int n, int[] rowStart, int[] targets) {
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        int[] componentOf = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int calls = 0;
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            callNode[0] = root;
            callEdge[0] = rowStart[root];
            calls = 1;
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (calls > 0) {
                int v = callNode[calls - 1];
                int e = callEdge[calls - 1];
                if (e < rowStart[v + 1]) {
                    callEdge[calls - 1] = e + 1;
                    int w = targets[e];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        callNode[calls] = w;
                        callEdge[calls] = rowStart[w];
                        calls++;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        componentOf[w] = components;
                    } while (w != v);
                    components++;
                }
                calls--;
                if (calls > 0) {
                    int u = callNode[calls - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
        int[] start = new int[components + 1];
        for (int v = 0; v < n; v++) start[componentOf[v] + 1]++;
        for (int c = 0; c < components; c++) start[c + 1] += start[c];
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(start, components);
        for (int v = 0; v < n; v++) members[fill[componentOf[v]]++] = v;
        boolean[] cyclic = new boolean[components];
        for (int c = 0; c < components; c++) cyclic[c] = start[c + 1] - start[c] > 1;
        for (int v = 0; v < n; v++) {
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) if (targets[e] == v) cyclic[componentOf[v]] = true;
        }
        return new Components(componentOf, start, members, cyclic);
    }

    int count() {
        return start.length - 1;
    }

    int of(int node) {
        return componentOf[node];
    }

    int size(int component) {
        return start[component + 1] - start[component];
    }

    int member(int component, int i) {
        return members[start[component] + i];
    }

    /** Whether the component holds a loop: more than one node, or a node with an edge to itself. */
    boolean cyclic(int component) {
        return cyclic[component];
    }
}
