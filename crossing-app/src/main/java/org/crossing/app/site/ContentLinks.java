package org.crossing.app.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossing.story.compile.Names;

/**
 * The links in the site's Markdown bodies, checked once every file is read: a scheme a browser may
 * follow, and an address on the site that leads to a post, tag, page, festival or media file.
 */
final class ContentLinks {

    private ContentLinks() {}

    /** The scheme of a link, lower-cased, as a browser reads it (spaces and controls ignored); null for a path. */
    private static String scheme(String destination) {
        String compact = destination.replaceAll("[\\s\\p{Cntrl}]", "");
        int colon = compact.indexOf(':');
        if (colon <= 0 || !compact.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) return null;
        return compact.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    }

    /** Checks the links of every body read into {@code files} against the posts, tags, pages, festivals and media files there are. */
    static void check(ContentFiles files, List<Post> posts, List<Page> pages, List<Festival> festivals) {
        Set<String> postSlugs = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (Post post : posts) {
            postSlugs.add(post.slug());
            tags.addAll(post.tags());
        }
        Set<String> pageSlugs = new HashSet<>();
        pages.forEach(p -> pageSlugs.add(p.slug()));
        Set<String> festivalSlugs = new HashSet<>();
        festivals.forEach(f -> festivalSlugs.add(f.slug()));
        for (ContentFiles.Pending pending : files.linksToCheck()) {
            String destination = pending.reference().destination();
            int line = pending.reference().line();
            Problems problems = pending.problems();
            String scheme = scheme(destination);
            if (scheme != null && !Markdown.SAFE_SCHEMES.contains(scheme)) {
                problems.error(line, "link to '" + destination.substring(0, Math.min(destination.length(), 40))
                        + "' refused: links use http, https or mailto, and images come from media/");
                continue;
            }
            if (destination.isEmpty() || destination.startsWith("#") || destination.contains(":")) continue;
            if (!destination.startsWith("/")) {
                problems.warning(line, "relative link '" + destination + "': write links on this site from the root, "
                        + "e.g. /news/" + destination);
                continue;
            }
            String path = destination.replaceFirst("[?#].*$", "");
            String[] parts = path.substring(1).split("/", -1);
            String unknown = switch (parts[0]) {
                case "media" -> parts.length > 1 && files.media().contains(path.substring("/media/".length()))
                        ? null : "file " + path.substring(1);
                case "news" -> {
                    if (parts.length == 1 || parts[1].isEmpty() || parts[1].equals("tags") || parts[1].equals("page")) yield null;
                    if (parts[1].equals("tag")) yield parts.length > 2 && tags.contains(parts[2]) ? null
                            : "tag '" + (parts.length > 2 ? parts[2] : "") + "'";
                    yield postSlugs.contains(parts[1]) ? null : "post '" + parts[1] + "'";
                }
                case "screenings" -> parts.length == 1 || parts[1].isEmpty()
                        || festivalSlugs.contains(parts[1].replaceFirst("\\.ics$", "")) ? null : "festival '" + parts[1] + "'";
                case "about" -> parts.length == 1 || parts[1].isEmpty() || pageSlugs.contains(parts[1]) ? null
                        : "page '" + parts[1] + "'";
                default -> null;
            };
            if (unknown != null) {
                List<String> known = parts[0].equals("news") ? new ArrayList<>(postSlugs) : List.of();
                String hint = parts.length > 1 ? Names.closest(parts[1], known).map(s -> " (did you mean /news/" + s + "?)").orElse("") : "";
                problems.error(line, "link to an unknown " + unknown + ": " + destination + hint);
            }
        }
    }
}
