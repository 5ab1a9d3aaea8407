package org.crossing.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.crossing.app.player.StoryCatalog;
import org.crossing.app.site.StoryLinks;
import java.util.concurrent.Callable;
import org.crossing.app.site.Site;
import org.crossing.app.site.SiteLoader;
import org.crossing.story.syntax.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crossing check-site [DIR]}: reports every content error in a companion site folder. */
@Command(name = "check-site",
        mixinStandardHelpOptions = true,
        description = {
                "Check a companion site folder.",
                "Checks front matter, dates, tags, links between files, and links to stories against the stories "
                        + "served with it (the stories folder beside it, or --stories).",
                "Exit codes: 0 no errors, 1 content errors (listed with file and line), 2 the folder cannot be read."
        })
public final class CheckSiteCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "site", paramLabel = "DIR",
            description = "The site folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    @CommandLine.Option(names = "--stories", paramLabel = "DIR",
            description = "The stories served with the site, which its links to /s/STORY must name (default: the folder 'stories' beside the site).")
    Path stories;

    @CommandLine.Option(names = "--json", description = "Print the diagnostics and counts as JSON, for tools.")
    boolean json;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String severity, String file, Integer line, String message) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Report(String site, boolean ok, long errors, long warnings, List<Entry> diagnostics, int posts, int pages, int festivals,
                  int press, int awards, List<String> stories, List<Translation> translations) {}

    /**
     * How much of the site is translated into one of its other languages: {@code press} whether
     * every press entry and award is; {@code stale} the translations made from an earlier version
     * of their original.
     */
    record Translation(String language, int posts, int pages, int festivals, boolean press, List<String> stale) {}

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Site site;
        try {
            site = SiteLoader.load(folder);
        } catch (java.nio.file.NoSuchFileException e) {
            return Complaints.error(spec, ExitCodes.USAGE, "there is no site folder '" + folder + "'");
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // The loader's messages name the folder already.
            return Complaints.error(spec, ExitCodes.USAGE, reason.contains(folder.toString()) ? reason
                    : "cannot read the site folder " + folder + ": " + reason);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(site.diagnostics());
        Path storiesFolder = stories != null ? stories : folder.toAbsolutePath().normalize().resolveSibling("stories");
        Set<String> served = null;
        try {
            served = StoryCatalog.slugsIn(storiesFolder);
        } catch (IOException e) {
            if (stories != null) return Complaints.error(spec, ExitCodes.USAGE, "there is no stories folder '" + stories + "' (--stories)");
        }
        String linksChecked;
        if (served != null) {
            diagnostics.addAll(StoryLinks.unserved(site, served, stories != null ? stories.toString() : "the stories folder beside it"));
            linksChecked = "links to stories checked against " + (stories != null ? stories : storiesFolder);
        } else {
            linksChecked = "links to stories not checked: no stories folder beside the site (give one with --stories)";
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (json) {
            out.println(JsonOutput.write(new Report(folder.toString(), errors == 0, errors, warnings,
                    diagnostics.stream().map(d -> new Entry(d.severity().word(),
                            folder.resolve(d.position().file()).toString().replace('\\', '/'), d.position().line() > 0 ? d.position().line() : null, d.message())).toList(),
                    site.posts().size(), site.pages().size(), site.festivals().size(), site.press().size(), site.awards().size(),
                    served == null ? null : List.copyOf(served), translations(site))));
            out.flush();
            return errors > 0 ? ExitCodes.STORY_ERRORS : ExitCodes.OK;
        }
        for (Diagnostic diagnostic : diagnostics) {
            err.println(folder.resolve(diagnostic.position().file()).toString().replace('\\', '/')
                    + (diagnostic.position().line() > 0 ? ":" + diagnostic.position().line() : "") + ": "
                    + diagnostic.severity().word() + ": " + diagnostic.message());
        }
        out.printf("%s: %d posts, %d tags, %d pages, %d festivals (%d screenings), %d press, %d awards; %s, %s%n",
                folder, site.posts().size(), site.tags().size(), site.pages().size(), site.festivals().size(),
                site.festivals().stream().mapToInt(f -> f.screenings().size()).sum(),
                site.press().size(), site.awards().size(), plural(errors, "error"), plural(warnings, "warning"));
        for (Translation translation : translations(site)) {
            boolean hasPress = !site.press().isEmpty() || !site.awards().isEmpty();
            out.printf("  in %s (site.%s.yaml): %d of %d posts, %d of %d pages, %d of %d festivals translated%s%s%n",
                    SiteLoader.languageName(translation.language()), translation.language(), translation.posts(), site.posts().size(),
                    translation.pages(), site.pages().size(), translation.festivals(), site.festivals().size(),
                    !hasPress ? "" : translation.press() ? ", press and awards too" : ", press and awards not",
                    translation.stale().isEmpty() ? "" : "; " + translation.stale().size() + " stale (made from an earlier version of "
                            + "the original: see the warnings)");
        }
        out.println("  " + linksChecked);
        out.flush();
        err.flush();
        return errors > 0 ? ExitCodes.STORY_ERRORS : ExitCodes.OK;
    }

    /** For each of the site's languages but its own, the entries that have a translation into it. */
    private static List<Translation> translations(Site site) {
        List<Translation> translations = new ArrayList<>();
        for (String lang : site.info().languages().subList(1, site.info().languages().size())) {
            translations.add(new Translation(lang,
                    (int) site.posts().stream().filter(p -> p.in(lang).lang().equals(lang)).count(),
                    (int) site.pages().stream().filter(p -> p.in(lang).lang().equals(lang)).count(),
                    (int) site.festivals().stream().filter(f -> f.in(lang).lang().equals(lang)).count(),
                    site.press().stream().allMatch(p -> p.in(lang).isPresent()) && site.awards().stream().allMatch(a -> a.in(lang).isPresent()),
                    site.staleTranslations(lang)));
        }
        return translations;
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
