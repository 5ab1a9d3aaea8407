package org.crossing.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;

/** Compiles a story for a command, printing its diagnostics; the exit code says why when there is no story. */
final class StoryLoader {

    private StoryLoader() {}

    record Loaded(Story story, int exitCode) {}

    static Loaded load(Path folder, PrintWriter err) {
        Compilation compilation = StoryCompiler.compile(folder);
        String report = compilation.report();
        if (!report.isEmpty()) {
            err.print(report);
            err.flush();
        }
        if (compilation.unreadable()) return new Loaded(null, ExitCodes.USAGE);
        if (!compilation.ok()) return new Loaded(null, ExitCodes.STORY_ERRORS);
        return new Loaded(compilation.story(), ExitCodes.OK);
    }
}
