package org.crossing.story.check;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.crossing.story.model.ChanceOutcome;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Effect;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Branch;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Option;
import org.crossing.story.play.State;

/**
 * The checker's one pass over a story: a breadth-first exploration of every state a play can
 * reach, up to a limit. States are numbers in order of discovery; edges are kept in compressed
 * rows in the order states are expanded, which breadth-first makes the order of their numbers.
 * Dead ends and growing ranges are noted on the way, while the states are at hand; everything
 * else is an analysis of the {@link StateGraph} it leaves.
 */
final class Exploration {

    static final int PROGRESS_EVERY = 1 << 13;

    private final Story story;
    private final int limit;
    private final IntConsumer progress;
    private final StateTable table;
    final DeadEnds deadEnds;
    GrowthTracker growth;

    private int[] parent = new int[1 << 12];
    private int[] step = new int[1 << 12];
    private int[] depth = new int[1 << 12];
    private int[] sceneOf = new int[1 << 12];
    private byte[] flags = new byte[1 << 12];
    private int[] total = new int[1 << 12];

    private final IntList edgeStart = new IntList(1 << 12);
    private final IntList edgeTarget = new IntList(1 << 13);
    private final IntList edgeWeight = new IntList(1 << 13);
    private final IntList edgeStep = new IntList(1 << 13);

    private int expanded;
    private boolean complete = true;

    Exploration(Story story, int limit, IntConsumer progress) {
        this.story = story;
        this.limit = limit;
        this.progress = progress;
        this.table = new StateTable(story, new Revisits(story), Exprs.visitCaps(story), Slicing.of(story));
        this.deadEnds = new DeadEnds(story);
    }

    StateGraph explore() {
        State start = Engine.begin(story, 0L).withoutPath();
        ArrayDeque<State> queue = new ArrayDeque<>();
        table.encode(start);
        int first = table.add();
        record(first, -1, -1, 0, start.scene());
        growth = new GrowthTracker(story, start);
        queue.add(start);
        expand(queue);
        // Close the rows: after a stop at the limit, the state being expanded keeps what it found
        // and the states still waiting have none.
        while (edgeStart.size() <= table.size()) edgeStart.add(edgeTarget.size());
        return new StateGraph(story, table.size(), expanded, complete, parent, step, depth, sceneOf, flags, total,
                edgeStart.array(), edgeTarget.array(), edgeWeight.array(), edgeStep.array());
    }

    private void expand(ArrayDeque<State> queue) {
        while (!queue.isEmpty()) {
            State state = queue.poll();
            int id = expanded;
            edgeStart.add(edgeTarget.size());
            Scene scene = story.scene(state.scene());
            if (scene.isEnding()) {
                flags[id] |= StateGraph.ENDING;
            } else if (scene.isChance()) {
                if (Engine.actions(story, state).isEmpty()) {
                    deadEnd(id, state, scene);
                } else {
                    for (Branch branch : Engine.branches(story, state, Action.CONTINUE)) {
                        ChanceOutcome outcome = scene.chance().get(branch.index());
                        int target = reach(branch.state(), id, StateGraph.CHANCE_BIT | branch.index(), outcome.effects(), queue);
                        if (target < 0) return;
                        edgeTarget.add(target);
                        edgeWeight.add((int) branch.numerator());
                        edgeStep.add(StateGraph.CHANCE_BIT | branch.index());
                        total[id] = (int) branch.denominator();
                    }
                }
            } else {
                int choices = 0;
                boolean timeoutTakesAChoice = false;
                for (Option option : Engine.options(story, state)) if (option.enabled() && option.timedDefault()) timeoutTakesAChoice = true;
                for (Action action : Engine.actions(story, state)) {
                    int target;
                    int code;
                    if (action instanceof Action.Choose choose) {
                        Choice choice = scene.choices().get(choose.index());
                        code = choose.index();
                        target = reach(Engine.next(story, state, action), id, code, choice.effects(), queue);
                    } else if (action instanceof Action.Timeout && !timeoutTakesAChoice) {
                        // The countdown goes straight to its scene: a way of its own.
                        code = StateGraph.TIMEOUT_CODE;
                        target = reach(Engine.next(story, state, action), id, code, List.of(), queue);
                    } else {
                        continue; // running out takes an available choice: the same as choosing it
                    }
                    if (target < 0) return;
                    edgeTarget.add(target);
                    edgeWeight.add(1);
                    edgeStep.add(code);
                    choices++;
                }
                total[id] = choices;
                if (choices == 0) deadEnd(id, state, scene);
            }
            expanded++;
            if (expanded % PROGRESS_EVERY == 0) progress.accept(expanded);
        }
    }

    /** The number of a successor state, new or known; -1 when the state limit stops the exploration. */
    private int reach(State next, int from, int stepCode, List<Effect> actionEffects, ArrayDeque<State> queue) {
        table.encode(next);
        int known = table.find();
        if (known >= 0) return known;
        if (table.size() >= limit) {
            complete = false;
            return -1;
        }
        int id = table.add();
        record(id, from, stepCode, depth[from] + 1, next.scene());
        growth.observe(id, next, story.scene(sceneOf[from]), actionEffects);
        queue.add(next.withoutPath());
        return id;
    }

    private void record(int id, int from, int stepCode, int d, int scene) {
        if (id == parent.length) {
            int n = IntList.grow(id);
            parent = Arrays.copyOf(parent, n);
            step = Arrays.copyOf(step, n);
            depth = Arrays.copyOf(depth, n);
            sceneOf = Arrays.copyOf(sceneOf, n);
            flags = Arrays.copyOf(flags, n);
            total = Arrays.copyOf(total, n);
        }
        parent[id] = from;
        step[id] = stepCode;
        depth[id] = d;
        sceneOf[id] = scene;
    }

    private void deadEnd(int id, State state, Scene scene) {
        flags[id] |= StateGraph.DEAD_END;
        deadEnds.note(id, state, scene);
    }
}
