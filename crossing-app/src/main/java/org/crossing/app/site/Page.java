package org.crossing.app.site;

import java.util.Optional;

/**
 * A standing page ({@code pages/SLUG.md}): about the film, how it was made, its sources and
 * methods. Pages are listed under /about in the order of their {@code order} field.
 */
public record Page(String slug, String title, String summary, int order, Optional<SiteInfo.MediaImage> image,
                   String html, String file) {}
