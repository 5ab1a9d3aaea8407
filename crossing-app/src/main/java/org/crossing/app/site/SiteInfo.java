package org.crossing.app.site;

import java.util.Optional;

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
                          Optional<String> captions, Optional<String> link) {}

    /** The link into the interactive story, with its label. */
    public record Interactive(String url, String label, Optional<String> note) {}

    static SiteInfo placeholder(String folderName) {
        return new SiteInfo(folderName, "", "", Optional.empty(), "en", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
