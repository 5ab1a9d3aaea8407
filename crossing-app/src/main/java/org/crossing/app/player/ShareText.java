package org.crossing.app.player;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The words that go with a shared outcome: the post a player sends (X counts it against 280
 * characters, its link as {@value #LINK_LENGTH}), the page's description for link previews, and the
 * route in a few words. Plain statements in the story's own register: no call to "do better" at
 * an ending that is a death or a repatriation.
 */
final class ShareText {

    /** What X counts for any link, however long. */
    static final int LINK_LENGTH = 23;
    static final int POST_LIMIT = 280;
    /** Link previews show about this much of a description; longer ones are cut by the network, anywhere. */
    static final int DESCRIPTION_LIMIT = 200;

    private ShareText() {}

    /** A summary as written, its {values} shown as an ellipsis: for outcomes whose values are not known here. */
    static String withoutValues(String source) {
        return source.replaceAll("\\{[^{}]*}", "…").replaceAll("\\s+", " ").strip();
    }

    /**
     * "7 decisions, 3 km from Hyesan to near Changbai"; "7 decisions, in Hyesan" when the journey
     * stayed in one place; "7 decisions" without places. In {@code text}'s language.
     */
    static String route(Messages text, int decisions, Stops.Route route) {
        String made = text.count("route-decisions", decisions);
        if (route.isEmpty()) return made;
        if (route.stops().size() == 1) return text.t("route-in", made, route.first().inSentence());
        return text.t("route-from-to", made, Stops.distance(route.kilometres()), route.first().inSentence(), route.last().inSentence());
    }

    /**
     * The text of a post: "Reached Seoul and began again. My path through The Crossing: 23
     * decisions, 4,310 km from Hyesan to Seoul." With its link (and the hashtag the network adds,
     * when {@code hashtag} is not null) it stays within {@link #POST_LIMIT}; the summary is cut at a
     * word, never the route.
     */
    static String post(Messages text, String summary, String storyTitle, String route, String hashtag) {
        String tail = text.t("share-post", "", storyTitle, route);
        int room = POST_LIMIT - 1 - LINK_LENGTH - (hashtag == null ? 0 : 2 + hashtag.length()) - tail.length();
        return text.t("share-post", sentence(cut(summary, room - 1)), storyTitle, route);
    }

    /** "Safe: Reached Seoul and began again. 23 decisions, 4,310 km from Hyesan to Seoul. An interactive documentary, The Crossing." */
    static String description(Messages text, String kindLabel, String summary, String storyTitle, String route) {
        String tail = " " + capitalise(route) + ". " + text.t("share-about", storyTitle);
        String head = kindLabel + ": ";
        int room = DESCRIPTION_LIMIT - head.length() - tail.length() - 1;
        if (room < 20) return cut(head + sentence(summary) + tail, DESCRIPTION_LIMIT);
        return head + sentence(cut(summary, room)) + tail;
    }

    /** Ends a text with a full stop unless it ends with its own punctuation. */
    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return t;
        char last = t.charAt(t.length() - 1);
        return ".!?…".indexOf(last) >= 0 ? t : t + ".";
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The text cut at the last word boundary within {@code limit} characters, with an ellipsis; as it is when it fits. */
    static String cut(String text, int limit) {
        String t = text.strip();
        if (t.length() <= limit) return t;
        if (limit <= 1) return "…";
        BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
        words.setText(t);
        int end = words.preceding(limit); // a break at or before limit - 1 leaves room for the ellipsis
        if (end <= 0) end = limit - 1;
        return t.substring(0, end).stripTrailing().replaceAll("[,;:]$", "") + "…";
    }
}
