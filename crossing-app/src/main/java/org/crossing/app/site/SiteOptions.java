package org.crossing.app.site;

import java.util.List;

/**
 * How the site is mounted: the path of its home page, posts per news page, stylesheets the
 * server shares with the site (loaded before the site's own), and the public address
 * (null: the site's {@code url}, else each request's host).
 */
public record SiteOptions(String homePath, int postsPerPage, List<String> sharedCss, String publicUrl) {

    public SiteOptions {
        if (postsPerPage < 1) throw new IllegalArgumentException("postsPerPage must be at least 1, not " + postsPerPage);
        sharedCss = List.copyOf(sharedCss);
    }
}
