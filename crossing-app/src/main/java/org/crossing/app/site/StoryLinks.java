package org.crossing.app.site;

import org.crossing.story.syntax.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's links into the stories ({@code /s/SLUG}: the way into the interactive in site.yaml,
 * and links in posts and pages), so that a site is never served with stories it does not link to
 * correctly: a link to a story that is not served would lead visitors to a "no such story" page.
 */
public final class StoryLinks {

    /** A link from {@code file} (relative to the site folder) to the story {@code slug}. */
    public record StoryLink(String file, String slug) {}

    private static final Pattern PATH = Pattern.compile("^/s/([a-z0-9][a-z0-9_-]{0,63})(?:[/?#].*)?$");
    private static final Pattern IN_HTML = Pattern.compile("href=\"/s/([a-z0-9][a-z0-9_-]{0,63})(?:[/?#][^\"]*)?\"");

    private StoryLinks() {}

    public static List<StoryLink> of(Site site) {
        List<StoryLink> links = new ArrayList<>();
        site.info().interactive().ifPresent(interactive -> {
            Matcher path = PATH.matcher(interactive.url());
            if (path.matches()) links.add(new StoryLink("site.yaml", path.group(1)));
        });
        for (Post post : site.posts()) inHtml(post.file(), post.html(), links);
        for (Page page : site.pages()) inHtml(page.file(), page.html(), links);
        return links;
    }

    /** One error for each link to a story that is not among {@code served}. */
    public static List<Diagnostic> unserved(Site site, Set<String> served, String storiesFolder) {
        List<Diagnostic> errors = new ArrayList<>();
        for (StoryLink link : of(site)) {
            if (served.contains(link.slug())) continue;
            errors.add(Diagnostic.inFile(Diagnostic.Severity.ERROR, link.file(), 0, "links to the story '" + link.slug()
                    + "' (/s/" + link.slug() + "), which is not in " + storiesFolder + " ("
                    + (served.isEmpty() ? "no stories" : "its stories: " + String.join(", ", new TreeSet<>(served))) + ")"));
        }
        return errors;
    }

    private static void inHtml(String file, String html, List<StoryLink> links) {
        Matcher link = IN_HTML.matcher(html);
        while (link.find()) links.add(new StoryLink(file, link.group(1)));
    }
}
