package org.crossing.app.player;

import java.util.ArrayList;
import java.util.List;
import org.crossing.story.play.Run;

/**
 * A scene's own heading: the first sentence of its text. Scenes have no titles of their own, and
 * a heading that is the chapter's would be the same for a dozen pages (in the tab, in the
 * history, where focus lands after a choice); the first sentence is what the page says first.
 * The sentence moves into the heading and the paragraph goes on after it. A first sentence too
 * long for a heading is cut at a word with an ellipsis, and the paragraph keeps it whole.
 */
final class SceneHeading {

    static final int MAX = 110;

    /** The heading and what stays of the paragraph (empty when the sentence was all of it). */
    record Split(List<Run> heading, List<Run> rest) {
        String plain() {
            StringBuilder text = new StringBuilder();
            for (Run run : heading) text.append(run.text());
            return text.toString();
        }
    }

    private SceneHeading() {}

    static Split split(List<Run> paragraph) {
        StringBuilder all = new StringBuilder();
        for (Run run : paragraph) all.append(run.text());
        int end = sentenceEnd(all);
        if (end < 0 || end > MAX) return new Split(shortened(paragraph, all), paragraph);
        List<Run> heading = new ArrayList<>();
        List<Run> rest = new ArrayList<>();
        int at = 0;
        for (Run run : paragraph) {
            int from = at;
            at += run.text().length();
            if (at <= end) {
                heading.add(run);
            } else if (from >= end) {
                rest.add(run);
            } else {
                heading.add(new Run(run.text().substring(0, end - from), run.emphasis(), run.strong()));
                rest.add(new Run(run.text().substring(end - from), run.emphasis(), run.strong()));
            }
        }
        if (!rest.isEmpty()) rest.set(0, stripLeading(rest.get(0)));
        rest.removeIf(run -> run.text().isEmpty());
        return new Split(heading, rest);
    }

    /** Where the first sentence ends (after its stop and any closing quote), or -1 when it runs to the end. */
    private static int sentenceEnd(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!' && c != '…') continue;
            int end = i + 1;
            while (end < text.length() && "\"'”’)".indexOf(text.charAt(end)) >= 0) end++;
            if (end < text.length() && Character.isWhitespace(text.charAt(end))) return end;
        }
        return text.length() > 0 ? text.length() : -1;
    }

    private static List<Run> shortened(List<Run> paragraph, CharSequence all) {
        if (all.length() <= MAX) return paragraph;
        int cut = MAX;
        while (cut > 0 && !Character.isWhitespace(all.charAt(cut))) cut--;
        if (cut == 0) cut = MAX;
        return List.of(new Run(all.subSequence(0, cut).toString().stripTrailing().replaceAll("[,;:]+$", "") + "…", false, false));
    }

    private static Run stripLeading(Run run) {
        return new Run(run.text().stripLeading(), run.emphasis(), run.strong());
    }
}
