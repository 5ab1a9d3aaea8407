package org.crossing.story.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A shortest journey from the start scene to some state: the choices made and the chance
 * outcomes drawn, in order. Replaying it in the engine reaches the state (chance outcomes are
 * named, not drawn).
 */
public record Witness(List<Step> steps) {

    public static final Witness EMPTY = new Witness(List.of());

    public Witness {
        steps = List.copyOf(steps);
    }

    /**
     * One step: in {@code scene}, the choice at {@code index} (its label as written), the
     * chance outcome at {@code index} (described as {@code 30% -> spotted} or
     * {@code otherwise -> unseen}), or the countdown running out straight to its scene
     * ({@code index} -1, described as {@code -> hesitate}). A countdown that takes an available
     * choice is shown as that choice.
     */
    public record Step(String scene, Kind kind, int index, String label) {

        public enum Kind { CHOICE, CHANCE, TIMEOUT }

        /** {@code "Sell the sewing machine"} for a choice, {@code chance 30% -> spotted} for luck, {@code time runs out -> hesitate}. */
        public String describe() {
            return switch (kind) {
                case CHOICE -> '"' + label + '"';
                case CHANCE -> "chance " + label;
                case TIMEOUT -> "time runs out " + label;
            };
        }
    }

    public int length() {
        return steps.size();
    }

    /**
     * How many steps of each kind, as a reader counts them: {@code 3 choices, 1 chance}, with
     * {@code 1 countdown} for time running out; kinds that do not occur are left out.
     */
    public String counts() {
        int[] of = new int[Step.Kind.values().length];
        for (Step step : steps) of[step.kind().ordinal()]++;
        List<String> parts = new java.util.ArrayList<>();
        int choices = of[Step.Kind.CHOICE.ordinal()];
        if (choices > 0 || steps.isEmpty()) parts.add(choices == 1 ? "1 choice" : choices + " choices");
        int chances = of[Step.Kind.CHANCE.ordinal()];
        if (chances > 0) parts.add(chances == 1 ? "1 chance" : chances + " chances");
        int timeouts = of[Step.Kind.TIMEOUT.ordinal()];
        if (timeouts > 0) parts.add(timeouts == 1 ? "1 countdown" : timeouts + " countdowns");
        return String.join(", ", parts);
    }

    /** The steps described and joined by {@code " > "}; "the start" for the empty witness. */
    public String describe() {
        if (steps.isEmpty()) return "the start";
        return steps.stream().map(Step::describe).collect(Collectors.joining(" > "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
