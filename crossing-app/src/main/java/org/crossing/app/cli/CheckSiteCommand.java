package org.crossing.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crossing.app.site.Diagnostic;
import org.crossing.app.site.Site;
import org.crossing.app.site.SiteLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crossing check-site [DIR]}: reports every content error in a companion site folder. */
@Command(name = "check-site",
        mixinStandardHelpOptions = true,
        description = {
                "Check a companion site folder: front matter, dates, tags, links between files.",
                "Exit codes: 0 no errors, 1 content errors (listed with file and line), 2 the folder cannot be read."
        })
public final class CheckSiteCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "site", paramLabel = "DIR",
            description = "The site folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Site site;
        try {
            site = SiteLoader.load(folder);
        } catch (IOException e) {
            err.println("crossing check-site: cannot read the site folder " + folder + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return ExitCodes.USAGE;
        }
        for (Diagnostic diagnostic : site.diagnostics()) {
            err.println(folder.resolve(diagnostic.file()).toString().replace('\\', '/')
                    + (diagnostic.line() > 0 ? ":" + diagnostic.line() : "") + ": "
                    + diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + diagnostic.message());
        }
        long errors = site.errorCount();
        long warnings = site.diagnostics().size() - errors;
        out.printf("%s: %d posts, %d tags, %d pages, %d festivals (%d screenings), %d press, %d awards; %s, %s%n",
                folder, site.posts().size(), site.tags().size(), site.pages().size(), site.festivals().size(),
                site.festivals().stream().mapToInt(f -> f.screenings().size()).sum(),
                site.press().size(), site.awards().size(), plural(errors, "error"), plural(warnings, "warning"));
        out.flush();
        err.flush();
        return errors > 0 ? ExitCodes.STORY_ERRORS : ExitCodes.OK;
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
