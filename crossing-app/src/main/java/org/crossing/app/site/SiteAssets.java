package org.crossing.app.site;

import org.crossing.app.http.Assets;

/**
 * The site's own stylesheet and script (web/site.css, web/site.js), added to the player's, served
 * under fingerprinted names from {@code /site-assets/} like the player's bundle.
 */
public final class SiteAssets {

    static final String PREFIX = "/site-assets/";

    private SiteAssets() {}

    public static Assets load() {
        return Assets.bundle(PREFIX, "site", Assets.resource("web/site.css"), Assets.resource("web/site.js"));
    }
}
