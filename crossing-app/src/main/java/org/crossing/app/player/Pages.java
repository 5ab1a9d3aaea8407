package org.crossing.app.player;

import org.crossing.app.http.Assets;
import org.crossing.app.http.ImageSize;
import org.crossing.app.http.LanguageNames;
import org.crossing.app.http.RenderedHtml;

import gg.jte.Content;
import gg.jte.generated.precompiled.JtechapteropeningGenerated;
import gg.jte.generated.precompiled.JtescenesoundsGenerated;
import gg.jte.generated.precompiled.JtescenetimerGenerated;
import gg.jte.generated.precompiled.JtescenetopGenerated;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossing.app.stats.Statistics;
import org.crossing.app.token.ShareCard;
import org.crossing.story.model.Block;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Choice;
import org.crossing.story.model.Hotspot;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Source;
import org.crossing.story.model.Story;
import org.crossing.story.model.Text;
import org.crossing.story.play.Engine;
import org.crossing.story.play.Narrator;
import org.crossing.story.play.Option;
import org.crossing.story.play.Run;
import org.crossing.story.play.State;
import org.crossing.story.play.Step;

/** Builds the templates' views from stories, play states and statistics. */
final class Pages {

    static final String SITE = "Crossing";

    private final Assets assets;
    private final Statistics statistics;
    private final StoryCaches caches;
    private final PagePieces pieces = new PagePieces();

    /** {@code mediaKeys}: the key that lets invited players fetch a story's media before launch, by slug ({@link StoryCaches}). */
    Pages(Assets assets, Statistics statistics, java.util.function.UnaryOperator<String> mediaKeys) {
        this.assets = assets;
        this.statistics = statistics;
        this.caches = new StoryCaches(mediaKeys);
    }

    Views.Head head(String title, String lang, String description) {
        return new Views.Head(title, lang, description, assets.css(), assets.js(), null);
    }

    /**
     * The head of a page of {@code s} at {@code path} (its address without a language), with the
     * page in each language; {@code base} ("https://host") makes the alternates' addresses whole,
     * as search engines read them.
     */
    Views.Head head(PublishedStory s, String base, String title, String description, String path, Views.OpenGraph og) {
        return head(title, lang(s), description, base, path, s.languages(), og, true);
    }

    /**
     * The head of a journey's page (a scene or an ending, at an address holding the journey's
     * token): the language switcher, but no alternates for search engines, which have no use for
     * one player's journey in another language, and which would cost the page the token three more
     * times on every step.
     */
    private Views.Head journeyHead(PublishedStory s, String title, String description, String token) {
        return head(title, lang(s), description, null, playPath(s, token), s.languages(), null, false);
    }

    /** The head of a page in {@code lang} that can be read in {@code languages}, with a switcher and alternates when they are several. */
    private Views.Head head(String title, String lang, String description, String base, String path, List<String> languages,
                            Views.OpenGraph og, boolean alternatesInHead) {
        if (languages.size() < 2) return new Views.Head(title, lang, description, assets.css(), assets.js(), og);
        List<Views.Alternate> alternates = new ArrayList<>(languages.size());
        for (String language : languages) {
            String href = withLanguage(path, language);
            alternates.add(new Views.Alternate(language, LanguageNames.of(language), href, alternatesInHead ? absolute(base, href) : null,
                    language.equals(lang)));
        }
        return new Views.Head(title, lang, description, assets.css(), assets.js(), og, Messages.of(lang), alternates,
                alternatesInHead ? absolute(base, path) : null, "?lang=" + lang);
    }

    /** An address on this server as seen from outside: {@code path} after the public address, or as it is when already absolute. */
    private static String absolute(String base, String path) {
        return path.startsWith("/") ? base + path : path;
    }

    /** {@code path} with the language it is to be shown in. */
    static String withLanguage(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }

    /** What a story's addresses add to stay in its language: "?lang=ko", or "" for a story in one language. */
    static String langQuery(PublishedStory s) {
        return s.languages().size() < 2 ? "" : "?lang=" + s.language();
    }

    /**
     * The list of stories at {@code path}, in {@code lang} (one of the player's own languages):
     * each story in that language when it can be read in it.
     */
    Views.HomePage home(List<PublishedStory> stories, Instant now, String lang, String base, String path) {
        Messages text = Messages.of(lang);
        List<Views.StoryCard> cards = stories.stream().map(s -> s.in(lang)).map(s -> new Views.StoryCard(s.slug(), s.story().title(),
                s.story().metadata().description(), s.open(now), opensOn(s, text), lang(s), langQuery(s))).toList();
        Views.Head head = head(text.t("home-title"), lang, text.t("home-description"), base, path, List.copyOf(Messages.languages()), null, true);
        return new Views.HomePage(head, cards);
    }

    /** {@code inviteRejected}: the address carried an invite this server did not sign (another server's, or altered). */
    Views.LandingPage landing(PublishedStory s, String base, boolean canBegin, String invite, boolean inviteRejected) {
        Story story = s.story();
        Views.Head head = head(s, base, story.title(), about(story), "/s/" + s.slug(), null);
        Views.Door door = canBegin ? new Views.Open(invite) : new Views.NotYetOpen(opensOn(s, head.text()), inviteRejected);
        // the picture the story opens with is its poster: the first chapter's opening, with its alt text in the story's language
        Chapter first = story.startScene().chapter();
        Views.ChapterOpening opening = first == null || first.picture() == null ? null : chapterOpening(caches.of(s), first);
        return new Views.LandingPage(new Views.Frame(head, ref(s)), story.metadata().authors(), story.metadata().description(),
                story.metadata().contentNote(), door, opening);
    }

    Views.SourcesPage sources(PublishedStory s, String base) {
        Messages text = Messages.of(lang(s));
        String description = text.count("sources-description", s.story().bibliography().size(), s.story().title());
        return new Views.SourcesPage(head(s, base, text.t("sources") + ": " + s.story().title(), description, "/s/" + s.slug() + "/sources", null),
                s.slug(), s.story().title(),
                s.story().bibliography().stream().map(Pages::source).toList());
    }

    /** An error page in {@code text}'s language: its heading, what happened and what to do, and the way on. */
    Views.ErrorPage error(Messages text, String heading, String message, String actionUrl, String actionLabel) {
        return new Views.ErrorPage(head(heading + " · " + SITE, text.language(), message), heading, message, actionUrl, actionLabel);
    }

    /** The page of a scene, the journey's decisions worked out from its state. */
    Views.ScenePage scene(PublishedStory s, State state, String token) {
        return scene(s, state, Journey.decisions(s.story(), state), token);
    }

    /** The page of a scene, for a journey that has made {@code decisions}. */
    Views.ScenePage scene(PublishedStory s, State state, Journey.Decisions decisions, String token) {
        StoryCache cache = caches.of(s);
        Story story = s.story();
        Scene scene = story.scene(state.scene());
        ScenePieces fixed = cache.scenePieces(scene.index(), () -> scenePieces(cache, scene));
        List<Run> heading = heading(story, state, scene);
        String title = plain(heading) + (scene.chapter() == null ? "" : " · " + scene.chapter().title()) + " · " + story.title();
        Views.Head head = journeyHead(s, title, fixed.description(), token);
        Views.ChoiceForm form = form(story, state, scene, fixed.timer(), head, "/s/" + s.slug() + "/play" + head.langQuery(), token);
        Views.SceneContent content = new Views.SceneContent(opensChapter(story, state) ? fixed.opening() : null, fixed.top(), heading,
                fixed.sounds(), body(cache, state, scene));
        Views.ChoicePart choice = new Views.ChoicePart(decisions.last() ? decision(cache, state) : null, form, decisions.count());
        return new Views.ScenePage(new Views.Frame(head, ref(s)), content, strip(cache, state, scene, head.text()), choice);
    }

    /** The scene's choices as a form: one button when chance decides, else the choices offered and, with a countdown, its block. */
    private static Views.ChoiceForm form(Story story, State state, Scene scene, Content timer, Views.Head head, String action, String token) {
        if (scene.isChance()) return new Views.GoOn(action, token, scene.continueLabel() == null ? head.t("continue") : scene.continueLabel());
        List<Views.ChoiceView> choices = new ArrayList<>();
        int key = 1;
        boolean defaultOffered = false;
        for (Option option : Engine.options(story, state)) {
            choices.add(new Views.ChoiceView(Integer.toString(option.index()), option.enabled() ? key++ : 0,
                    Narrator.runs(story, state, option.choice().label()), option.enabled(), option.disabledReason(), option.timedDefault()));
            defaultOffered |= option.enabled() && option.timedDefault();
        }
        // Every countdown runs, and one that takes none of the choices offered can be let run out
        // by hand as well: without a script, with countdowns off, the path it opens stays open.
        String waitLabel = scene.timer() != null && !defaultOffered ? head.t("wait") : null;
        return new Views.Choose(action, token, choices, timer, waitLabel);
    }

    /** The parts of {@code scene}'s page that read the same on every journey, rendered. */
    private static ScenePieces scenePieces(StoryCache cache, Scene scene) {
        PublishedStory s = cache.published();
        Messages text = Messages.of(lang(s));
        // the pieces use the player's words and the links that keep the story's language, nothing of a page's own head
        Views.Head head = new Views.Head(null, text.language(), null, null, null, null, text, List.of(), null, langQuery(s));
        Views.StoryRef story = ref(s);
        String chapter = chapter(text, scene);
        String place = scene.place() == null ? null : scene.place().name();
        RenderedHtml top = RenderedHtml.of(out -> JtescenetopGenerated.render(out, null, story, head, chapter, place));
        Chapter in = scene.chapter();
        RenderedHtml opening = null;
        if (in != null && in.picture() != null) {
            Views.ChapterOpening view = chapterOpening(cache, in);
            opening = RenderedHtml.of(out -> JtechapteropeningGenerated.render(out, null, view, head));
        }
        Views.SceneSounds heard = new Views.SceneSounds(
                in == null || in.bed() == null ? null : sound(cache, in.bed().file(), in.bed().captions(), in.bed().description()),
                scene.ambient() == null ? null : sound(cache, scene.ambient().file(), scene.ambient().captions(), scene.ambient().description()),
                scene.sound() == null ? null : sound(cache, scene.sound().file(), scene.sound().captions(), scene.sound().description()));
        RenderedHtml sounds = heard.any() ? RenderedHtml.of(out -> JtescenesoundsGenerated.render(out, null, heard, head)) : null;
        boolean timed = scene.timer() != null && !scene.isChance();
        RenderedHtml timer = timed ? RenderedHtml.of(out -> JtescenetimerGenerated.render(out, null, scene.timer().seconds(), head)) : null;
        return new ScenePieces(top, opening, sounds, timer, sceneDescription(text, s.story(), scene));
    }

    /**
     * What a search result shows for a scene page: where the journey is (its chapter and place)
     * and what the story is. Never the scene's own text, which may give away where a choice leads.
     */
    static String sceneDescription(Messages text, Story story, Scene scene) {
        List<String> where = new ArrayList<>(2);
        if (scene.chapter() != null) where.add(text.t("chapter", scene.chapter().number(), scene.chapter().title()));
        if (scene.place() != null) where.add(scene.place().name());
        return where.isEmpty() ? about(story) : String.join(" · ", where) + ". " + about(story);
    }

    /** The story in a sentence for search results: its description, or its title when it has none. */
    private static String about(Story story) {
        String description = story.metadata().description();
        return description == null || description.isBlank() ? story.title() : description.strip();
    }

    /** The scene's heading: the first sentence of its first paragraph, or its chapter's or story's title when it has none. */
    private static List<Run> heading(Story story, State state, Scene scene) {
        for (Block block : scene.blocks()) {
            if (!(block instanceof Block.Paragraph p)) continue;
            List<Run> runs = Narrator.runs(story, state, p.text());
            // a paragraph whose text is all conditional may say nothing on this journey
            if (!isBlank(runs)) return SceneHeading.split(runs).heading();
        }
        return List.of(new Run(scene.chapter() == null ? story.title() : scene.chapter().title(), false, false));
    }

    private static boolean isBlank(List<Run> runs) {
        for (Run run : runs) if (!run.text().isBlank()) return false;
        return true;
    }

    private static String plain(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) text.append(run.text());
        String out = text.toString().strip();
        return out.endsWith(".") && !out.endsWith("..") ? out.substring(0, out.length() - 1) : out;
    }

    /** Whether the journey has just reached a chapter with an opening picture: its first scene there shows the chapter's opening. */
    private static boolean opensChapter(Story story, State state) {
        Chapter chapter = story.scene(state.scene()).chapter();
        if (chapter == null || chapter.picture() == null) return false;
        Step last = state.lastStep();
        if (last == null) return true;
        Chapter before = story.scene(last.scene()).chapter();
        return before == null || before.number() != chapter.number();
    }

    /** The opening of {@code chapter}, which has a picture. */
    static Views.ChapterOpening chapterOpening(StoryCache cache, Chapter chapter) {
        ImageSize size = cache.published().mediaFacts().size(chapter.picture().file());
        return new Views.ChapterOpening(chapter.number(), chapter.title(), media(cache, chapter.picture().file()), chapter.picture().alt(),
                size == null ? 0 : size.width(), size == null ? 0 : size.height());
    }

    /**
     * An ending as its page tells it, in this order: the outcome, the ending's own text and
     * pictures, the route, what happened to real people on this path (the ending's facts), the
     * share card and the post, and how everyone's journeys ended.
     */
    Views.EndingPage ending(Outcome outcome) {
        PublishedStory s = outcome.story();
        StoryCache cache = caches.of(s);
        State state = outcome.state();
        Story story = s.story();
        Scene scene = outcome.ending();
        Stops.Route route = cache.route(outcome.placeScenes());
        Messages text = Messages.of(lang(s));
        String journey = ShareText.route(text, outcome.decisions().count(), route);
        List<Views.BlockView> told = new ArrayList<>();
        List<Views.FactCard> facts = new ArrayList<>();
        for (Views.BlockView block : blocks(cache, state, scene)) {
            if (block instanceof Views.FactCard fact) facts.add(fact);
            else told.add(block);
        }
        // the ending's facts come after its route, not in its body
        Views.OutcomeView view = new Views.OutcomeView(scene.ending().kind().word(), tone(scene), scene.ending().kind().label(),
                Narrator.runs(story, state, scene.ending().summary()), SceneBodies.body(cache, sourcesPage(s), scene, () -> told), journey);
        String mapSummary = mapSummary(text, route, Journey.chapters(story, state), JourneyTime.of(story, state));
        // the ending's own page may tell its outcome, as its title does: it is the player's, and what a shared link previews
        String description = ShareText.description(text, view.kindLabel(), outcome.summary(), story.title(), journey);
        Views.Head head = journeyHead(s, outcome.summary() + " · " + story.title(), description, outcome.token());
        Views.Afterwards after = new Views.Afterwards(outcome.decisions().last() ? decision(cache, state) : null,
                pieces.share(cache, outcome.base(), outcome.card(), () -> share(outcome, journey), head), endings(cache, state), outcome.token());
        return new Views.EndingPage(new Views.Frame(head, ref(s)), view, pieces.journeyMap(cache, outcome.placeScenes(), mapSummary, head),
                new Views.Reality(facts, story.bibliography().size()), after);
    }

    /** Where and how to share an outcome: its address (asked of the outcome only here), the post and the links. */
    private Views.ShareView share(Outcome outcome, String journey) {
        PublishedStory s = outcome.story();
        Story story = s.story();
        Scene scene = outcome.ending();
        Messages text = Messages.of(lang(s));
        String shareText = ShareText.post(text, outcome.summary(), story.title(), journey, story.metadata().hashtag());
        // the shared outcome in the player's language: a post in Korean previews in Korean
        String address = outcome.shareUrl();
        String shareUrl = address + langQuery(s);
        String card = address + "/" + ShareImage.FILE + langQuery(s);
        String cardSmall = address + "/" + ShareImage.SMALL_FILE + langQuery(s);
        String cardAlt = scene.ending().kind().label() + ": " + ShareText.sentence(outcome.summary()) + " " + ShareText.capitalise(journey) + ".";
        return new Views.ShareView(shareUrl, ShareLinks.of(shareUrl, shareText, caches.of(s).shareTag()),
                story.metadata().hashtag(), shareText, card, cardSmall, cardAlt);
    }

    /**
     * The route so far for the scene page's strip, with the chapter, the time and the distance:
     * "Chapter 4 of 7 · 3 months, 1,020 km so far"; rendered once for each route, chapter and
     * time ({@link PagePieces#strip}). Null on a story without places, or before the first.
     */
    private RenderedHtml strip(StoryCache cache, State state, Scene scene, Messages text) {
        if (cache.mapBase() == null) return null;
        Story story = cache.published().story();
        // a fresh list, kept as it is in the key when the strip is new
        List<Integer> placeScenes = Journey.placeScenes(story, state);
        if (placeScenes.isEmpty()) return null;
        JourneyTime time = JourneyTime.of(story, state);
        int chapter = scene.chapter() == null ? -1 : scene.chapter().number();
        return pieces.strip(cache, placeScenes, chapter, time, () -> {
            Stops.Route route = cache.route(placeScenes);
            return cache.strip(route, stripLabel(story, scene, route, time, text));
        });
    }

    private static String stripLabel(Story story, Scene scene, Stops.Route route, JourneyTime time, Messages text) {
        StringBuilder label = new StringBuilder();
        if (scene.chapter() != null) label.append(text.t("strip-chapter", scene.chapter().number(), story.chapters().size()));
        if (!route.isEmpty()) {
            if (label.length() > 0) label.append(text.t("strip-separator"));
            if (route.visits().size() > 1) {
                String distance = Stops.distance(route.kilometres());
                label.append(text.t("strip-so-far", time == null ? distance : text.t("time-and-distance", time.words(text), distance)));
            } else {
                label.append(route.first().shortName());
                if (time != null) label.append(text.t("strip-separator")).append(text.t("strip-so-far", time.words(text)));
            }
        }
        return label.toString();
    }

    /**
     * "4,680 km in 7 months from Hyesan to Seoul, 14 stops, 7 chapters", in {@code text}'s
     * language; without the time when the story declares none ({@code time} null).
     */
    static String mapSummary(Messages text, Stops.Route route, int chapters, JourneyTime time) {
        // A story without places has no map to sum up.
        if (route.stops().isEmpty()) return null;
        List<String> parts = new ArrayList<>(3);
        String first = route.first().shortName();
        if (route.stops().size() > 1) {
            String distance = Stops.distance(route.kilometres());
            String last = route.last().shortName();
            parts.add(time == null ? text.t("map-from-to", distance, first, last) : text.t("map-from-to-time", distance, first, last, time.words(text)));
            parts.add(text.count("map-stops", route.stops().size()));
        } else {
            parts.add(time == null ? text.t("map-in", first) : text.t("map-in-time", first, time.words(text)));
        }
        if (chapters > 0) parts.add(text.count("map-chapters", chapters));
        return String.join(text.t("map-separator"), parts);
    }

    /** The route of a shared outcome for its card; null when the story has no places. */
    ShareImage.CardMap cardMap(PublishedStory s, ShareCard card) {
        StoryCache cache = caches.of(s);
        return JourneyMap.cardMap(cache.mapBase(), cache.route(card.placeScenes()), cache.mapShapes());
    }

    /** The story's map picture without its names, or null when it has none. */
    MapGround mapGround(PublishedStory s) {
        return caches.of(s).mapGround();
    }

    /** How everyone's journeys of the story ended, the player's own ending marked. */
    /** An ending's summary without the journey's values: what a share card shows when drawing is busy. */
    String endingWithoutValues(PublishedStory s, Scene ending) {
        return caches.of(s).endingsWithoutValues().get(s.endings().indexOf(ending));
    }

    private Views.Distribution endings(StoryCache cache, State state) {
        Story story = cache.published().story();
        List<Scene> endings = cache.published().endings();
        List<String> withoutValues = cache.endingsWithoutValues();
        long[] counts = statistics.totals(cache.endingKeys());
        long total = 0;
        for (long c : counts) total += c;
        List<Views.ShareBar> bars = new ArrayList<>(endings.size());
        for (int i = 0; i < endings.size(); i++) {
            Scene e = endings.get(i);
            // A summary may show values: the player's own reads with theirs, the others with the values left out.
            boolean mine = e.index() == state.scene();
            List<Run> label = mine ? Narrator.runs(story, state, e.ending().summary()) : List.of(new Run(withoutValues.get(i), false, false));
            bars.add(new Views.ShareBar(label, percent(counts[i], total), counts[i], mine));
        }
        return new Views.Distribution(bars, total);
    }

    /**
     * The page of a shared outcome at {@code pageUrl} (without a language); its card is at
     * {@code pageUrl/card.png} and, 600 px wide, {@code card-600.png}, each in the page's language.
     */
    Views.SharePage share(PublishedStory s, ShareCard card, String base, String pageUrl) {
        String imageUrl = pageUrl + "/" + ShareImage.FILE + langQuery(s);
        Story story = s.story();
        Scene scene = story.scene(card.endingScene());
        // The card holds the summary as its player read it, in the language they played in. One that
        // shows no values reads the same on every journey, and is given in the page's language; one
        // read in another language is given in this one without its values.
        Text written = scene.ending().summary();
        String summary = SceneBodies.fixed(written) ? Narrator.plain(story, null, written)
                : readFrom(card.summary(), written) ? card.summary() : ShareText.withoutValues(written.source());
        Messages text = Messages.of(lang(s));
        String journey = ShareText.route(text, card.decisions(), caches.of(s).route(card.placeScenes()));
        String kind = scene.ending().kind().label();
        String description = ShareText.description(text, kind, summary, story.title(), journey);
        String imageAlt = kind + ": " + ShareText.sentence(summary) + " " + ShareText.capitalise(journey) + ".";
        Views.OpenGraph og = new Views.OpenGraph(summary + " · " + story.title(), description, pageUrl + langQuery(s), imageUrl, imageAlt, SITE);
        Views.Head head = head(s, base, summary + " · " + story.title(), description, pageUrl, og);
        return new Views.SharePage(head, s.slug(), story.title(), kind, tone(scene), summary, journey, imageUrl,
                pageUrl + "/" + ShareImage.SMALL_FILE + langQuery(s), imageAlt);
    }

    /**
     * The share of players for each choice of the scene the last decision was made in (asked only
     * after a real decision, {@link Journey.Decisions#last}); null after a countdown that went
     * straight to its scene (no choice was made).
     */
    private Views.Decision decision(StoryCache cache, State state) {
        Step last = state.lastStep();
        if (last == null) return null;
        if (last.kind() == Step.Kind.CHANCE) return null;
        Story story = cache.published().story();
        Scene scene = story.scene(last.scene());
        List<Choice> choices = scene.choices();
        // A single "Continue" is no decision; nor is a countdown that went straight to its scene.
        if (last.index() >= choices.size() || choices.size() < 2) return null;
        long[] counts = statistics.totals(cache.choiceKeys(scene.index()));
        long total = 0;
        for (long c : counts) total += c;
        List<Views.ShareBar> bars = new ArrayList<>();
        if (total >= DECISIONS_BEFORE_SHARES) {
            for (Choice choice : choices) {
                long count = counts[choice.index()];
                bars.add(new Views.ShareBar(Narrator.runs(story, state, choice.label()), percent(count, total), count, choice.index() == last.index()));
            }
        }
        return new Views.Decision(Narrator.runs(story, state, choices.get(last.index()).label()), last.kind() == Step.Kind.TIMEOUT,
                bars, total, DECISIONS_BEFORE_SHARES);
    }

    /**
     * How many decisions a scene needs before the page shows how players chose: below it, the
     * first players would read "100%" for their own choice, which says nothing.
     */
    static final int DECISIONS_BEFORE_SHARES = 20;

    /** Whether {@code read} is {@code written} as a journey read it: not blank, with the text's own words, in order. */
    static boolean readFrom(String read, Text written) {
        if (read.isBlank()) return false;
        int from = 0;
        for (Text.Span span : written.spans()) {
            if (!(span instanceof Text.Span.Plain plain) || plain.text().isBlank()) continue;
            int at = read.indexOf(plain.text().strip(), from);
            if (at < 0) return false;
            from = at + plain.text().strip().length();
        }
        return true;
    }

    static int percent(long count, long total) {
        return total == 0 ? 0 : (int) Math.round(100.0 * count / total);
    }

    private static Content body(StoryCache cache, State state, Scene scene) {
        return SceneBodies.body(cache, sourcesPage(cache.published()), scene, () -> blocks(cache, state, scene));
    }

    static List<Views.BlockView> blocks(StoryCache cache, State state, Scene scene) {
        PublishedStory s = cache.published();
        Story story = s.story();
        List<Views.BlockView> views = new ArrayList<>();
        Messages text = Messages.of(lang(s));
        int image = 0;
        boolean headed = false;
        int fact = 0;
        int facts = (int) scene.blocks().stream().filter(b -> b instanceof Block.FactCard).count();
        for (Block block : scene.blocks()) {
            switch (block) {
                case Block.Paragraph p -> {
                    List<Run> runs = Narrator.runs(story, state, p.text());
                    // A scene's first sentence is its heading (SceneHeading); an ending's page has its own.
                    if (!headed && !scene.isEnding() && !isBlank(runs)) {
                        runs = SceneHeading.split(runs).rest();
                        headed = true;
                    }
                    if (!runs.isEmpty()) views.add(new Views.Paragraph(runs));
                }
                case Block.FactCard f -> views.add(new Views.FactCard(f.fact().statement(), source(f.fact().source()),
                        facts == 1 ? text.t("fact") : text.t("fact-of", ++fact, facts)));
                case Block.Image i -> {
                    image++;
                    List<Views.HotspotView> hotspots = new ArrayList<>();
                    int n = 0;
                    for (Hotspot h : i.hotspots()) hotspots.add(hotspot(cache, "h" + image + "-" + ++n, n, h));
                    ImageSize size = s.mediaFacts().size(i.file());
                    views.add(new Views.Picture(media(cache, i.file()), i.alt(), hotspots, size == null ? 0 : size.width(),
                            size == null ? 0 : size.height(), size != null && size.panorama()));
                }
                case Block.Video v -> views.add(new Views.Film(media(cache, v.file()), media(cache, v.captions()), v.title()));
                case Block.Audio a -> views.add(new Views.Sound(media(cache, a.file()), mp3(cache, a.file()), media(cache, a.transcript()),
                        isCaptions(a.transcript()), cache.published().mediaFacts().cues(a.transcript()), a.title()));
            }
        }
        return views;
    }

    private static Views.HotspotView hotspot(StoryCache cache, String id, int number, Hotspot h) {
        Views.Marker marker = new Views.Marker(id, number, clampPercent(h.x()), clampPercent(h.y()), h.label());
        return switch (h.target()) {
            case Hotspot.FactTarget f -> new Views.FactSpot(marker, f.fact().statement(), source(f.fact().source()));
            case Hotspot.PhotoTarget p -> new Views.PhotoSpot(marker, media(cache, p.file()), p.alt());
            case Hotspot.AudioTarget a -> new Views.AudioSpot(marker, media(cache, a.file()), mp3(cache, a.file()), a.title(), media(cache, a.transcript()),
                    isCaptions(a.transcript()), cache.published().mediaFacts().cues(a.transcript()));
            case Hotspot.TextTarget t -> new Views.TextSpot(marker, t.text());
        };
    }

    private static int clampPercent(double value) {
        return (int) Math.max(0, Math.min(100, Math.round(value)));
    }

    static Views.AmbientView sound(StoryCache cache, String file, String captions, String description) {
        return new Views.AmbientView(media(cache, file), mp3(cache, file), media(cache, captions), cache.published().mediaFacts().cues(captions), description);
    }

    /** The address of the MP3 beside a sound, or null when there is none. */
    private static String mp3(StoryCache cache, String file) {
        return cache.published().mediaFacts().hasMp3(file) ? media(cache, MediaFacts.mp3Sibling(file)) : null;
    }

    static boolean isCaptions(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".vtt");
    }

    /** A media file's address: with its version, so that it can be cached for long, and the invited players' key if any. */
    static String media(StoryCache cache, String file) {
        String version = cache.published().mediaFacts().version(file);
        String key = cache.mediaQuery();
        String query = version == null ? key : "?v=" + version + (key.isEmpty() ? "" : "&" + key.substring(1));
        return "/s/" + cache.published().slug() + "/media/" + encodePath(file) + query;
    }

    private static String encodePath(String file) {
        StringBuilder out = new StringBuilder();
        for (String part : file.split("/")) {
            if (out.length() > 0) out.append('/');
            out.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    static Views.SourceRef source(Source source) {
        return new Views.SourceRef("source-" + source.id(), source.title(), source.publisher(), source.year(), source.url());
    }

    /** The ending's tone as the style names it (good, neutral, bad): colours follow the tone, for declared kinds too. */
    static String tone(Scene ending) {
        return ending.ending().kind().tone().word();
    }

    static Views.StoryRef ref(PublishedStory s) {
        return new Views.StoryRef(s.slug(), s.story().title(), !s.story().bibliography().isEmpty());
    }

    static String chapter(Messages text, Scene scene) {
        return scene.chapter() == null ? null : text.t("chapter", scene.chapter().number(), scene.chapter().title());
    }

    /** A journey's page, without its language. */
    private static String playPath(PublishedStory s, String token) {
        return "/s/" + s.slug() + "/play?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    static String lang(PublishedStory s) {
        String lang = s.story().metadata().language();
        return lang == null || lang.isBlank() ? "en" : lang;
    }

    /** When a story opens to everyone, in the page's language; null when it is open. */
    private static String opensOn(PublishedStory s, Messages text) {
        Instant launch = s.story().metadata().launch();
        if (launch == null) return null;
        return DateTimeFormatter.ofPattern(text.t("date-format"), Locale.forLanguageTag(text.language())).withZone(ZoneOffset.UTC).format(launch);
    }

    /** The address of a story's sources page, in its language. */
    static String sourcesPage(PublishedStory s) {
        return "/s/" + s.slug() + "/sources" + langQuery(s);
    }

}
