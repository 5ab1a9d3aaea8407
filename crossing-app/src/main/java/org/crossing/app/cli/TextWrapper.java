package org.crossing.app.cli;

import java.util.List;
import org.crossing.story.model.EndingKind;
import org.crossing.story.play.Run;

/**
 * Wraps styled runs to a width for the terminal, counting columns as the terminal does (Korean
 * and other wide characters take two; see {@link DisplayWidth}); a word wider than a line is
 * broken where the line ends. Styles become ANSI italics and bold when
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
                int wordWidth = DisplayWidth.of(word);
                if (lineHasWord && column + wordWidth > width) {
                    newLine(out, indent);
                    column = indent.length();
                }
                while (column + wordWidth > width && width - column > 0) {
                    // Wider than a whole line: as much as fits, then the rest on the next line.
                    int cut = fitting(word, width - column);
                    if (cut == 0) break;
                    out.append(open).append(word, 0, cut).append(close);
                    newLine(out, indent);
                    column = indent.length();
                    word = word.substring(cut);
                    wordWidth = DisplayWidth.of(word);
                }
                out.append(open).append(word).append(close);
                column += wordWidth;
                lineHasWord = true;
                i = end;
            }
        }
        return out.toString().stripTrailing();
    }

    private static void newLine(StringBuilder out, String indent) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
        out.append('\n').append(indent);
    }

    /** How many chars of {@code word} fit in {@code columns}, whole code points only. */
    private static int fitting(String word, int columns) {
        int used = 0;
        int i = 0;
        while (i < word.length()) {
            int codePoint = word.codePointAt(i);
            int width = DisplayWidth.of(codePoint);
            if (used + width > columns) break;
            used += width;
            i += Character.charCount(codePoint);
        }
        return i;
    }

    String wrap(String text, String indent) {
        return wrap(List.of(new Run(text, false, false)), indent);
    }

    /** Plain text with {@code first} before the first line and {@code rest} before the others. */
    String wrap(String text, String first, String rest) {
        return wrap(List.of(new Run(text, false, false)), first, rest);
    }

    /** Text that matters less than the story's (tags): faint on a terminal, plain otherwise. */
    String dim(String text) {
        return ansi ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    /** An ending's label in its tone's colour on a terminal (green good, red bad, neutral as it is); plain otherwise. */
    String toned(String text, EndingKind.Tone tone) {
        if (!ansi || tone == EndingKind.Tone.NEUTRAL) return text;
        return (tone == EndingKind.Tone.GOOD ? "\u001b[32m" : "\u001b[31m") + text + "\u001b[0m";
    }

    String hanging(String text, int hang) {
        return wrap(List.of(new Run(text, false, false)), "", " ".repeat(hang));
    }
}
