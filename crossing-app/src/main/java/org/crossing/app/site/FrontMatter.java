package org.crossing.app.site;

import java.util.Optional;

/**
 * A Markdown file split into its front matter (YAML between two {@code ---} lines at the top)
 * and its body, with the line on which the body starts.
 */
record FrontMatter(String yaml, String body, int bodyLine) {

    /** Splits {@code text}, reporting a file that does not start with front matter or never closes it. */
    static Optional<FrontMatter> split(String text, Problems problems) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\r\n|\n|\r", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.error(1, "broken front matter: the file must start with a line '---', then fields like "
                    + "'title: ...', then another '---'");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, body, i + 2));
            }
        }
        problems.error(1, "broken front matter: the '---' on line 1 is never closed by another '---' line");
        return Optional.empty();
    }
}
