package org.crossing.app.site;

import java.util.Optional;

/**
 * A standing page ({@code pages/SLUG.md}): about the film, how it was made, its sources and
 * methods. Pages are listed under /about in the order of their {@code order} field.
 */
public record Page(String slug, String title, String summary, int order, Optional<SiteInfo.MediaImage> image,
                   String html, String file, java.util.Map<String, EntryText> texts) {

    /** The page for a reader of {@code language}: its translation ({@code pages/SLUG.LANG.md}), else the original. */
    public EntryText in(String language) {
        EntryText text = texts.get(language);
        return text != null ? text : new EntryText("", title, summary, Optional.empty(), image.map(SiteInfo.MediaImage::alt), html);
    }
}
