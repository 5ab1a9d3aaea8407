package org.crossing.story.compile;

import java.util.List;
import org.crossing.story.model.Story;
import org.crossing.story.syntax.Diagnostic;

/**
 * What compiling a story gave: the story (null when there were errors) and the diagnostics,
 * ordered by position. {@code unreadable} means the folder itself could not be read: a usage or
 * I/O problem rather than a story error.
 */
public record Compilation(Story story, List<Diagnostic> diagnostics, int errors, int warnings,
                          int skippedErrors, int skippedWarnings, boolean unreadable) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return story != null;
    }

    /** Every diagnostic as javac prints them, then a count (none when the folder was unreadable). Empty when there is nothing to say. */
    public String report() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) out.append(diagnostic.format()).append('\n');
        if (skippedErrors > 0) out.append(String.format("(%,d more errors not shown)%n", skippedErrors));
        if (skippedWarnings > 0) out.append(String.format("(%,d more warnings not shown)%n", skippedWarnings));
        if (!unreadable && (errors > 0 || warnings > 0)) out.append(count(errors, "error")).append(warnings > 0 && errors > 0 ? ", " : "")
                .append(warnings > 0 ? count(warnings, "warning") : "").append('\n');
        return out.toString();
    }

    private static String count(int n, String word) {
        return n == 0 ? "" : String.format("%,d %s%s", n, word, n == 1 ? "" : "s");
    }
}
