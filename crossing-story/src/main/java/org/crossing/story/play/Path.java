package org.crossing.story.play;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.StateLimits;

/**
 * The steps a journey took, as a persistent list: each state shares its predecessor's steps and
 * adds one, so stepping is O(1) and exploring many states costs little each. Only the newest
 * {@link #KEPT} steps are kept; {@link #length()} still counts them all. A documentary takes well
 * under a hundred steps; the bound keeps a looping journey's token within what a URL can carry.
 *
 * <p>The steps live in segments: arrays of up to {@link #KEPT} steps, filled in order. A path is
 * the first {@code count} steps of a segment, after the full segment before it. Appending to the
 * newest path of a segment writes the next slot in place, which no path sees (each reads only its
 * first {@code count}); appending to an older one (a branch) copies its steps into a new segment.
 * When a segment is full the next step starts a new one and the full one becomes the older steps,
 * so at most two segments are held and nothing older is kept alive. A long journey then costs the
 * same a step as a short one: an earlier design re-linked the newest steps into fresh nodes every
 * {@link #KEPT} steps, and that copy made a step through a 10,000-scene story cost more than
 * through a 1,000-scene one, whose journeys are ten times shorter (the figures are in
 * docs/benchmarks.md, issue 14).
 *
 * <p>Only the thread that made a segment writes to it, so paths may be shared across threads: a
 * slot below a path's {@code count} is never written again, and reaches other threads with the
 * path that counts it.
 */
final class Path {

    /** Bounds the size of a play token for journeys that loop for a very long time. */
    static final int KEPT = StateLimits.KEPT_STEPS;

    private static final int FIRST_CAPACITY = 4;

    static final Path EMPTY = new Path(null, 0, null, 0, null);

    /** Holds this path's newest {@code count} steps in its first slots; null when count is at most 1. */
    private final Segment segment;
    private final int count;
    /** The {@link #KEPT} steps before the segment's, oldest first, or null. */
    private final Step[] older;
    private final int length;
    /** The newest step, or null when the path keeps no step. */
    private final Step last;

    private Path(Segment segment, int count, Step[] older, int length, Step last) {
        this.segment = segment;
        this.count = count;
        this.older = older;
        this.length = length;
        this.last = last;
    }

    /** A segment's steps and, for the thread that made it, how many of its slots are written. */
    private static final class Segment {
        final Step[] steps;
        final Thread owner = Thread.currentThread();
        /** Read and written only by {@code owner}. */
        int filled;

        Segment(Step[] steps, int filled) {
            this.steps = steps;
            this.filled = filled;
        }

        /** Whether the path holding the first {@code count} slots may write the next in place. */
        boolean extendsInPlace(int count) {
            return count < steps.length && owner == Thread.currentThread() && filled == count;
        }
    }

    Path append(Step next) {
        Segment s = segment;
        if (s != null && s.extendsInPlace(count)) {
            s.steps[count] = next;
            s.filled = count + 1;
            return new Path(s, count + 1, older, length + 1, next);
        }
        if (count == KEPT) {
            return new Path(started(next, KEPT), 1, s.steps, length + 1, next);
        }
        if (count == 0) return new Path(null, 1, older, length + 1, next);
        // A branch, another thread's segment, a full small segment, or a single step: copy.
        Step[] steps = new Step[Math.min(KEPT, Math.max(FIRST_CAPACITY, 2 * count))];
        if (s == null) steps[0] = last;
        else System.arraycopy(s.steps, 0, steps, 0, count);
        steps[count] = next;
        return new Path(new Segment(steps, count + 1), count + 1, older, length + 1, next);
    }

    private static Segment started(Step first, int capacity) {
        Step[] steps = new Step[capacity];
        steps[0] = first;
        return new Segment(steps, 1);
    }

    /** A path of {@code length} steps in all, of which {@code steps} (at most {@link #KEPT}, oldest first) are kept. */
    static Path of(List<Step> steps, int length) {
        int n = steps.size();
        if (n == 0) return new Path(null, 0, null, length, null);
        Step[] kept = steps.toArray(new Step[Math.max(FIRST_CAPACITY, n)]);
        return new Path(new Segment(kept, n), n, null, length, kept[n - 1]);
    }

    int length() {
        return length;
    }

    /** The newest step, or null for an empty path. */
    Step last() {
        return last;
    }

    /** The kept steps, oldest first, in a new mutable list. */
    List<Step> steps() {
        int fromOlder = older == null ? 0 : KEPT - count;
        List<Step> steps = new ArrayList<>(fromOlder + count);
        for (int i = KEPT - fromOlder; i < KEPT; i++) steps.add(older[i]);
        if (segment != null) {
            for (int i = 0; i < count; i++) steps.add(segment.steps[i]);
        } else if (count == 1) {
            steps.add(last);
        }
        return steps;
    }
}
