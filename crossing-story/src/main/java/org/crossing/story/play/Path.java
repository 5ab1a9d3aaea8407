package org.crossing.story.play;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crossing.story.model.StateLimits;

/**
 * The steps a journey took, as a persistent list: each state shares its predecessor's path and
 * adds one node, so stepping is O(1) and exploring many states costs one node each.
 * Only the newest {@link #KEPT} steps are kept; {@link #length()} still counts them all. A
 * documentary takes well under a hundred steps; the bound keeps a looping journey's token within
 * what a URL can carry.
 *
 * <p>A path holds up to twice {@link #KEPT} nodes; when it would hold more, the newest
 * {@link #KEPT} are copied into a fresh chain, so that the older ones can be collected. Trimming
 * once every {@link #KEPT} steps keeps a step O(1) on average however long the journey.
 */
final class Path {

    /** Bounds the size of a play token for journeys that loop for a very long time. */
    static final int KEPT = StateLimits.KEPT_STEPS;

    static final Path EMPTY = new Path(null, null, 0, 0);

    private final Path previous;
    private final Step step;
    private final int length;
    /** How many nodes this chain holds, this one included: at most {@code 2 * KEPT}. */
    private final int nodes;

    private Path(Path previous, Step step, int length, int nodes) {
        this.previous = previous;
        this.step = step;
        this.length = length;
        this.nodes = nodes;
    }

    Path append(Step next) {
        if (nodes < 2 * KEPT) return new Path(this, next, length + 1, nodes + 1);
        List<Step> steps = steps();
        steps.remove(0);
        steps.add(next);
        return of(steps, length + 1);
    }

    static Path of(List<Step> steps, int length) {
        Path path = EMPTY;
        for (Step step : steps) path = new Path(path, step, 0, path.nodes + 1);
        return new Path(path.previous, path.step, length, path.nodes);
    }

    int length() {
        return length;
    }

    /** The newest step, or null for an empty path. */
    Step last() {
        return step;
    }

    /** The kept steps, oldest first, in a new mutable list. */
    List<Step> steps() {
        int kept = Math.min(nodes, KEPT);
        List<Step> steps = new ArrayList<>(kept);
        Path p = this;
        for (int i = 0; i < kept; i++, p = p.previous) steps.add(p.step);
        Collections.reverse(steps);
        return steps;
    }
}
