package org.crossing.app.player;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The links that share an outcome on the networks, written as the ending page's HTML needs them. */
final class ShareLinks {

    private ShareLinks() {}

    /** A story's hashtag and its URL-encoded forms, worked out once per story; {@code tag} null when it has none. */
    record Tag(String tag, String encoded, String encodedHash, String encodedSuffix) {
        static Tag of(String hashtag) {
            return hashtag == null ? new Tag(null, "", "", "") : new Tag(hashtag, enc(hashtag), enc("#" + hashtag), enc(" #" + hashtag));
        }
    }

    /**
     * The share links for an outcome. URL encoding works character by character, so the encoding
     * of a joined text is the encodings of its parts joined: the link text and address are encoded
     * once each, the hashtag once per story, and the links are put together from those, their
     * {@code &} written as HTML needs it ({@link Views.ShareLink}).
     */
    static List<Views.ShareLink> of(String url, String text, Tag tag) {
        String u = enc(url);
        String t = enc(text);
        boolean hasTag = tag.tag() != null;
        String tagged = t + tag.encodedSuffix(); // enc(text + " #" + hashtag)
        String taggedSpaceUrl = tagged + "+" + u; // enc(tagged + " " + url)
        return List.of(
                new Views.ShareLink("X", "https://twitter.com/intent/tweet?text=" + t + "&amp;url=" + u + (hasTag ? "&amp;hashtags=" + tag.encoded() : "")),
                new Views.ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u + (hasTag ? "&amp;hashtag=" + tag.encodedHash() : "")),
                new Views.ShareLink("Bluesky", "https://bsky.app/intent/compose?text=" + taggedSpaceUrl),
                new Views.ShareLink("Mastodon", "https://mastodonshare.com/?text=" + tagged + "&amp;url=" + u),
                new Views.ShareLink("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
                new Views.ShareLink("Reddit", "https://www.reddit.com/submit?url=" + u + "&amp;title=" + t),
                new Views.ShareLink("WhatsApp", "https://wa.me/?text=" + taggedSpaceUrl),
                new Views.ShareLink("Email", "mailto:?subject=" + t.replace("+", "%20") + "&amp;body=" + (tagged + "%0A" + u).replace("+", "%20")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
