package org.crossing.story.check;

/**
 * The chance of each ending for a player who takes every available action at random (chance by
 * its weights): the probability mass pushed through the components in topological order; mass
 * that reaches a loop goes round it until it has (nearly) left. Over an acyclic graph of at most
 * {@link #EXACT_STATES} states the chances are also worked out as exact fractions.
 */
final class Odds {

    /** Exact fractions are computed for acyclic graphs up to this many states. */
    static final int EXACT_STATES = 100_000;

    final CheckReport.Probabilities kind;
    /** Per scene index, the chance of ending there. */
    final double[] endingMass;
    /** Per scene index, the exact chance of ending there as a reduced fraction, or null. */
    final String[] exact;
    final double deadEndMass;
    final double endlessMass;

    private Odds(CheckReport.Probabilities kind, double[] endingMass, String[] exact, double deadEndMass, double endlessMass) {
        this.kind = kind;
        this.endingMass = endingMass;
        this.exact = exact;
        this.deadEndMass = deadEndMass;
        this.endlessMass = endlessMass;
    }

    static Odds unknown(int scenes) {
        return new Odds(CheckReport.Probabilities.UNKNOWN, new double[scenes], new String[scenes], 0, 0);
    }

    static Odds of(StateGraph graph, Components components) {
        int n = graph.size;
        int[] rowStart = graph.rowStart;
        int[] targets = graph.targets;
        int[] weights = graph.weights;
        int[] total = graph.total;
        int scenes = graph.story.scenes().size();
        double[] endingMass = new double[scenes];
        String[] exact = new String[scenes];
        double deadEndMass = 0;
        double endlessMass = 0;
        boolean acyclic = true;
        for (int c = 0; c < components.count(); c++) if (components.cyclic(c)) acyclic = false;
        double[] mass = new double[n];
        mass[0] = 1;
        long budget = 50_000_000L;
        for (int c = components.count() - 1; c >= 0; c--) {
            if (!components.cyclic(c)) {
                int s = components.member(c, 0);
                double m = mass[s];
                if (m == 0) continue;
                if (graph.ending(s)) endingMass[graph.sceneOf[s]] += m;
                else if (graph.deadEnd(s)) deadEndMass += m;
                else for (int e = rowStart[s]; e < rowStart[s + 1]; e++) mass[targets[e]] += m * weights[e] / total[s];
                continue;
            }
            int size = components.size(c);
            boolean exits = false;
            long edges = 0;
            for (int i = 0; i < size; i++) {
                int s = components.member(c, i);
                for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                    edges++;
                    if (components.of(targets[e]) != c) exits = true;
                }
            }
            long sweeps = Math.max(200, budget / Math.max(1, edges));
            for (long sweep = 0; exits && sweep < sweeps; sweep++) {
                double left = 0;
                for (int i = 0; i < size; i++) {
                    int s = components.member(c, i);
                    double m = mass[s];
                    if (m == 0) continue;
                    mass[s] = 0;
                    for (int e = rowStart[s]; e < rowStart[s + 1]; e++) mass[targets[e]] += m * weights[e] / total[s];
                }
                for (int i = 0; i < size; i++) left += mass[components.member(c, i)];
                if (left < 1e-13) break;
            }
            budget = Math.max(0, budget - edges * sweeps);
            double left = 0;
            for (int i = 0; i < size; i++) {
                int s = components.member(c, i);
                left += mass[s];
                mass[s] = 0;
            }
            // A loop with no way out keeps its mass; one with a way out leaves a rounding residue.
            if (!exits || left > 1e-9) endlessMass += left;
        }
        if (acyclic && n <= EXACT_STATES) exact(graph, components, exact);
        return new Odds(acyclic ? CheckReport.Probabilities.EXACT : CheckReport.Probabilities.ESTIMATED,
                endingMass, exact, deadEndMass, endlessMass);
    }

    /** Exact probabilities over an acyclic graph, as reduced fractions; given up when they grow too long. */
    private static void exact(StateGraph graph, Components components, String[] exact) {
        Fraction[] mass = new Fraction[graph.size];
        Fraction[] endings = new Fraction[graph.story.scenes().size()];
        mass[0] = Fraction.ONE;
        for (int c = components.count() - 1; c >= 0; c--) {
            int s = components.member(c, 0);
            Fraction m = mass[s];
            if (m == null) continue;
            mass[s] = null;
            if (graph.ending(s)) {
                int scene = graph.sceneOf[s];
                endings[scene] = endings[scene] == null ? m : endings[scene].plus(m);
                continue;
            }
            for (int e = graph.rowStart[s]; e < graph.rowStart[s + 1]; e++) {
                Fraction share = m.times(graph.weights[e], graph.total[s]);
                if (share.tooLong()) return;
                int t = graph.targets[e];
                mass[t] = mass[t] == null ? share : mass[t].plus(share);
            }
        }
        for (int i = 0; i < endings.length; i++) if (endings[i] != null) exact[i] = endings[i].toString();
    }
}
