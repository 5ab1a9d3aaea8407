package org.crossing.app.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Optional<String> hashtag,
        List<String> languages,
        Map<String, InfoText> texts) {

    /**
     * The site's words in one of its languages, from {@code site.LANG.yaml} (or site.yaml for the
     * site's own language): {@code tags} gives tags their names in it (a tag's address stays the same).
     */
    public record InfoText(String lang, String title, String logline, String description, Optional<String> imageAlt,
                           Optional<String> trailerTitle, Optional<String> posterAlt, Optional<Interactive> interactive,
                           Map<String, String> tags) {

        /** A tag's name in this language: its translation, else the tag as written. */
        public String tag(String tag) {
            return tags.getOrDefault(tag, tag);
        }
    }

    /** Whether the site can be read in more than one language (then its addresses say which). */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The site's words for a reader of {@code lang}, one of {@link #languages()}; the site's own language otherwise. */
    public InfoText in(String lang) {
        InfoText text = texts.get(lang);
        return text != null ? text : original();
    }

    /** The words of site.yaml. */
    InfoText original() {
        return new InfoText(language, title, logline, description, image.map(MediaImage::alt), trailer.map(Trailer::title),
                trailer.map(t -> t.poster().alt()), interactive, Map.of());
    }

    /**
     * An image with its text alternative; {@code src} is a path on this site or a full address;
     * {@code width} and {@code height} its own, read from its file, 0 when the file does not say.
     */
    public record MediaImage(String src, String alt, int width, int height) {}

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
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("en"), Map.of());
    }
}
