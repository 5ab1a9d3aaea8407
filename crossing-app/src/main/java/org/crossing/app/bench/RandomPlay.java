package org.crossing.app.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.State;

/**
 * Plays random journeys through a story as fast as the engine allows: from the start, each step
 * takes one of {@link Engine#actions} (a choice, letting a countdown run out, or continuing into
 * chance) uniformly at random, until an ending or a dead end; then a new journey begins. The same
 * seed plays the same journeys, so runs can be compared.
 */
public final class RandomPlay {

    /**
     * What a run did: {@code choices} actions taken over {@code journeys} finished journeys (the
     * last one may be cut short), in {@code nanos} of wall time and {@code cpuNanos} of the
     * thread's CPU time (-1 when the JVM does not measure it: on a shared machine the CPU time
     * says more), allocating {@code allocatedBytes} (-1 when the JVM does not count). {@code scenes} sums the scene of every state reached, so that two runs
     * from one seed can be seen to have played the same journeys.
     */
    public record Result(long choices, long journeys, long nanos, long cpuNanos, long allocatedBytes, long scenes) {

        public double choicesPerSecond() {
            return choices / (nanos / 1e9);
        }

        /** Choices per second of the thread's CPU time, or NaN when it was not measured. */
        public double choicesPerCpuSecond() {
            return cpuNanos < 0 ? Double.NaN : choices / (cpuNanos / 1e9);
        }

        /** Bytes allocated per choice, or NaN when allocation was not counted. */
        public double bytesPerChoice() {
            return allocatedBytes < 0 ? Double.NaN : (double) allocatedBytes / choices;
        }

        /** Choices per finished journey, or NaN when none finished. */
        public double choicesPerJourney() {
            return journeys == 0 ? Double.NaN : (double) choices / journeys;
        }
    }

    private RandomPlay() {}

    /** Plays journeys from {@code seed} until {@code choices} actions were taken, on the calling thread. */
    public static Result play(Story story, long seed, long choices) {
        if (choices < 1) throw new IllegalArgumentException("choices must be at least 1, not " + choices);
        SplittableRandom random = new SplittableRandom(seed);
        long taken = 0;
        long journeys = 0;
        long scenes = 0;
        long allocatedBefore = ThreadAllocation.bytes();
        long cpuBefore = ThreadAllocation.cpuNanos();
        long start = System.nanoTime();
        State state = Engine.begin(story, random.nextLong());
        while (taken < choices) {
            List<Action> actions = Engine.actions(story, state);
            if (actions.isEmpty()) {
                journeys++;
                state = Engine.begin(story, random.nextLong());
                continue;
            }
            state = Engine.next(story, state, actions.get(random.nextInt(actions.size())));
            scenes += state.scene();
            taken++;
        }
        long nanos = System.nanoTime() - start;
        long cpu = cpuBefore < 0 ? -1 : ThreadAllocation.cpuNanos() - cpuBefore;
        long allocatedAfter = ThreadAllocation.bytes();
        long allocated = allocatedBefore < 0 ? -1 : allocatedAfter - allocatedBefore;
        return new Result(taken, journeys, nanos, cpu, allocated, scenes);
    }
}
