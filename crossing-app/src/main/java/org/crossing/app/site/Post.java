package org.crossing.app.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A news post: {@code news/SLUG.md}, Markdown with front matter. {@code html} is the rendered,
 * escaped body. {@code texts} holds the post for a reader of each of the site's languages: its
 * translation ({@code news/SLUG.LANG.md}) or the original.
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
        String file,
        java.util.Map<String, EntryText> texts) {

    /** The post for a reader of {@code language}: its translation, else the original. */
    public EntryText in(String language) {
        EntryText text = texts.get(language);
        return text != null ? text : new EntryText("", title, summary, author, image.map(SiteInfo.MediaImage::alt), html);
    }

    public boolean taggedWith(String tag) {
        return tags.contains(tag);
    }
}
