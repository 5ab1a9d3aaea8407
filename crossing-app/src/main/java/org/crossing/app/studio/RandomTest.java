package org.crossing.app.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the random journeys of coverage are played (ChoiceScript's randomtest): how many, from
 * which seed, how many steps before a journey is cut short, and whether each step prefers a way
 * on no random journey has taken yet over one already taken. The same settings on the same story
 * give the same figures.
 */
public record RandomTest(int journeys, long seed, int maxSteps, boolean avoidTaken) {

    public static final RandomTest DEFAULT = new RandomTest(200, 1, 2_000, false);
    /**
     * Bounds on one run: 10^8 steps at most. That is seconds for The Crossing but minutes for a
     * story of thousands of scenes or one whose journeys loop until cut short (docs/benchmarks.md).
     */
    public static final int MAX_JOURNEYS = 10_000;
    public static final int MAX_STEPS = 10_000;

    public RandomTest {
        if (journeys < 1 || journeys > MAX_JOURNEYS) throw new IllegalArgumentException(journeysError(Integer.toString(journeys)));
        if (maxSteps < 1 || maxSteps > MAX_STEPS) throw new IllegalArgumentException(stepsError(Integer.toString(maxSteps)));
    }

    /** The settings as a sentence: {@code 200 random journeys from seed 1, each cut short after 2,000 steps}. */
    public String describe() {
        return String.format(Locale.ROOT, "%,d random journeys from seed %d%s, each cut short after %,d steps", journeys, seed,
                avoidTaken ? ", preferring ways on not taken yet" : "", maxSteps);
    }

    /** Settings read from a form or a command line, or what is wrong with them. */
    public record Read(RandomTest settings, List<String> errors) {}

    /**
     * Reads {@code journeys}, {@code seed}, {@code steps} and {@code avoid} from {@code field};
     * a field left out or blank keeps the value of {@code defaults}.
     */
    public static Read read(Function<String, String> field, RandomTest defaults) {
        List<String> errors = new ArrayList<>();
        int journeys = defaults.journeys();
        long seed = defaults.seed();
        int steps = defaults.maxSteps();
        String text = trimmed(field.apply("journeys"));
        if (text != null) {
            journeys = wholeNumber(text, 1, MAX_JOURNEYS);
            if (journeys < 0) errors.add(journeysError(text));
        }
        text = trimmed(field.apply("seed"));
        if (text != null) {
            try {
                seed = Long.parseLong(text);
            } catch (NumberFormatException e) {
                errors.add("The seed must be a whole number (negative ones too), not '" + shorten(text) + "'.");
            }
        }
        text = trimmed(field.apply("steps"));
        if (text != null) {
            steps = wholeNumber(text, 1, MAX_STEPS);
            if (steps < 0) errors.add(stepsError(text));
        }
        String avoid = trimmed(field.apply("avoid"));
        boolean avoidTaken = avoid == null ? defaults.avoidTaken() : !avoid.equals("off") && !avoid.equals("false");
        if (!errors.isEmpty()) return new Read(null, errors);
        return new Read(new RandomTest(journeys, seed, steps, avoidTaken), List.of());
    }

    /** Whether a form names any of the settings at all. */
    public static boolean given(Function<String, String> field) {
        for (String name : List.of("journeys", "seed", "steps", "avoid")) if (field.apply(name) != null) return true;
        return false;
    }

    private static int wholeNumber(String text, int low, int high) {
        try {
            int n = Integer.parseInt(text.replace(",", "").replace("_", ""));
            return n < low || n > high ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String journeysError(String given) {
        return String.format(Locale.ROOT, "The number of journeys must be a whole number from 1 to %,d, not '%s'.", MAX_JOURNEYS, shorten(given));
    }

    private static String stepsError(String given) {
        return String.format(Locale.ROOT, "The steps before a journey is cut short must be a whole number from 1 to %,d, not '%s'.",
                MAX_STEPS, shorten(given));
    }

    private static String trimmed(String text) {
        if (text == null || text.isBlank()) return null;
        return text.strip();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
