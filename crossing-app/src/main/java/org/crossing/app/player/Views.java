package org.crossing.app.player;

import static org.crossing.app.player.SvgNumbers.oneDecimal;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import org.crossing.app.http.OpenGraphLocales;
import org.crossing.story.play.Run;

/**
 * What the templates show: plain values, already resolved against the play state, formatted and
 * safe to print (the templates escape every string). Public because the generated template
 * classes live in another package.
 */
public final class Views {

    private Views() {}

    /**
     * The page's head: title, language, assets and, for shared outcomes, Open Graph metadata;
     * {@code text} the player's own words in the page's language; {@code alternates} the page in
     * each language it can be read in (empty when only one), and {@code xDefault} its absolute
     * address without a language, which picks one from the browser's; {@code langQuery} what
     * links to the story's other pages add to stay in this language ("?lang=ko", or "").
     */
    public record Head(String title, String lang, String description, String css, String js, OpenGraph og,
                       Messages text, List<Alternate> alternates, String xDefault, String langQuery) {

        /** A page in one language, with the player's words in it (English when it has no table). */
        public Head(String title, String lang, String description, String css, String js, OpenGraph og) {
            this(title, lang, description, css, js, og, Messages.of(lang), List.of(), null, "");
        }

        /** The player's message {@code key} in the page's language. */
        public String t(String key, Object... values) {
            return text.t(key, values);
        }

        /** The player's message for a count ({@code key.one} or {@code key.other}). */
        public String count(String key, long count, Object... more) {
            return text.count(key, count, more);
        }

        /** The player's message {@code key}, going on from the words {@code before} ({@link Messages#after}). */
        public String after(String key, CharSequence before) {
            return text.after(key, before);
        }

        /** The page's language as og:locale names it ("ko_KR"). */
        public String ogLocale() {
            return OpenGraphLocales.of(lang);
        }

        /** The page's other languages as og:locale:alternate names them. */
        public List<String> ogLocaleAlternates() {
            return OpenGraphLocales.alternates(lang, alternates.stream().map(Alternate::lang).toList());
        }
    }

    /**
     * The same page in a language: {@code name} in that language ("한국어"); {@code href} its
     * address on this site, {@code url} the whole address (for hreflang; null on a journey's page, which has
     * none); {@code current} for the page's own.
     */
    public record Alternate(String lang, String name, String href, String url, boolean current) {}

    public record OpenGraph(String title, String description, String url, String image, String imageAlt, String siteName) {}

    /**
     * A story in the list, in the list's language when it can be read in it: {@code lang} the
     * language it is shown in, {@code langQuery} what its link adds to stay in it ("?lang=ko", or "").
     */
    public record StoryCard(String slug, String title, String description, boolean open, String opensOn, String lang, String langQuery) {}

    public record HomePage(Head head, List<StoryCard> stories) {}

    /**
     * A story's landing page: what the story is, and whether it can be begun ({@code door});
     * {@code opening} the opening picture of the chapter the story begins in, or null when it has none.
     */
    public record LandingPage(Frame frame, List<String> authors, String description, String contentNote, Door door,
                              ChapterOpening opening) {}

    /** Whether a landing page lets the player begin: {@link Open}, or not before the story's launch ({@link NotYetOpen}). */
    public sealed interface Door permits Open, NotYetOpen {}

    /** The story can be begun; {@code invite}: the invitation the page was opened with, carried to begin, or null. */
    public record Open(String invite) implements Door {}

    /** The story opens on {@code opensOn}; {@code inviteRejected}: the address carried an invite this server did not sign. */
    public record NotYetOpen(String opensOn, boolean inviteRejected) implements Door {}

    public sealed interface BlockView permits Paragraph, FactCard, Picture, Film, Sound {}

    public record Paragraph(List<Run> runs) implements BlockView {}

    /** {@code landmark}: the card's name as a landmark, told apart from the page's other fact cards ("Fact 2 of 3"). */
    public record FactCard(String statement, SourceRef source, String landmark) implements BlockView {}

    /**
     * {@code width} and {@code height}: the picture's own, 0 when its file does not say;
     * {@code panorama}: at least twice as wide as tall, shown as a centre crop that scripts pan.
     */
    public record Picture(String src, String alt, List<HotspotView> hotspots, int width, int height, boolean panorama) implements BlockView {}

    public record Film(String src, String captions, String title) implements BlockView {}

    /**
     * {@code mp3}: the same sound as MP3 for browsers without Ogg, or null; {@code cues}: the text of
     * its captions file, shown in the page for reading (the file itself is for the player's track).
     */
    public record Sound(String src, String mp3, String transcript, boolean captions, List<String> cues, String title) implements BlockView {}

    public record SourceRef(String id, String title, String publisher, int year, String url) {}

    /**
     * A numbered point on a picture, linking to its detail; {@code x} and {@code y} are whole
     * percents. Its number stands beside the point, towards the middle of the picture
     * ({@code toLeft}, {@code below}), joined to it by a short line, so it does not hide what it names.
     */
    public record Marker(String id, int number, int x, int y, String label) {
        public boolean toLeft() {
            return x > 55;
        }

        public boolean below() {
            return y < 30;
        }
    }

    /** What a point on a picture opens: a fact, a photo, a sound or a text. */
    public sealed interface HotspotView permits FactSpot, PhotoSpot, AudioSpot, TextSpot {
        Marker marker();
    }

    public record FactSpot(Marker marker, String statement, SourceRef source) implements HotspotView {}

    public record PhotoSpot(Marker marker, String src, String alt) implements HotspotView {}

    /** {@code captions}: whether {@code transcript} is a captions file (WebVTT) rather than a text; {@code cues}: its text, as for {@link Sound}. */
    public record AudioSpot(Marker marker, String src, String mp3, String title, String transcript, boolean captions, List<String> cues)
            implements HotspotView {}

    public record TextSpot(Marker marker, String text) implements HotspotView {}

    /**
     * A sound a scene plays by itself (a chapter's bed, a scene's loop, a spot sound): its file, the
     * MP3 beside it or null, its captions file and their text (the cues, for the page without a
     * script), and what is heard.
     */
    public record AmbientView(String src, String mp3, String captions, List<String> cues, String description) {}

    /** A chapter's full-bleed opening: its number and title over its picture. */
    public record ChapterOpening(int number, String title, String src, String alt, int width, int height) {}

    /** A choice button: {@code value} is what the form sends. */
    public record ChoiceView(String value, int key, List<Run> label, boolean enabled, String reason, boolean timedDefault) {}

    /** One bar of "what others chose" or of the endings' distribution; {@code percent} is whole. */
    public record ShareBar(List<Run> label, int percent, long count, boolean mine) {}

    /**
     * How players decided in the scene the player just left: {@code clockChose} when the countdown
     * took the choice; {@code bars} empty until {@code total} reaches {@code needed}.
     */
    public record Decision(List<Run> chosen, boolean clockChose, List<ShareBar> bars, long total, int needed) {
        public boolean shown() {
            return total >= needed;
        }

        /** The choice's words as plain text: what a Korean particle after them follows. */
        public String chosenText() {
            StringBuilder text = new StringBuilder();
            for (Run run : chosen) text.append(run.text());
            return text.toString();
        }
    }

    /** The story a page belongs to, as its header and links name it. */
    public record StoryRef(String slug, String title, boolean hasSources) {}

    /**
     * The choices of a scene, as a form posted to {@code action} with the journey's {@code token}:
     * one button to go on ({@link GoOn}) or the choices themselves ({@link Choose}).
     */
    public sealed interface ChoiceForm permits GoOn, Choose {
        String action();

        String token();
    }

    /** A scene that chance decides: one button, {@code label}, lets the dice fall. */
    public record GoOn(String action, String token, String label) implements ChoiceForm {}

    /**
     * A scene's choices: {@code timer} the countdown's block as HTML ({@code scenetimer.jte}), null
     * when no countdown runs; {@code waitLabel}, when not null, labels the button that lets the
     * time run out, for a countdown that takes none of the choices offered.
     */
    public record Choose(String action, String token, List<ChoiceView> choices, Content timer, String waitLabel) implements ChoiceForm {}

    /**
     * The sounds a scene plays by itself: the chapter's sound bed, the scene's own loop and its
     * spot sound, each null when there is none.
     */
    public record SceneSounds(AmbientView bed, AmbientView ambient, AmbientView spot) {
        /** Whether there is a sound to offer. */
        public boolean any() {
            return bed != null || ambient != null || spot != null;
        }

        /**
         * The sounds a player hears here, one line each: the scene's own loop, which replaces the
         * chapter's bed while the scene is shown, or else the bed; then the spot sound.
         */
        public List<AmbientView> heard() {
            List<AmbientView> heard = new ArrayList<>(2);
            if (ambient != null) heard.add(ambient);
            else if (bed != null) heard.add(bed);
            if (spot != null) heard.add(spot);
            return heard;
        }
    }

    /** What every page of a journey stands in: its head, and the story it belongs to. */
    public record Frame(Head head, StoryRef story) {}

    /**
     * A scene's page: the scene itself, the route so far (a {@link MapStrip} as {@code mapstrip.jte}
     * draws it, kept rendered by {@link PagePieces#strip}; null on a story without places), and the choice.
     */
    public record ScenePage(Frame frame, SceneContent scene, Content strip, ChoicePart choice) {}

    /**
     * What a scene says. The parts that read the same on every journey are HTML rendered once per
     * scene ({@link ScenePieces}): {@code top} the header's story title, chapter and place
     * ({@code scenetop.jte}); {@code opening} the chapter's opening ({@code chapteropening.jte}), on
     * the first scene a journey reaches in it, else null; {@code sounds} the scene's sounds
     * ({@code scenesounds.jte}), null when it has none. {@code heading}: the scene's own, its first
     * sentence ({@link SceneHeading}); {@code body}: the scene's blocks as HTML ({@link SceneBodies}).
     */
    public record SceneContent(Content opening, Content top, List<Run> heading, Content sounds, Content body) {}

    /**
     * The scene's choice: how others decided in the scene just left ({@code decision}, null when
     * the journey did not just decide), the form, and how many decisions the journey has made.
     */
    public record ChoicePart(Decision decision, ChoiceForm form, int decisions) {}

    /**
     * The route so far, as the scene page's strip shows it ({@link RouteStrip}): the part of the
     * story's map around it ({@code viewBox}, in the map's units; {@code background} the map's
     * picture without its names, null on a grid), the thread ({@code route}) with its stops and
     * border bars, the names of the countries and of where she is now ({@code names}), and the
     * words that go with it ("Chapter 4 of 7 · 1,020 km so far"). Null on a story without places.
     */
    public record MapStrip(String viewBox, String width, String height, String background, String route, List<MapStop> stops, String label,
                           String routeWidth, String dotRadius, List<MapBorder> borders, LabelSet names) {

        /** The dark line under the route that keeps it visible on light land. */
        public String haloWidth() {
            return oneDecimal(Double.parseDouble(routeWidth) * 2);
        }
    }

    /** A stop on the journey map, in the map's units: {@code first} where the journey began, {@code last} where it ended. */
    public record MapStop(String x, String y, boolean first, boolean last) {}

    /**
     * A name on the journey map: its text anchored at (x, y) ("start", "middle" or "end"), the
     * leader line from its stop when it stands apart ({@code leader}: a path, or null), and whether
     * it names a country rather than a stop.
     */
    public record MapLabel(String text, String x, String y, String anchor, String leader, boolean country) {}

    /** The names placed for one size of the map on the page, in the map's units. */
    public record LabelSet(String fontSize, String countryFontSize, String letterSpacing, List<MapLabel> labels) {}

    /**
     * A journey map: what it is drawn on, the route, the names for a phone's width ({@code narrow})
     * and a wide column ({@code wide}, {@link JourneyMap}), which may leave out a stop's name that
     * found no room, the route in words under it, and {@code summary}, the route's length and time
     * in words.
     */
    public record MapView(MapCanvas canvas, MapRoute route, LabelSet narrow, LabelSet wide, MapPassage passage, String summary) {
        /** The same map with the route's summary in words, which depends on more than its stops (its time, its chapters). */
        public MapView withSummary(String summary) {
            return new MapView(canvas, route, narrow, wide, passage, summary);
        }
    }

    /**
     * What a journey map is drawn on, in the map's units: a story's map picture ({@code background}:
     * its address) or, when it is null, a plain grid ({@code grid}: its lines); {@code viewBox} the
     * part of it shown.
     */
    public record MapCanvas(String viewBox, String width, String height, String background, List<String> grid) {}

    /**
     * The route on a journey map: its path through the stops in the order passed ({@code d}), its
     * line's width, the stops' dots and the marks where it crossed a border.
     */
    public record MapRoute(String d, String width, String dotRadius, List<MapStop> stops, List<MapBorder> borders) {
        /** The dark line under the route that keeps it visible on light land. */
        public String haloWidth() {
            return oneDecimal(Double.parseDouble(width) * 2);
        }
    }

    /**
     * The route in words, which the page prints under the map: the stops' names, each once, in a
     * sentence ({@code names}) and as a list ({@code stopNames}); the countries passed in order, and
     * how many borders the route crossed (some without a mark).
     */
    public record MapPassage(String names, List<String> stopNames, List<String> countries, int bordersCrossed) {}

    /** Where the route crossed a border: a bar across it ({@code d}, a path), and the crossing in words ("North Korea → China"). */
    public record MapBorder(String d, String title) {}

    /**
     * A link that shares an outcome on a network, its address as written in the page's HTML.
     * The address is made only of fixed text and URL-encoded parts ({@link ShareLinks}),
     * so its one character that an HTML attribute must escape is {@code &}, written {@code &amp;}
     * as the link is put together, and the page writes {@code href} as it is: jte's escaping
     * would look at each character of the eight long links on every ending page.
     */
    public record ShareLink(String network, String href) {
        /** The address itself. */
        public String url() {
            return href.replace("&amp;", "&");
        }
    }

    /** An ending as its page tells it: {@code kind} as the style names it, {@code journey} in words. */
    public record OutcomeView(String kind, String tone, String kindLabel, List<Run> summary, Content body, String journey) {}

    /** How everyone's journeys ended. */
    public record Distribution(List<ShareBar> bars, long total) {}

    /**
     * Where and how to share an outcome: {@code text} the post's words, without the link;
     * {@code card} and {@code cardSmall} the share card, 1200 and 600 px wide, described by
     * {@code cardAlt}.
     */
    public record ShareView(String url, List<ShareLink> links, String hashtag, String text, String card, String cardSmall, String cardAlt) {}

    /**
     * An ending's page: its outcome, the journey map as HTML ({@code journeymap.jte}, null when the
     * story has no places), what really happened, and what follows the story.
     */
    public record EndingPage(Frame frame, OutcomeView outcome, Content map, Reality reality, Afterwards after) {}

    /** What happened to real people on this path: the ending's fact cards, shown after the route, and how many works the story cites. */
    public record Reality(List<FactCard> facts, int sources) {}

    /**
     * What follows an ending: how others decided in the last scene ({@code decision}, null when the
     * journey did not just decide), the share block as HTML ({@code endingshare.jte}), how
     * everyone's journeys ended, and the journey's {@code token}, to play again.
     */
    public record Afterwards(Decision decision, Content share, Distribution endings, String token) {}

    public record SourcesPage(Head head, String slug, String title, List<SourceRef> sources) {}

    /** {@code image}: the card, 1200 px wide; {@code imageSmall}: the same at 600 px, for phones. */
    public record SharePage(Head head, String slug, String storyTitle, String kindLabel, String tone, String summary, String journey,
                            String image, String imageSmall, String imageAlt) {}

    public record ErrorPage(Head head, String heading, String message, String actionUrl, String actionLabel) {}
}
