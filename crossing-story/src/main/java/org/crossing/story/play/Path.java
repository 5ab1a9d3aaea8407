package org.crossing.story.play;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The steps a journey took, as a persistent list: each state shares its predecessor's path and
 * adds one node, so stepping is O(1) and exploring many states costs one node each.
 * Only the newest {@link #KEPT} steps are kept; {@link #length()} still counts them all. A
 * documentary takes well under a hundred steps; the bound keeps a looping journey's token within
 * what a URL can carry.
 */
final class Path {

    /** Bounds the size of a play token for journeys that loop for a very long time. */
    static final int KEPT = 256;

    static final Path EMPTY = new Path(null, null, 0, 0);

    private final Path previous;
    private final Step step;
    private final int length;
    private final int kept;

    private Path(Path previous, Step step, int length, int kept) {
        this.previous = previous;
        this.step = step;
        this.length = length;
        this.kept = kept;
    }

    Path append(Step next) {
        if (kept < KEPT) return new Path(this, next, length + 1, kept + 1);
        List<Step> steps = steps();
        steps.remove(0);
        steps.add(next);
        return of(steps, length + 1);
    }

    static Path of(List<Step> steps, int length) {
        Path path = EMPTY;
        for (Step step : steps) path = new Path(path, step, 0, path.kept + 1);
        return new Path(path.previous, path.step, length, path.kept);
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
        List<Step> steps = new ArrayList<>(kept);
        for (Path p = this; p.step != null; p = p.previous) steps.add(p.step);
        Collections.reverse(steps);
        return steps;
    }
}
