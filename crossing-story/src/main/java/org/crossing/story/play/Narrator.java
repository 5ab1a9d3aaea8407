package org.crossing.story.play;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.model.Story;
import org.crossing.story.model.Text;

/** Resolves rich text against a state: values filled in, conditions decided, styles flattened into runs. */
public final class Narrator {

    private Narrator() {}

    /** The text as styled runs; adjacent runs of the same style are merged. */
    public static List<Run> runs(Story story, State state, Text text) {
        List<Run> runs = new ArrayList<>();
        append(story, state, text, false, false, runs);
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
}
