package org.crossing.app.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code site.yaml} says about the production: its title and logline, the address the
 * site is published at (for feeds and the sitemap), the trailer and the way into the
 * interactive.
 */
public record SiteInfo(
        String title,
        String logline,
        String description,
        Optional<String> url,
        String language,
        Optional<String> author,
        Optional<MediaImage> image,
        Optional<Trailer> trailer,
        Optional<Interactive> interactive,
        Optional<String> hashtag) {

    /** An image with its text alternative; {@code src} is a path on this site or a full address. */
    public record MediaImage(String src, String alt) {}

    /**
     * The trailer: a video file (under media/) played by the browser's own player, or a page
     * to embed (YouTube, Vimeo) which loads only when the visitor asks for it.
     */
    public record Trailer(String title, Optional<String> video, Optional<String> embed, MediaImage poster,
                          Optional<String> captions, Optional<String> link) {

        /** A host name or address as a policy header may carry it: letters, digits, dots, hyphens, an IPv6 literal. */
        private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");

        /**
         * The origin ({@code https://host[:port]}) of an embed address, for the home page's
         * {@code frame-src}; empty when the address has a user name or password, or a host a
         * header cannot carry as it is. Only the parsed host and port go into the header: the
         * address's other parts are the site author's text, and text copied into a policy can
         * add directives to it.
         */
        public static Optional<String> embedOrigin(String embed) {
            URI uri;
            try {
                uri = new URI(embed);
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null || uri.getHost() == null
                    || !HOST.matcher(uri.getHost()).matches()) {
                return Optional.empty();
            }
            return Optional.of("https://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        }
    }

    /** The link into the interactive story, with its label. */
    public record Interactive(String url, String label, Optional<String> note) {}

    static SiteInfo placeholder(String folderName) {
        return new SiteInfo(folderName, "", "", Optional.empty(), "en", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
