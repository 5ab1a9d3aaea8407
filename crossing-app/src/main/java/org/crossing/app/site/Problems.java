package org.crossing.app.site;

import java.util.List;
import org.crossing.story.syntax.Diagnostic;

/** Collects the diagnostics of one file; the loader asks whether an item gained errors. */
final class Problems {

    private final String file;
    private final List<Diagnostic> sink;
    private int errors;

    Problems(String file, List<Diagnostic> sink) {
        this.file = file;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    void error(int line, String message) {
        errors++;
        sink.add(Diagnostic.inFile(Diagnostic.Severity.ERROR, file, line, message));
    }

    void warning(int line, String message) {
        sink.add(Diagnostic.inFile(Diagnostic.Severity.WARNING, file, line, message));
    }

    /** The number of errors reported so far: compare before and after reading an item. */
    int errorCount() {
        return errors;
    }
}
