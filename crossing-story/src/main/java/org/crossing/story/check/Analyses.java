package org.crossing.story.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/** Runs the analyses on an explored state graph and gathers what they establish into a {@link CheckReport}. */
final class Analyses {

    /** Problems of one kind reported before the rest are only counted. */
    static final int MAX_PER_KIND = 50;

    private Analyses() {}

    static CheckReport report(Exploration exploration, StateGraph graph, int limit) {
        Story story = graph.story;
        int n = graph.size;
        int scenes = story.scenes().size();
        int[] firstInScene = graph.firstInScene();
        int scenesReached = 0;
        for (int s : firstInScene) if (s >= 0) scenesReached++;

        List<Problem> errors = new ArrayList<>();
        // Dead ends hold whether or not the exploration finished.
        errors.addAll(bounded(exploration.deadEnds.problems(graph), Problem.Kind.DEAD_END));

        // Unreachable scenes, softlocks and loops are proven from what was explored, whether or not
        // the exploration finished (see Unreachable and Reachability for how).
        Unreachable unreachable = new Unreachable(graph, ValueRanges.of(story), firstInScene);
        errors.addAll(bounded(unreachable.problems(true), Problem.Kind.UNREACHABLE_ENDING));
        errors.addAll(bounded(unreachable.problems(false), Problem.Kind.UNREACHABLE_SCENE));
        Components components = Components.of(n, graph.rowStart, graph.targets);
        Reachability reachability = new Reachability(graph, components);
        boolean loops = reachability.loops();
        errors.addAll(bounded(reachability.softlocks(), Problem.Kind.SOFTLOCK));

        List<Problem> warnings = bounded(RepeatedEntryEffects.of(graph), Problem.Kind.REPEATED_ENTRY_EFFECT);

        Odds odds = Odds.unknown(scenes);
        int most = -1;
        List<Growth> growing = List.of();
        if (!graph.complete) {
            growing = exploration.growth.growing(n);
            errors.add(0, limitProblem(story, limit, growing));
        } else {
            if (!loops) most = LongestPath.of(graph, components, reachability.canEnd);
            odds = Odds.of(graph, components);
        }

        List<EndingResult> endings = new ArrayList<>();
        int fewest = -1;
        for (Scene scene : story.scenes()) {
            if (!scene.isEnding()) continue;
            int s = firstInScene[scene.index()];
            boolean reached = s >= 0;
            if (reached && (fewest < 0 || graph.depth[s] < fewest)) fewest = graph.depth[s];
            String summary = scene.ending().summary().source();
            endings.add(new EndingResult(scene.id(), scene.ending().kind(), summary, scene.position(), reached,
                    reached ? graph.witness(s) : Witness.EMPTY,
                    odds.kind == CheckReport.Probabilities.UNKNOWN ? Double.NaN : odds.endingMass[scene.index()],
                    odds.exact[scene.index()]));
        }
        errors.sort(Comparator.comparing((Problem p) -> p.kind() != Problem.Kind.STATE_LIMIT)
                .thenComparing(p -> p.position() == null ? "" : p.position().file())
                .thenComparingInt(p -> p.position() == null ? 0 : p.position().line())
                .thenComparingInt(p -> p.position() == null ? 0 : p.position().column()));
        return new CheckReport(story.title(), n, limit, graph.complete, scenes, scenesReached, errors, warnings, endings, fewest, most,
                loops, odds.kind, odds.deadEndMass, odds.endlessMass, growing, unreachable.notReachedWithinLimit(),
                ShortestJourneys.of(graph, firstInScene));
    }

    /** At most {@link #MAX_PER_KIND} problems, the last saying how many more were not shown. */
    static List<Problem> bounded(List<Problem> problems, Problem.Kind kind) {
        if (problems.size() <= MAX_PER_KIND) return problems;
        List<Problem> kept = new ArrayList<>(problems.subList(0, MAX_PER_KIND - 1));
        Problem last = problems.get(MAX_PER_KIND - 1);
        int rest = problems.size() - MAX_PER_KIND;
        List<String> details = new ArrayList<>(last.details());
        details.add("and " + rest + " more " + kind.words() + (rest == 1 ? "" : "s") + " not shown");
        kept.add(new Problem(last.kind(), last.scene(), last.position(), last.message(), last.witness(), details, last.reasons()));
        return kept;
    }

    private static boolean bounded(Story story, String variable) {
        return story.variables().stream().anyMatch(v -> v.name().equals(variable) && v.bounded());
    }

    private static Problem limitProblem(Story story, int limit, List<Growth> growing) {
        List<String> details = new ArrayList<>();
        for (Growth growth : growing) details.add(growth.describe());
        if (details.isEmpty()) {
            details.add("no variable keeps growing: the story is just large; raise the limit to check it in full");
        }
        // Advise only what applies to what keeps growing.
        List<String> unbounded = new ArrayList<>();
        List<String> narrow = new ArrayList<>();
        List<String> visits = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Growth growth : growing) {
            switch (growth.kind()) {
                case INTEGER -> (bounded(story, growth.name()) ? narrow : unbounded).add("'" + growth.name() + "'");
                case VISITS -> visits.add("visits(" + growth.name() + ")");
                case TEXT -> texts.add("'" + growth.name() + "'");
            }
        }
        if (!unbounded.isEmpty()) details.add("bound them with 'between LOW and HIGH' where they are declared, or raise the limit");
        if (!narrow.isEmpty()) details.add("narrow the declared range of " + String.join(", ", narrow) + ", or raise the limit");
        if (!visits.isEmpty()) details.add("compare " + String.join(", ", visits) + " with a number or use seen(), or raise the limit");
        if (!texts.isEmpty()) details.add("stop " + String.join(", ", texts) + " from growing in a loop (conditions that read text tell every length apart), or raise the limit");
        String message = String.format(Locale.ROOT, "the story has more than %,d reachable states; the check stopped there", limit);
        return new Problem(Problem.Kind.STATE_LIMIT, null, null, message, Witness.EMPTY, details);
    }
}
