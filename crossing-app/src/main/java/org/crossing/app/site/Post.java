package org.crossing.app.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A news post: {@code news/SLUG.md}, Markdown with front matter. {@code html} is the rendered,
 * escaped body.
 */
public record Post(
        String slug,
        String title,
        LocalDate date,
        List<String> tags,
        Optional<String> author,
        String summary,
        Optional<SiteInfo.MediaImage> image,
        String html,
        String file) {

    public boolean taggedWith(String tag) {
        return tags.contains(tag);
    }
}
