package org.crossing.story.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crossing.story.model.Position;

/**
 * Collects diagnostics, bounded: after {@link #MAX_ERRORS} errors (and as many warnings) further
 * ones are only counted, so hostile input cannot make the report itself huge.
 */
public final class Diagnostics {

    public static final int MAX_ERRORS = 100;

    private final List<Diagnostic> kept = new ArrayList<>();
    private int errors;
    private int warnings;
    private int skippedErrors;
    private int skippedWarnings;

    /** Reports a problem marking the word at {@code position}; its severity is the code's. */
    public void report(Code code, Position position, String sourceLine, String message) {
        add(Diagnostic.of(code, position, message, sourceLine));
    }

    /** Reports a problem marking {@code length} characters from {@code position}. */
    public void report(Code code, Position position, int length, String sourceLine, String message) {
        add(Diagnostic.of(code, position, length, message, sourceLine));
    }

    public void add(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            if (++errors > MAX_ERRORS) {
                skippedErrors++;
                return;
            }
        } else if (++warnings > MAX_ERRORS) {
            skippedWarnings++;
            return;
        }
        kept.add(diagnostic);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** Whether the error bound is reached: stages may stop early, since nothing more will be shown. */
    public boolean full() {
        return errors >= MAX_ERRORS;
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    public int skippedErrors() {
        return skippedErrors;
    }

    public int skippedWarnings() {
        return skippedWarnings;
    }

    /** The kept diagnostics, ordered by file, line and column. */
    public List<Diagnostic> list() {
        List<Diagnostic> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing((Diagnostic d) -> d.position() == null ? "" : d.position().file())
                .thenComparingInt(d -> d.position() == null ? 0 : d.position().line())
                .thenComparingInt(d -> d.position() == null ? 0 : d.position().column()));
        return sorted;
    }
}
