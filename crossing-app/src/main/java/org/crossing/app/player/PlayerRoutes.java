package org.crossing.app.player;

import org.crossing.app.http.AddressRateLimit;
import org.crossing.app.http.Assets;
import org.crossing.app.http.FormBody;
import org.crossing.app.http.MediaFile;
import org.crossing.app.http.PageBytes;
import org.crossing.app.http.ProductPage;
import org.crossing.app.http.RequestUrl;

import gg.jte.generated.precompiled.JteendingGenerated;
import gg.jte.generated.precompiled.JteerrorGenerated;
import gg.jte.generated.precompiled.JtehomeGenerated;
import gg.jte.generated.precompiled.JtelandingGenerated;
import gg.jte.generated.precompiled.JtesceneGenerated;
import gg.jte.generated.precompiled.JteshareGenerated;
import gg.jte.generated.precompiled.JtesourcesGenerated;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.crossing.app.stats.JourneyStep;
import org.crossing.app.stats.Statistics;
import org.crossing.app.token.InvalidTokenException;
import org.crossing.app.token.Invites;
import org.crossing.app.token.PlayToken;
import org.crossing.app.token.PlayTokens;
import org.crossing.app.token.ShareCard;
import org.crossing.app.token.TokenSigner;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;
import org.crossing.story.play.Action;
import org.crossing.story.play.Engine;
import org.crossing.story.play.IllegalActionException;
import org.crossing.story.play.State;
import org.crossing.story.play.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The player: home, landing, scene and ending pages, and the two posts that move a journey on
 * (begin and choose). Each post verifies the token, takes one engine step, counts it in memory
 * as that journey's step (once, however often the token is sent) and redirects to the new
 * state's page (post/redirect/get: the back button works without JavaScript).
 */
public final class PlayerRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(PlayerRoutes.class);
    private final StoryCatalog catalog;
    private final Statistics statistics;
    private final TokenSigner signer;
    private final PlayTokens tokens;
    private final Invites invites;
    private final Pages pages;
    private final ShareImage shareImages;
    private final String publicUrl;
    /** Where the list of stories is: / alone, /s beside a companion site. */
    private String home = "/";
    private final Clock clock;
    /** Pages smaller than this go out uncompressed, as Javalin's compression strategy says. */
    private final int minSizeForCompression;
    private final AddressRateLimit beginLimit;

    public PlayerRoutes(StoryCatalog catalog, Statistics statistics, TokenSigner signer, Assets assets,
                 String publicUrl, Clock clock, int minSizeForCompression) {
        this(catalog, statistics, signer, assets, publicUrl, clock, minSizeForCompression, new AddressRateLimit(0, false));
    }

    /** @param beginLimit how many journeys one address may begin a minute: a flood of fresh journeys gets 429, ongoing ones never do */
    public PlayerRoutes(StoryCatalog catalog, Statistics statistics, TokenSigner signer, Assets assets,
                 String publicUrl, Clock clock, int minSizeForCompression, AddressRateLimit beginLimit) {
        this(catalog, statistics, signer, assets, publicUrl, clock, minSizeForCompression, beginLimit, new ShareImage());
    }

    /** As above, the share cards drawn by {@code shareImages} (a test of a busy drawing holds its drawing back). */
    PlayerRoutes(StoryCatalog catalog, Statistics statistics, TokenSigner signer, Assets assets,
                 String publicUrl, Clock clock, int minSizeForCompression, AddressRateLimit beginLimit, ShareImage shareImages) {
        this.shareImages = shareImages;
        this.catalog = catalog;
        this.statistics = statistics;
        this.signer = signer;
        this.tokens = new PlayTokens(signer);
        this.invites = new Invites(signer);
        this.pages = new Pages(assets, statistics, invites::mediaKey);
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.minSizeForCompression = minSizeForCompression;
        this.beginLimit = beginLimit;
    }

    public void register(RoutesConfig routes) {
        register(routes, "/");
    }

    /** Registers the routes with the list of stories at {@code home} (/s when a companion site has /). */
    public void register(RoutesConfig routes, String home) {
        this.home = home;
        routes.get(home, this::home);
        routes.get("/s/{story}", this::landing);
        routes.post("/s/{story}/begin", this::begin);
        routes.get("/s/{story}/begin", this::beginAgain);
        routes.get("/s/{story}/play", this::play);
        routes.post("/s/{story}/play", this::choose);
        routes.get("/s/{story}/sources", this::sources);
        routes.get("/s/{story}/share/{code}", this::share);
        routes.get("/s/{story}/share/{code}/" + ShareImage.FILE, ctx -> shareImage(ctx, ShareImage.WIDTH));
        routes.get("/s/{story}/share/{code}/" + ShareImage.SMALL_FILE, ctx -> shareImage(ctx, ShareImage.SMALL_WIDTH));
        routes.get("/s/{story}/media/<file>", this::media);
        routes.get("/s/{story}/" + StoryCache.MAP_GROUND, this::mapGround);
        routes.error(404, ctx -> {
            // The product's own 404 pages are marked; Javalin's answer for an unknown address is
            // plain text (sent as text/html to a browser), without a title or a language.
            if (!ProductPage.marked(ctx)) fail(ctx, 404, requestText(ctx), "error-not-found", "/", null);
        });
        // A request whose body names a charset no JVM knows is the client's mistake, not ours.
        routes.exception(java.nio.charset.UnsupportedCharsetException.class, (e, ctx) -> badCharset(ctx));
        routes.exception(java.nio.charset.IllegalCharsetNameException.class, (e, ctx) -> badCharset(ctx));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            fail(ctx, 500, requestText(ctx), "error-server", "/", null);
        });
    }

    private void badCharset(Context ctx) {
        fail(ctx, 400, requestText(ctx), "error-charset", "/", null);
    }

    private void home(Context ctx) {
        String lang = chosenLanguage(ctx, Messages.languages());
        Views.HomePage page = pages.home(catalog.all(), clock.instant(), lang == null ? "en" : lang, base(ctx), home);
        render(ctx, out -> JtehomeGenerated.render(out, null, page));
    }

    private void landing(Context ctx) {
        PublishedStory story = story(ctx);
        if (story == null) return;
        String invite = ctx.queryParam("invite");
        boolean invited = invite != null && invites.valid(story.slug(), invite);
        boolean open = story.open(clock.instant());
        Views.LandingPage page = pages.landing(story, base(ctx), open || invited, invited ? invite : null, invite != null && !invited && !open);
        render(ctx, out -> JtelandingGenerated.render(out, null, page));
    }

    private void begin(Context ctx) throws IOException {
        PublishedStory story = story(ctx);
        if (story == null) return;
        if (!story.open(clock.instant()) && !invitedOrPlaying(story, form(ctx))) {
            fail(ctx, 403, text(story), "error-not-open", landingUrl(story), text(story).t("back-to-the-story"));
            return;
        }
        if (!beginLimit.allow(ctx)) {
            ctx.header("Retry-After", Integer.toString(beginLimit.retryAfterSeconds()));
            fail(ctx, 429, text(story), "error-too-many", landingUrl(story), text(story).t("back-to-the-story"));
            return;
        }
        Story model = story.story();
        PlayToken journey = PlayToken.begin(Engine.begin(model, ThreadLocalRandom.current().nextLong()), clock.instant());
        count(story, journey, 0, JourneyStep.Kind.BEGIN, model.startScene().id(), 0, journey.state(), false, false);
        redirect(ctx, story, journey);
    }

    /** The begin address reloaded or bookmarked: beginning takes a button press, on the story's landing page. */
    private void beginAgain(Context ctx) {
        PublishedStory story = story(ctx);
        if (story == null) return;
        String invite = ctx.queryParam("invite");
        ctx.header("Location", "/s/" + story.slug() + (invite == null ? "" : "?invite=" + URLEncoder.encode(invite, StandardCharsets.UTF_8)));
        ctx.status(HttpStatus.SEE_OTHER);
    }

    /** Before launch: whether the form carries an invite, or a journey of this story (an invited player playing again). */
    private boolean invitedOrPlaying(PublishedStory story, FormBody form) {
        return invites.valid(story.slug(), form.field("invite")) || hasJourney(story, form.field("t"));
    }

    /** A body that ends early throws Jetty's own exception, which Javalin recognises as the client's going away. */
    private static FormBody form(Context ctx) throws IOException {
        return FormBody.read(ctx);
    }

    /** The first value of the query parameter {@code name}, or null: what {@code ctx.queryParam} gives, read without its map. */
    private static String query(Context ctx, String name) {
        return FormBody.query(ctx.queryString()).field(name);
    }

    /** Whether the player already holds a journey of this story: before launch, an invited player may play again. */
    private boolean hasJourney(PublishedStory story, String token) {
        if (token == null) return false;
        try {
            tokens.decode(story.slug(), story.story(), token);
            return true;
        } catch (InvalidTokenException e) {
            return false;
        }
    }

    private void play(Context ctx) {
        PublishedStory story = story(ctx);
        if (story == null) return;
        String token = query(ctx, "t");
        story = versionOf(story, token);
        PlayToken journey = journey(ctx, story, token);
        if (journey == null) return;
        show(ctx, story, journey, token, false);
    }

    /**
     * Renders the page for where a journey stands: its scene, or its ending. A {@code fragment} is
     * the page for the player's script, which keeps its own head and puts in only the new
     * {@code <main>}, title, language and language switcher: the rest would be sent to be thrown away.
     */
    private void show(Context ctx, PublishedStory story, PlayToken journey, String token, boolean fragment) {
        State state = journey.state();
        Journey.Decisions decisions = Journey.decisions(story.story(), journey);
        if (Engine.finished(story.story(), state)) {
            // the share address stays without a language: the ending page adds the card's file name to it, and whoever
            // opens a shared link reads it in their own browser's language
            String base = base(ctx);
            Outcome outcome = Outcome.of(story, state, decisions, token, base,
                    card -> base + "/s/" + story.slug() + "/share/" + card.encode(signer, story.slug()));
            Views.EndingPage page = pages.ending(outcome);
            render(ctx, out -> JteendingGenerated.render(out, null, page, fragment));
        } else {
            Views.ScenePage page = pages.scene(story, state, decisions, token);
            render(ctx, out -> JtesceneGenerated.render(out, null, page, fragment));
        }
    }

    private void choose(Context ctx) throws IOException {
        PublishedStory story = story(ctx);
        if (story == null) return;
        FormBody form = form(ctx);
        String token = form.field("t");
        story = versionOf(story, token);
        PlayToken journey = journey(ctx, story, token);
        if (journey == null) return;
        State state = journey.state();
        Story model = story.story();
        String choice = form.field("c");
        Action action = action(choice);
        State next;
        try {
            if (action == null) throw new IllegalActionException("no such choice: " + choice);
            next = Engine.next(model, state, action);
        } catch (IllegalActionException e) {
            fail(ctx, 400, text(story), "error-choice", playUrl(story, token), text(story).t("back-to-your-journey"));
            return;
        }
        // Count the step the engine took, as the journey's step number stateCount + 1: sent again
        // (a replay, a Back and another choice) it is counted once. A countdown takes its default
        // choice only when that choice is available, and otherwise goes straight to its scene (-1).
        count(story, journey, state.stepCount() + 1, next.lastStep(), next, false);
        countAgain(story, journey);
        // The decisions so far go on in the token, so that no page replays the journey to count them.
        Journey.Decisions decisions = Journey.after(model, state, Journey.decisions(model, journey), next.lastStep());
        PlayToken moved = journey.next(next, decisions.count(), decisions.last());
        if (FETCH_PAGE.equals(ctx.header(FETCH_HEADER))) {
            // The player's script asked for the next page itself: one request per choice instead of
            // two. It puts the page's own address into the history, so a reload shows the same page.
            String nextToken = tokens.encode(story.slug(), moved);
            ctx.header(LOCATION_HEADER, playUrl(story, nextToken)).header("Cache-Control", "no-store");
            show(ctx, story, moved, nextToken, true);
            return;
        }
        redirect(ctx, story, moved);
    }

    /** Sent by the player's script with a choice: answer with the next page rather than a redirect to it. */
    static final String FETCH_HEADER = "X-Crossing-Fetch";
    static final String FETCH_PAGE = "page";
    /** The address of the page answered in place of a redirect. */
    static final String LOCATION_HEADER = "X-Crossing-Location";

    /**
     * Counts the step that led to the token's state again, from the token itself. Counted already,
     * it adds nothing; but if the node that took it died before writing it, this node counts it,
     * so a node killed under play loses only the steps after which a journey went no further.
     */
    private void countAgain(PublishedStory story, PlayToken journey) {
        State state = journey.state();
        Step before = state.lastStep();
        if (before == null) {
            if (state.stepCount() == 0) count(story, journey, 0, JourneyStep.Kind.BEGIN, story.story().startScene().id(), 0, state, true, false);
            return;
        }
        count(story, journey, state.stepCount(), before, state, true);
    }

    /** Counts an engine step. A countdown with no choice available goes straight to its scene: item -1. */
    private void count(PublishedStory story, PlayToken journey, int number, Step step, State arrived, boolean again) {
        Scene scene = story.story().scene(step.scene());
        JourneyStep.Kind kind = switch (step.kind()) {
            case CHOICE -> JourneyStep.Kind.CHOICE;
            case TIMEOUT -> JourneyStep.Kind.TIMEOUT;
            case CHANCE -> JourneyStep.Kind.CHANCE;
        };
        int item = step.kind() == Step.Kind.TIMEOUT && step.index() >= scene.choices().size() ? -1 : step.index();
        count(story, journey, number, kind, scene.id(), item, arrived, again, step.kind() != Step.Kind.CHANCE && decidedBefore(arrived, step.scene()));
    }

    /** Whether the journey that arrived took a choice, or let a countdown run out, in {@code scene} before its last step. */
    private static boolean decidedBefore(State arrived, int scene) {
        List<Step> path = arrived.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Step earlier = path.get(i);
            if (earlier.scene() == scene && earlier.kind() != Step.Kind.CHANCE) return true;
        }
        return false;
    }

    private void count(PublishedStory story, PlayToken journey, int step, JourneyStep.Kind kind, String scene, int item, State arrived,
                       boolean again, boolean decidedHere) {
        Scene arrival = story.story().scene(arrived.scene());
        statistics.count(new JourneyStep(journey.idHigh(), journey.idLow(), story.slug(), story.version(), journey.begunMinute(), step,
                clock.millis() / 1000, kind, scene, item, arrival.index(), arrival.id(),
                arrival.chapter() == null ? -1 : arrival.chapter().number(), arrival.isEnding(), again, decidedHere));
    }

    private static Action action(String value) {
        if (value == null) return null;
        if (value.equals("go")) return Action.CONTINUE;
        if (value.equals("timeout")) return Action.TIMEOUT;
        if (value.isEmpty() || value.length() > 4) return null;
        int index = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return null;
            index = index * 10 + (c - '0');
        }
        return Action.choose(index);
    }

    private void sources(Context ctx) {
        PublishedStory story = story(ctx);
        if (story == null) return;
        Views.SourcesPage page = pages.sources(story, base(ctx));
        render(ctx, out -> JtesourcesGenerated.render(out, null, page));
    }

    private void share(Context ctx) {
        PublishedStory story = story(ctx);
        if (story == null) return;
        ShareCard card = card(ctx, story);
        if (card == null) return;
        String page = base(ctx) + "/s/" + story.slug() + "/share/" + ctx.pathParam("code");
        Views.SharePage view = pages.share(story, card, base(ctx), page);
        render(ctx, out -> JteshareGenerated.render(out, null, view));
    }

    private void shareImage(Context ctx, int width) {
        PublishedStory story = story(ctx);
        if (story == null) return;
        ShareCard card = card(ctx, story);
        if (card == null) return;
        ShareCards cards = ShareCards.of(pages, story, card);
        byte[] png = shareImages.png(cards.shown(), cards.endingOnly(), width);
        if (png == null) {
            // Drawing is busy and this ending has no card drawn yet to stand in.
            ctx.header("Retry-After", Integer.toString(ShareImage.RETRY_AFTER_SECONDS)).header("Cache-Control", "no-store");
            fail(ctx, 503, text(story), "error-busy", landingUrl(story), text(story).t("play-story", story.story().title()));
            return;
        }
        ctx.contentType("image/png").header("Cache-Control", "public, max-age=86400").result(png);
    }

    private ShareCard card(Context ctx, PublishedStory story) {
        try {
            return ShareCard.decode(signer, story.slug(), ctx.pathParam("code"), story.story().scenes().size());
        } catch (InvalidTokenException e) {
            fail(ctx, 400, text(story), "error-shared-link", landingUrl(story), text(story).t("play-story", story.story().title()));
            return null;
        }
    }

    /**
     * Serves a file of the story's media folder that the story uses ({@link StoryMedia}); nothing
     * outside the folder, whatever the path or a link in it says. Before launch, only to a
     * player who may play: the media URLs in an invited player's pages carry a key.
     */
    private void media(Context ctx) throws IOException {
        PublishedStory story = story(ctx);
        if (story == null) return;
        String name = ctx.pathParam("file");
        boolean allowed = story.open(clock.instant()) || invites.validMediaKey(story.slug(), ctx.queryParam("k"));
        Optional<Path> file = allowed && story.usesMedia(name) ? MediaFile.within(story.mediaDir(), name) : Optional.empty();
        if (file.isEmpty()) {
            fail(ctx, 404, text(story), "error-no-such-file", landingUrl(story), text(story).t("back-to-the-story"));
            return;
        }
        // An address with the file's current version names these bytes for good: it may be kept a year.
        String version = story.mediaFacts().version(name);
        boolean versioned = version != null && version.equals(ctx.queryParam("v"));
        MediaFile.send(ctx, file.get(), MediaFile.type(name).orElse("application/octet-stream"),
                versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600");
    }

    /** The story's map picture without its names, which the journey map prints itself ({@link MapGround}); as its media, before launch only with the key. */
    private void mapGround(Context ctx) {
        PublishedStory story = story(ctx);
        if (story == null) return;
        boolean allowed = story.open(clock.instant()) || invites.validMediaKey(story.slug(), ctx.queryParam("k"));
        MapGround ground = allowed ? pages.mapGround(story) : null;
        if (ground == null) {
            fail(ctx, 404, text(story), "error-no-such-file", "error-no-map-text", landingUrl(story), text(story).t("back-to-the-story"));
            return;
        }
        ctx.contentType("image/svg+xml").header("Cache-Control", "public, max-age=86400").result(ground.svg());
    }

    private PublishedStory story(Context ctx) {
        PublishedStory story = catalog.get(ctx.pathParam("story"));
        if (story == null) {
            fail(ctx, 404, requestText(ctx), "error-story-not-found", "/", null);
            return null;
        }
        return inLanguage(ctx, story);
    }

    /**
     * The story in the language the request asks for: {@code ?lang=} when the story can be read
     * in it, else the best of its languages for the browser's Accept-Language, else as written.
     * Every language is the same story (slug, version, scene ids), so tokens and counts are shared.
     */
    private static PublishedStory inLanguage(Context ctx, PublishedStory story) {
        List<String> languages = story.languages();
        if (languages.size() < 2) return story;
        String tag = chosenLanguage(ctx, languages);
        return tag == null ? story : story.in(tag);
    }

    /**
     * Of {@code languages}, the one the request asks for: {@code ?lang=}, else the best for the
     * browser's Accept-Language; null when it names none of them.
     */
    private static String chosenLanguage(Context ctx, List<String> languages) {
        String asked = query(ctx, "lang");
        if (asked != null && languages.contains(asked)) return asked;
        ctx.header("Vary", "Accept-Language");
        String accepted = ctx.header("Accept-Language");
        if (accepted == null || accepted.length() > 500) return null;
        try {
            return java.util.Locale.lookupTag(java.util.Locale.LanguageRange.parse(accepted), languages);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The player's words for a request with no story to go by: in the language it asks for, when the player speaks it. */
    private static Messages requestText(Context ctx) {
        return Messages.of(chosenLanguage(ctx, Messages.languages()));
    }

    /** The player's words in a story's language. */
    private static Messages text(PublishedStory story) {
        return Messages.of(story.language());
    }

    /** The story's landing page, in its language. */
    private static String landingUrl(PublishedStory story) {
        return "/s/" + story.slug() + Pages.langQuery(story);
    }

    /**
     * The version of the story a journey's token was made in: after a reload changed the story's
     * structure, journeys begun before go on in the version they began in, while it is kept.
     * Anything unreadable is left to {@link #journey}, which says what is wrong.
     */
    private PublishedStory versionOf(PublishedStory current, String token) {
        long version = PlayTokens.claimedStoryVersion(token);
        if (version == current.story().version() || version == 0) return current;
        PublishedStory earlier = catalog.version(current.slug(), version);
        return earlier == null ? current : earlier;
    }

    /** The journey in a token, or null after answering with the friendly 400 page. */
    private PlayToken journey(Context ctx, PublishedStory story, String token) {
        try {
            return tokens.decode(story.slug(), story.story(), token);
        } catch (InvalidTokenException e) {
            // the player reads the reason in the page's language; the English detail (a story change's specifics) is for the log
            LOG.debug("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            Messages text = text(story);
            fail(ctx, 400, text, "error-journey", "error-journey-text", landingUrl(story), text.t("start-afresh", story.story().title()),
                    text.t(e.reason().key()));
            return null;
        }
    }

    /**
     * Post/redirect/get: 303 to the new state's page, without a body (Javalin's redirect would
     * add the text "Redirected", copied out through a fresh 32 KB buffer on every choice).
     */
    private void redirect(Context ctx, PublishedStory story, PlayToken journey) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Location", playUrl(story, tokens.encode(story.slug(), journey)));
        ctx.status(HttpStatus.SEE_OTHER);
    }

    /** A journey's page; in its language when the story has several, so that the journey stays in it. */
    private static String playUrl(PublishedStory story, String token) {
        String url = "/s/" + story.slug() + "/play?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return story.languages().size() < 2 ? url : Pages.withLanguage(url, story.language());
    }

    private String base(Context ctx) {
        return RequestUrl.base(ctx, publicUrl);
    }

    /**
     * Answers with an error page in {@code text}'s language: the heading {@code error}, the sentence
     * {@code error-text}, and a way on to {@code actionUrl} labelled {@code action}
     * ({@code action}: the label, already in the page's language; "See the stories" when null).
     */
    private void fail(Context ctx, int status, Messages text, String error, String actionUrl, String action) {
        fail(ctx, status, text, error, error + "-text", actionUrl, action);
    }

    private void fail(Context ctx, int status, Messages text, String heading, String message, String actionUrl, String action,
                      Object... values) {
        ctx.status(status);
        String label = action == null ? text.t("see-the-stories") : action;
        if (action == null && !"en".equals(text.language())) actionUrl = Pages.withLanguage(actionUrl, text.language());
        Views.ErrorPage page = pages.error(text, text.t(heading), text.t(message, values), actionUrl, label);
        render(ctx, out -> JteerrorGenerated.render(out, null, page));
    }

    /** Room for a scene page without growing; an ending page grows once or twice. */
    private static final int PAGE_CAPACITY = 8 * 1024;

    /**
     * Renders a page and writes it straight to the response in one write: through Javalin's
     * compressing stream when the client asks for gzip and the page is worth it, and otherwise
     * to the response itself, with its length. Setting it as the result instead
     * would copy it again through a stream and a fresh 32 KB buffer. Javalin decides on
     * compression at the first write, from that write's size, which here is the whole page's.
     * Only when something already set a result (the plain-text answer Javalin gives for an
     * unknown route) does the page replace that result.
     *
     * <p>Every page comes here from its precompiled template's class, called directly: through
     * jte's engine, each page would look its template up by name and call it by reflection, a
     * cost measured on the choice path (docs/benchmarks.md). A change to a template's parameters
     * is then a compile error, not a failure at run time.
     */
    private void render(Context ctx, Consumer<HtmlTemplateOutput> template) {
        ProductPage.mark(ctx);
        PageBytes out = new PageBytes(PAGE_CAPACITY);
        template.accept(new OwaspHtmlTemplateOutput(out));
        // Spelt as Jetty knows it (MimeTypes.Type.TEXT_HTML_UTF_8): a known type is not parsed again per response.
        ctx.contentType("text/html;charset=utf-8");
        if (ctx.res().getHeader("Cache-Control") == null) ctx.header("Cache-Control", "no-cache");
        if (ctx.resultInputStream() != null) {
            ctx.result(out.toByteArray());
            return;
        }
        try {
            if (out.length() < minSizeForCompression || ctx.req().getHeader("Accept-Encoding") == null) {
                // Nothing to compress: the page goes out with its length, so Jetty sends it as the
                // response's last write, headers and page together, where Javalin's stream would
                // check the request's encodings and Jetty buffer the page and finish it apart.
                ctx.res().setContentLength(out.length());
                out.writeTo(ctx.res().getOutputStream());
                return;
            }
            // One write of the whole page: each write to the response takes Jetty's lock.
            ctx.minSizeForCompression(0);
            out.writeTo(ctx.outputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
