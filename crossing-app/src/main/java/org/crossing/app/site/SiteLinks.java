package org.crossing.app.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses on the site that keep the reader's language. */
final class SiteLinks {

    private SiteLinks() {}

    /**
     * {@code destination} with {@code ?lang=LANGUAGE} when it is a page on this server (a path from
     * the root: the site's pages and the stories); files (media, calendars, the sitemap), other sites and
     * anchors are left as they are. A fragment stays last: {@code /about/x#y} becomes
     * {@code /about/x?lang=ko#y}.
     */
    static String inLanguage(String destination, String language) {
        if (language == null || !destination.startsWith("/") || destination.startsWith("//")) return destination;
        int hash = destination.indexOf('#');
        String address = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? "" : destination.substring(hash);
        String path = address.replaceFirst("\\?.*$", "");
        if (path.startsWith("/media/") || path.startsWith("/site-assets/") || path.startsWith("/assets/")
                || path.endsWith(".ics") || path.endsWith(".xml") || path.endsWith(".txt")
                || address.matches(".*[?&]lang=.*")) {
            return destination;
        }
        return address + (address.contains("?") ? "&" : "?") + "lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8) + fragment;
    }
}
