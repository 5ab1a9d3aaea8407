package org.crossing.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Story;
import org.crossing.story.syntax.Diagnostic;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Compiles a story for a command, printing its diagnostics on standard error; the exit code says
 * why when there is no story. A folder that cannot be read is the command's own error line.
 */
final class StoryLoader {

    private StoryLoader() {}

    record Loaded(Story story, int exitCode) {}

    static Loaded load(Path folder, CommandSpec spec) {
        Compilation compilation = StoryCompiler.compile(folder);
        PrintWriter err = spec.commandLine().getErr();
        if (compilation.unreadable()) {
            unreadable(compilation, spec);
            return new Loaded(null, ExitCodes.USAGE);
        }
        String report = compilation.report();
        if (!report.isEmpty()) {
            err.print(report);
            err.flush();
        }
        if (!compilation.ok()) return new Loaded(null, ExitCodes.STORY_ERRORS);
        return new Loaded(compilation.story(), ExitCodes.OK);
    }

    /** Why a story folder could not be read, as the command's error lines. */
    static void unreadable(Compilation compilation, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic diagnostic : compilation.diagnostics()) {
            String where = diagnostic.position() == null ? "" : diagnostic.position().line() > 0
                    ? diagnostic.position() + ": " : diagnostic.position().file() + ": ";
            err.println(Complaints.error(spec, where + diagnostic.message()));
        }
        err.flush();
    }
}
