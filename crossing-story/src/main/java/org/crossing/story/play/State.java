package org.crossing.story.play;

import java.util.Arrays;
import java.util.List;

/**
 * Where a journey stands: the current scene, the variables' values, the once-only choices used,
 * the visit counts the story's expressions ask about, the random seed and how many draws were
 * made from it, and the path taken. Immutable; the {@link Engine} makes new states.
 *
 * <p>Visit counts are held for the scenes the story's {@code visits()} and {@code seen()}
 * expressions name (its tracked scenes); the count for any scene follows from the path.
 */
public final class State {

    final long storyVersion;
    final int scene;
    final Object[] values;
    final UsedChoices used;
    final int[] trackedVisits;
    final long seed;
    final int draws;
    final Path path;

    State(long storyVersion, int scene, Object[] values, UsedChoices used, int[] trackedVisits, long seed, int draws, Path path) {
        this.storyVersion = storyVersion;
        this.scene = scene;
        this.values = values;
        this.used = used;
        this.trackedVisits = trackedVisits;
        this.seed = seed;
        this.draws = draws;
        this.path = path;
    }

    /** The version of the story this state belongs to. */
    public long storyVersion() {
        return storyVersion;
    }

    /** The index of the current scene. */
    public int scene() {
        return scene;
    }

    /** The value of the variable in {@code slot}: a Long, Boolean or String. */
    public Object value(int slot) {
        return values[slot];
    }

    /** A copy of all values, in slot order. */
    public List<Object> values() {
        return List.of(values);
    }

    /** Whether the once-only choice in {@code onceSlot} was taken. */
    public boolean used(int onceSlot) {
        return used.contains(onceSlot);
    }

    public long seed() {
        return seed;
    }

    /** How many chance draws this journey made. */
    public int draws() {
        return draws;
    }

    /** How many steps the journey took in all. */
    public int stepCount() {
        return path.length();
    }

    /** The steps taken, oldest first (the newest 256 for very long journeys). */
    public List<Step> path() {
        return path.steps();
    }

    /** How many times the tracked scene in {@code slot} was entered (see {@link org.crossing.story.model.Story#trackedScene(int)}). */
    public int trackedVisits(int slot) {
        return trackedVisits[slot];
    }

    /** How many 64-bit words hold the used-choice set. */
    public int usedWordCount() {
        return used.wordCount();
    }

    /** One word of the used-choice set: bit {@code b} of word {@code w} is once-slot {@code 64 * w + b}. */
    public long usedWord(int word) {
        return used.word(word);
    }

    /**
     * The same situation with no history: an empty path, the seed and draws kept. For explorers
     * that keep their own record of how a state was reached (the checker), so that stepping stays
     * O(1) however deep the exploration goes.
     */
    public State withoutPath() {
        return path.length() == 0 ? this : new State(storyVersion, scene, values, used, trackedVisits, seed, draws, Path.EMPTY);
    }

    /** The step that led here, or null at the start of a journey. O(1), unlike {@link #path()}. */
    public Step lastStep() {
        return path.last();
    }

    /** How many times the scene at {@code sceneIndex} was entered, counting the current scene. */
    public int visits(int sceneIndex) {
        int count = sceneIndex == scene ? 1 : 0;
        for (Step step : path.steps()) {
            if (step.scene() == sceneIndex) count++;
        }
        return count;
    }

    /**
     * Whether two states are the same for the story's future: same scene, values, used choices
     * and tracked visits. Seed, draws and path do not count: the checker treats chance as
     * branching and the past as history.
     */
    public boolean sameSituation(State other) {
        return scene == other.scene && Arrays.equals(values, other.values)
                && used.equals(other.used) && Arrays.equals(trackedVisits, other.trackedVisits);
    }

    /** A hash consistent with {@link #sameSituation(State)}. */
    public int situationHash() {
        int h = scene;
        h = 31 * h + Arrays.hashCode(values);
        h = 31 * h + used.hashCode();
        h = 31 * h + Arrays.hashCode(trackedVisits);
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof State s && sameSituation(s) && storyVersion == s.storyVersion && seed == s.seed
                && draws == s.draws && path.length() == s.path.length() && path.steps().equals(s.path.steps());
    }

    @Override
    public int hashCode() {
        return situationHash() * 31 + Long.hashCode(seed) + draws;
    }

    @Override
    public String toString() {
        return "State[scene " + scene + ", values " + Arrays.toString(values) + ", steps " + path.length() + "]";
    }
}
