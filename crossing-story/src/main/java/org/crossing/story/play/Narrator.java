package org.crossing.story.play;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Story;
import org.crossing.story.model.Text;

/** Resolves rich text against a state: values filled in, conditions decided, styles flattened into runs. */
public final class Narrator {

    private Narrator() {}

    /**
     * The text as styled runs; adjacent runs of the same style are merged. A part that shows
     * nothing on this journey (a condition that does not hold, a variation with nothing left)
     * leaves no gap: the spaces around it, written by the author or put between a paragraph's
     * lines by the compiler, become one, and the text neither starts nor ends with a space.
     */
    public static List<Run> runs(Story story, State state, Text text) {
        List<Run> runs = new ArrayList<>();
        append(story, state, text, false, false, runs);
        stripEnd(runs);
        return runs;
    }

    /** The text as plain characters, styles dropped. */
    public static String plain(Story story, State state, Text text) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs(story, state, text)) out.append(run.text());
        return out.toString();
    }

    /** How a value reads in text: integers in decimal, booleans as yes or no, text as it is. */
    public static String format(Object value) {
        if (value instanceof Boolean b) return b ? "yes" : "no";
        return String.valueOf(value);
    }

    private static void append(Story story, State state, Text text, boolean emphasis, boolean strong, List<Run> runs) {
        Evaluator.Visits visits = Engine.visits(story, state);
        for (Text.Span span : text.spans()) {
            switch (span) {
                case Text.Span.Plain plain -> add(runs, plain.text(), emphasis, strong);
                case Text.Span.Emphasis em -> append(story, state, em.inner(), emphasis || !em.strong(), strong || em.strong(), runs);
                case Text.Span.Value value -> add(runs, format(Evaluator.evaluate(value.expr(), state.values, visits)), emphasis, strong);
                case Text.Span.Conditional cond -> {
                    boolean holds = (Boolean) Evaluator.evaluate(cond.condition(), state.values, visits);
                    append(story, state, holds ? cond.then() : cond.otherwise(), emphasis, strong, runs);
                }
                case Text.Span.Variation variation -> {
                    Text shown = variation.on(visits.of(variation.scene()));
                    if (shown != null) append(story, state, shown, emphasis, strong, runs);
                }
            }
        }
    }

    private static void add(List<Run> runs, String text, boolean emphasis, boolean strong) {
        if (!text.isEmpty() && Character.isWhitespace(text.charAt(0)) && endsInSpace(runs)) text = text.stripLeading();
        if (text.isEmpty()) return;
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.emphasis() == emphasis && last.strong() == strong) {
                runs.set(runs.size() - 1, new Run(last.text() + text, emphasis, strong));
                return;
            }
        }
        runs.add(new Run(text, emphasis, strong));
    }

    /** Whether nothing has been said yet or what was said ends in a space: a space added now would be one too many. */
    private static boolean endsInSpace(List<Run> runs) {
        if (runs.isEmpty()) return true;
        String last = runs.get(runs.size() - 1).text();
        return Character.isWhitespace(last.charAt(last.length() - 1));
    }

    private static void stripEnd(List<Run> runs) {
        while (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            String text = last.text().stripTrailing();
            if (text.length() == last.text().length()) return;
            if (text.isEmpty()) runs.remove(runs.size() - 1);
            else runs.set(runs.size() - 1, new Run(text, last.emphasis(), last.strong()));
        }
    }
}
