package org.crossing.story.check;

import java.util.Objects;
import java.util.function.IntConsumer;
import org.crossing.story.model.Story;

/**
 * Proves things about a compiled story by exploring every state a play can reach: that no play
 * gets stuck (dead ends, softlocks), that every scene and ending can be reached (with a shortest
 * witness for each ending), how long playthroughs are, and how likely each ending is for a
 * player who chooses at random.
 *
 * <pre>
 * CheckReport report = Checker.of(story).limit(200_000).progress(n -&gt; ...).run();
 * </pre>
 *
 * Two states are the same when their scene, values, visit counts and used once-only choices are
 * (see {@link org.crossing.story.play.State#sameSituation}), with two refinements that change
 * nothing about the future of a play: used once-only choices of scenes the story can never lead
 * back to are ignored, and visit counts are kept only as high as conditions and effects can tell
 * apart ({@code seen(x)} cannot tell a second visit from a tenth). The
 * timer running out is explored on its own only when it goes straight to its scene; when it takes
 * an available choice, it is that choice.
 *
 * <p>A checker is a small builder; {@link #run()} does the work and may be called again.
 */
public final class Checker {

    /** States explored before the check stops, unless {@link #limit(int)} says otherwise. */
    public static final int DEFAULT_LIMIT = 1_000_000;

    private final Story story;
    private int limit = DEFAULT_LIMIT;
    private IntConsumer progress = explored -> { };

    private Checker(Story story) {
        this.story = Objects.requireNonNull(story, "story");
    }

    public static Checker of(Story story) {
        return new Checker(story);
    }

    /** Checks with the default limit and no progress reports. */
    public static CheckReport check(Story story) {
        return of(story).run();
    }

    /** The most states to explore; past it the check stops and reports what it established. */
    public Checker limit(int states) {
        if (states < 1) throw new IllegalArgumentException("the state limit must be at least 1, not " + states);
        this.limit = states;
        return this;
    }

    /** Called on the checking thread with the number of states explored so far, every few thousand states. */
    public Checker progress(IntConsumer explored) {
        this.progress = Objects.requireNonNull(explored, "progress");
        return this;
    }

    public CheckReport run() {
        Exploration exploration = new Exploration(story, limit, progress);
        StateGraph graph = exploration.explore();
        return Analyses.report(exploration, graph, limit);
    }
}
