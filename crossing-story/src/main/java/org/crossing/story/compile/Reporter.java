package org.crossing.story.compile;

import java.util.HashMap;
import java.util.Map;
import org.crossing.story.model.Position;
import org.crossing.story.syntax.Code;
import org.crossing.story.syntax.Diagnostics;
import org.crossing.story.syntax.Line;
import org.crossing.story.syntax.SourceFile;

/** Reports diagnostics with the source line they point into, looked up from the files read. */
final class Reporter {

    final Diagnostics diagnostics;
    private final Map<String, SourceFile> files = new HashMap<>();

    Reporter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void add(SourceFile file) {
        files.put(file.path(), file);
    }

    /** Reports a problem marking the word at {@code position}. */
    void report(Code code, Position position, String message) {
        diagnostics.report(code, position, line(position), message);
    }

    /** Reports a problem at a name as written: the whole name is marked. */
    void report(Code code, Line.Ref ref, String message) {
        diagnostics.report(code, ref.position(), ref.name().length(), line(ref.position()), message);
    }

    private String line(Position position) {
        if (position == null) return null;
        SourceFile file = files.get(position.file());
        return file == null ? null : file.line(position.line());
    }
}
