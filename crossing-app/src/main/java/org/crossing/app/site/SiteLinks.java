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
        // Called for every link of every page: indexOf, not regular expressions.
        int hash = destination.indexOf('#');
        String address = hash < 0 ? destination : destination.substring(0, hash);
        int question = address.indexOf('?');
        String path = question < 0 ? address : address.substring(0, question);
        if (path.startsWith("/media/") || path.startsWith("/site-assets/") || path.startsWith("/assets/")
                || path.endsWith(".ics") || path.endsWith(".xml") || path.endsWith(".txt")
                || (question >= 0 && (address.startsWith("lang=", question + 1) || address.contains("&lang=")))) {
            return destination;
        }
        String tag = language.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))
                ? language : URLEncoder.encode(language, StandardCharsets.UTF_8);
        return address + (question >= 0 ? "&" : "?") + "lang=" + tag + (hash < 0 ? "" : destination.substring(hash));
    }
}
