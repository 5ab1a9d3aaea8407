package org.crossing.story.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.crossing.story.model.Position;

/**
 * What a {@link Checker} established about a story. Immutable.
 *
 * <p>When the exploration finished ({@link #complete()}), every figure is proven. When it ran
 * into the state limit, the report holds what was found until then — endings reached with their
 * witnesses, dead ends met — plus a {@link Problem.Kind#STATE_LIMIT} error naming what keeps
 * growing, and what could be proven regardless: scenes and endings whose every way in can never
 * be taken, and loops with no way out among the states explored. What is neither reached nor
 * proven unreachable is listed in {@link #notReached()}; the longest playthrough and the
 * probabilities are then unknown.
 */
public final class CheckReport {

    private final String title;
    private final int states;
    private final int limit;
    private final boolean complete;
    private final int scenes;
    private final int scenesReached;
    private final List<Problem> errors;
    private final List<Problem> warnings;
    private final List<EndingResult> endings;
    private final int fewest;
    private final int most;
    private final boolean loops;
    private final Probabilities probabilities;
    private final List<Growth> growing;
    private final List<String> notReached;
    private final ShortestJourneys shortest;

    /** Scenes named in the text report as not reached within the limit; the JSON lists them all. */
    private static final int NAMED = 10;

    /** How the ending probabilities were found: exactly over an acyclic state graph, or estimated over one with loops. */
    public enum Probabilities { EXACT, ESTIMATED, UNKNOWN }

    CheckReport(String title, int states, int limit, boolean complete, int scenes, int scenesReached,
                List<Problem> errors, List<Problem> warnings, List<EndingResult> endings, int fewest, int most, boolean loops,
                Probabilities probabilities, double deadEndProbability, double endlessProbability, List<Growth> growing,
                List<String> notReached, ShortestJourneys shortest) {
        this.title = title;
        this.states = states;
        this.limit = limit;
        this.complete = complete;
        this.scenes = scenes;
        this.scenesReached = scenesReached;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.endings = List.copyOf(endings);
        this.fewest = fewest;
        this.most = most;
        this.loops = loops;
        this.probabilities = probabilities;
        this.deadEndProbability = deadEndProbability;
        this.endlessProbability = endlessProbability;
        this.growing = List.copyOf(growing);
        this.notReached = List.copyOf(notReached);
        this.shortest = shortest;
    }

    private final double deadEndProbability;
    private final double endlessProbability;

    public String title() {
        return title;
    }

    /** Whether the check found no error. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** Reachable states explored: all of them when {@link #complete()}. */
    public int states() {
        return states;
    }

    public int limit() {
        return limit;
    }

    /** Whether every reachable state was explored, so that every figure is proven. */
    public boolean complete() {
        return complete;
    }

    public int sceneCount() {
        return scenes;
    }

    /** Scenes some explored state stands in. */
    public int scenesReached() {
        return scenesReached;
    }

    /** The errors, the state limit first, then in order of position in the story's files. */
    public List<Problem> errors() {
        return errors;
    }

    /** What is worth a look but does not break the story (an entry effect that adds up on returns), in story order. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** Every ending scene, in story order, reached or not. */
    public List<EndingResult> endings() {
        return endings;
    }

    /** The fewest choices in a playthrough (a continue into chance counts as one); empty when no ending is reached. */
    public OptionalInt fewestChoices() {
        return fewest < 0 ? OptionalInt.empty() : OptionalInt.of(fewest);
    }

    /**
     * The most choices in a playthrough; empty when playthroughs can be as long as a player
     * likes ({@link #loops()}), when no ending is reached, or when the check did not finish.
     */
    public OptionalInt mostChoices() {
        return most < 0 ? OptionalInt.empty() : OptionalInt.of(most);
    }

    /** Whether a player can go round a loop and still reach an ending: playthroughs have no upper length. */
    public boolean loops() {
        return loops;
    }

    public Probabilities probabilities() {
        return probabilities;
    }

    /** The chance that a random player ends in a dead end. */
    public double deadEndProbability() {
        return deadEndProbability;
    }

    /** The chance that a random player is caught in a loop with no way to an ending. */
    public double endlessProbability() {
        return endlessProbability;
    }

    /** What kept growing when the check ran into its limit; empty otherwise. */
    public List<Growth> growing() {
        return growing;
    }

    /**
     * The scenes and endings (by id, in story order) that the check neither reached nor proved
     * unreachable before its limit: whether play reaches them is not known. Empty when {@link #complete()}.
     */
    public List<String> notReached() {
        return notReached;
    }

    /**
     * A shortest journey into the scene {@code id} (fewest steps, chance outcomes named), as the
     * exploration found it; empty when no explored state stands in the scene.
     */
    public Optional<Witness> shortestTo(String id) {
        return shortest.to(id);
    }

    /** The shortest journeys into every scene as the tree they form, to walk them all with each shared beginning once. */
    public ShortestJourneys shortestJourneys() {
        return shortest;
    }

    /** The report as people read it: errors as the compiler prints them, then the figures. */
    public String format() {
        return format(position -> null);
    }

    /**
     * The report as people read it, each error with the source line it points into and a caret
     * under its column, as the compiler prints them; {@code sourceLine} gives a position's line,
     * or null when it is not known.
     */
    public String format(Function<Position, String> sourceLine) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : errors) out.append(problem.format(sourceLine.apply(problem.position()))).append('\n');
        for (Problem problem : warnings) out.append(problem.format(sourceLine.apply(problem.position()))).append('\n');
        if (!errors.isEmpty() || !warnings.isEmpty()) out.append('\n');
        out.append(complete
                ? String.format(Locale.ROOT, "Explored all %,d reachable states of '%s'.%n", states, title)
                : String.format(Locale.ROOT, "Explored %,d states of '%s' before the limit of %,d; the figures below are what could be established.%n",
                        states, title, limit));
        out.append(String.format(Locale.ROOT, "Scenes reached: %d of %d.%n", scenesReached, scenes));
        if (!notReached.isEmpty()) {
            List<String> named = notReached.stream().limit(NAMED).map(id -> "'" + id + "'").toList();
            out.append("Not reached within the limit, and not proven unreachable: ").append(String.join(", ", named));
            if (notReached.size() > NAMED) out.append(" and ").append(notReached.size() - NAMED).append(" more");
            out.append(".\n");
        }
        long reached = endings.stream().filter(EndingResult::reached).count();
        out.append(String.format(Locale.ROOT, "Endings reached: %d of %d.%n", reached, endings.size()));
        for (EndingResult ending : endings) {
            out.append("  ").append(ending.scene()).append(" (").append(ending.kind().word()).append("): ")
                    .append(ending.summary()).append('\n');
            if (!ending.reached()) {
                out.append(notReached.contains(ending.scene()) ? "    not reached within the limit\n" : "    never reached\n");
                continue;
            }
            if (probabilities != Probabilities.UNKNOWN) {
                out.append("    chance: ").append(percent(ending.probability()));
                if (ending.exactProbability() != null) out.append(" (").append(ending.exactProbability()).append(')');
                out.append('\n');
            }
            out.append("    shortest (").append(ending.witness().counts()).append("): ")
                    .append(ending.witness().describe()).append('\n');
        }
        if (fewest >= 0) {
            out.append("Playthroughs: ");
            if (most >= 0) out.append(most == fewest ? choices(fewest) : fewest + " to " + choices(most));
            else if (loops) out.append("at least ").append(choices(fewest)).append("; no most, because the story has loops");
            else out.append("at least ").append(choices(fewest));
            out.append(".\n");
        }
        switch (probabilities) {
            case EXACT -> out.append("Chances are exact, for a player who takes every available choice at random.\n");
            case ESTIMATED -> out.append("Chances are estimated (the story has loops), for a player who takes every available choice at random.\n");
            case UNKNOWN -> { }
        }
        if (probabilities != Probabilities.UNKNOWN && deadEndProbability > 0) {
            out.append("Chance of ending in a dead end: ").append(percent(deadEndProbability)).append(".\n");
        }
        if (probabilities != Probabilities.UNKNOWN && endlessProbability > 0) {
            out.append("Chance of being caught in a loop with no way out: ").append(percent(endlessProbability)).append(".\n");
        }
        out.append(errors.isEmpty() ? "No errors" : errors.size() == 1 ? "1 error" : errors.size() + " errors");
        if (!warnings.isEmpty()) out.append(warnings.size() == 1 ? ", 1 warning" : ", " + warnings.size() + " warnings");
        out.append(".\n");
        return out.toString();
    }

    static String choices(int n) {
        return n == 1 ? "1 choice" : n + " choices";
    }

    /** A probability as a percentage with up to two decimals, never rounded to 0% or 100% when it is not. */
    public static String percent(double p) {
        double pct = p * 100;
        if (p > 0 && pct < 0.01) return "<0.01%";
        if (p < 1 && pct > 99.99) return ">99.99%";
        String s = String.format(Locale.ROOT, "%.2f", pct);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }

    @Override
    public String toString() {
        return "CheckReport[" + title + ", " + states + " states" + (complete ? "" : " (limit)") + ", " + errors.size() + " errors]";
    }
}
