package org.crossing.app.cli;

import java.util.List;
import org.crossing.story.play.Run;

/**
 * Wraps styled runs to a width for the terminal. Styles become ANSI italics and bold when
 * {@code ansi} is set; otherwise they are dropped, so piped output is plain text.
 */
final class TextWrapper {

    private final int width;
    private final boolean ansi;

    TextWrapper(int width, boolean ansi) {
        this.width = Math.max(20, width);
        this.ansi = ansi;
    }

    String wrap(List<Run> runs, String indent) {
        return wrap(runs, indent, indent);
    }

    /** Wraps with {@code first} before the first line and {@code rest} before the others (a hanging indent). */
    String wrap(List<Run> runs, String first, String rest) {
        String indent = rest;
        StringBuilder out = new StringBuilder(first);
        int column = first.length();
        boolean lineHasWord = false;
        for (Run run : runs) {
            String open = ansi ? (run.strong() ? "\u001b[1m" : "") + (run.emphasis() ? "\u001b[3m" : "") : "";
            String close = ansi && (run.strong() || run.emphasis()) ? "\u001b[0m" : "";
            String text = run.text();
            int i = 0;
            while (i < text.length()) {
                if (Character.isWhitespace(text.charAt(i))) {
                    i++;
                    if (lineHasWord && column < width) {
                        out.append(' ');
                        column++;
                    }
                    continue;
                }
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
                String word = text.substring(i, end);
                if (lineHasWord && column + word.length() > width) {
                    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
                    out.append('\n').append(indent);
                    column = indent.length();
                }
                out.append(open).append(word).append(close);
                column += word.length();
                lineHasWord = true;
                i = end;
            }
        }
        return out.toString().stripTrailing();
    }

    String wrap(String text, String indent) {
        return wrap(List.of(new Run(text, false, false)), indent);
    }

    String hanging(String text, int hang) {
        return wrap(List.of(new Run(text, false, false)), "", " ".repeat(hang));
    }
}
