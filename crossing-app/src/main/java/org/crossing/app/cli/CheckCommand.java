package org.crossing.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crossing.app.player.StoryCatalog;
import org.crossing.story.check.CheckReport;
import org.crossing.story.check.Checker;
import org.crossing.story.compile.Compilation;
import org.crossing.story.compile.StoryCompiler;
import org.crossing.story.model.Source;
import org.crossing.story.model.Story;
import org.crossing.story.model.Translation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossing check STORY}: compiles a story, explores every reachable state and reports what it proves. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
                "Compile a story and explore every state a play can reach.",
                "Reports dead ends, endings and scenes no play reaches, loops with no way to an ending, "
                        + "the shortest way to each ending, playthrough lengths and the chance of each ending.",
                "Exit codes: 0 clean, 1 story errors, 2 usage or I/O."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STORY", description = "The story folder, or a folder of story folders (as 'serve' takes): each is checked.")
    Path story;

    @Option(names = "--json", description = "Print the report as JSON, for tools.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000000",
            description = "Explore at most N states (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sources", description = "Also print the bibliography: every source the story's facts cite.")
    boolean sources;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        List<Path> stories;
        try {
            stories = StoryCatalog.storyFolders(story);
        } catch (java.io.IOException e) {
            stories = List.of(); // the compiler says what is wrong with the folder
        }
        if (stories.size() <= 1 && (stories.isEmpty() || stories.get(0).equals(story))) return checkOne(story, out, err, null);
        // A folder of stories, as 'serve' takes: check each.
        List<CheckJson.Report> reports = json ? new ArrayList<>() : null;
        if (!json) {
            out.println("'" + story + "' is a folder of " + stories.size() + (stories.size() == 1 ? " story" : " stories")
                    + "; checking each: " + String.join(", ", stories.stream().map(p -> p.getFileName().toString()).toList()) + ".");
        }
        int worst = ExitCodes.OK;
        for (Path one : stories) {
            if (!json) out.println("\n== " + one + " ==");
            worst = Math.max(worst, checkOne(one, out, err, reports));
        }
        if (json) out.println(JsonOutput.write(new CheckJson.Folder(story.toString(), worst == ExitCodes.OK, reports)));
        else out.println("\n" + stories.size() + (stories.size() == 1 ? " story" : " stories") + " checked: "
                + (worst == ExitCodes.OK ? "no errors." : "errors above."));
        out.flush();
        return worst;
    }

    /** Checks one story folder; its JSON goes to {@code reports} when given, else to {@code out}. */
    private int checkOne(Path story, PrintWriter out, PrintWriter err, List<CheckJson.Report> reports) {
        Compilation compilation = StoryCompiler.compile(story);
        if (compilation.unreadable()) {
            StoryLoader.unreadable(compilation, spec);
            if (json) {
                // Tools read standard output: they get the same problem as JSON.
                json(story, compilation, null, out, reports);
            }
            return ExitCodes.USAGE;
        }
        if (!compilation.ok()) {
            if (json) {
                json(story, compilation, null, out, reports);
            } else {
                err.print(compilation.report());
                err.flush();
            }
            return ExitCodes.STORY_ERRORS;
        }
        Story compiled = compilation.story();
        CheckReport report;
        try (Progress progress = new Progress(err)) {
            report = Checker.of(compiled).limit(limit).progress(progress::explored).run();
        }
        if (json) {
            json(story, compilation, report, out, reports);
        } else {
            // Warnings from the compiler are diagnostics, like errors: standard error.
            err.print(compilation.report());
            err.flush();
            out.print(report.format(new SourceLines(story)::line));
            out.print(translations(compiled));
            if (sources) out.print(bibliography(compiled.bibliography()));
        }
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.STORY_ERRORS;
    }

    private void json(Path story, Compilation compilation, CheckReport report, PrintWriter out, List<CheckJson.Report> reports) {
        CheckJson.Report json = CheckJson.report(story.toString(), compilation, report, sources, new SourceLines(story)::line);
        if (reports != null) {
            reports.add(json);
        } else {
            out.println(JsonOutput.write(json));
            out.flush();
        }
    }

    /** How complete each translation is; nothing when the story has none. */
    static String translations(Story story) {
        if (story.translations().isEmpty()) return "";
        StringBuilder out = new StringBuilder("Translations:\n");
        for (Translation translation : story.translations().values()) {
            int missing = translation.texts() - translation.translated();
            out.append(String.format("  %-5s %3d%%  %,d of %,d texts", translation.language(), translation.percent(),
                    translation.translated() - translation.stale(), translation.texts()));
            if (translation.stale() > 0 || missing > 0) {
                out.append(" (");
                if (translation.stale() > 0) out.append(String.format("%,d stale", translation.stale())).append(missing > 0 ? ", " : "");
                if (missing > 0) out.append(String.format("%,d not translated", missing));
                out.append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String bibliography(List<Source> sources) {
        StringBuilder out = new StringBuilder();
        out.append(sources.isEmpty() ? "Sources: none cited.\n" : "Sources:\n");
        for (Source source : sources) {
            out.append("  ").append(source.publisher()).append(" (").append(source.year()).append("). ")
                    .append(source.title()).append('.');
            if (source.url() != null) out.append(' ').append(source.url());
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * A progress line on stderr once a check has run for a second: rewritten in place on a
     * terminal and cleared at the end; elsewhere (a log, a pipe) a plain line every five seconds.
     */
    static final class Progress implements AutoCloseable {
        private static final long SECOND = 1_000_000_000L;

        private final PrintWriter err;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private long lastShown;
        private int shownLength;

        Progress(PrintWriter err) {
            this(err, Terminal.interactive());
        }

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void explored(int states) {
            long now = System.nanoTime();
            if (now - started < SECOND || !terminal && lastShown != 0 && now - lastShown < 5 * SECOND) return;
            lastShown = now;
            String line = String.format(java.util.Locale.ROOT, "checking: %,d states explored", states);
            if (terminal) {
                err.print('\r' + line);
                shownLength = line.length();
            } else {
                err.println(line);
            }
            err.flush();
        }

        @Override
        public void close() {
            if (shownLength == 0) return;
            err.print('\r' + " ".repeat(shownLength) + '\r');
            err.flush();
        }
    }
}
