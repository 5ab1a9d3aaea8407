package org.crossing.story.check;

import java.util.BitSet;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * Which used once-only choices can still matter, from the story's scene graph (every choice and
 * chance outcome as an edge, whatever its condition). A used choice is only ever read again when
 * play re-enters its scene, so it matters in a state only if its scene lies on a loop and the
 * state's scene can lead back to it. Forgetting the others merges states whose futures are the
 * same; without it, every fork that joins again would double the states of the rest of the story.
 */
final class Revisits {

    /** Per 64-bit word, the once-slots of scenes on a loop: the only ones that can matter at all. */
    final long[] onLoops;
    private final int[] componentOfScene;
    /** Per scene-graph component, the loops (numbered by {@link #loopOfSlot}) it can lead to. */
    private final BitSet[] loopsAhead;
    /** Per once-slot, the number of the loop its scene is on, or -1. */
    private final int[] loopOfSlot;

    Revisits(Story story) {
        int scenes = story.scenes().size();
        IntList starts = new IntList(scenes + 1);
        IntList targets = new IntList(scenes * 2);
        for (Scene scene : story.scenes()) {
            starts.add(targets.size());
            for (Choice choice : scene.choices()) for (int target : choice.targets()) targets.add(target);
            for (ChanceOutcome outcome : scene.chance()) targets.add(outcome.target());
        }
        starts.add(targets.size());
        int[] rowStart = starts.array();
        int[] edges = targets.array();
        Components components = Components.of(scenes, rowStart, edges);
        componentOfScene = new int[scenes];
        for (int s = 0; s < scenes; s++) componentOfScene[s] = components.of(s);

        int[] loopOfComponent = new int[components.count()];
        int loops = 0;
        for (int c = 0; c < components.count(); c++) loopOfComponent[c] = components.cyclic(c) ? loops++ : -1;

        // Components are numbered sinks first, so every successor's set is ready before its predecessors'.
        loopsAhead = new BitSet[components.count()];
        BitSet none = new BitSet(0);
        for (int c = 0; c < components.count(); c++) {
            BitSet ahead = null;
            for (int i = 0; i < components.size(c); i++) {
                int s = components.member(c, i);
                for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
                    int d = components.of(edges[e]);
                    if (d == c || loopsAhead[d].isEmpty()) continue;
                    if (ahead == null) ahead = (BitSet) loopsAhead[d].clone();
                    else ahead.or(loopsAhead[d]);
                }
            }
            if (loopOfComponent[c] >= 0) {
                if (ahead == null) ahead = new BitSet(loops);
                ahead.set(loopOfComponent[c]);
            }
            loopsAhead[c] = ahead == null ? none : ahead;
        }

        onLoops = new long[(story.onceSlots() + 63) >>> 6];
        loopOfSlot = new int[story.onceSlots()];
        java.util.Arrays.fill(loopOfSlot, -1);
        for (Scene scene : story.scenes()) {
            int loop = loopOfComponent[components.of(scene.index())];
            if (loop < 0) continue;
            for (Choice choice : scene.choices()) {
                if (!choice.once()) continue;
                onLoops[choice.onceSlot() >>> 6] |= 1L << choice.onceSlot();
                loopOfSlot[choice.onceSlot()] = loop;
            }
        }
    }

    /** Of {@code bits} (word {@code word} of a used set, already masked by {@link #onLoops}), those that matter in {@code scene}. */
    long relevant(int scene, int word, long bits) {
        BitSet ahead = loopsAhead[componentOfScene[scene]];
        long kept = bits;
        for (long rest = bits; rest != 0; rest &= rest - 1) {
            int slot = (word << 6) + Long.numberOfTrailingZeros(rest);
            if (!ahead.get(loopOfSlot[slot])) kept &= ~(1L << slot);
        }
        return kept;
    }
}
