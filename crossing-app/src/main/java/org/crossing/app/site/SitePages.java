package org.crossing.app.site;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossing.app.http.LanguageNames;
import org.crossing.app.http.MediaFile;
import org.crossing.app.site.SiteViews.AboutPage;
import org.crossing.app.site.SiteViews.Alternate;
import org.crossing.app.site.SiteViews.AwardView;
import org.crossing.app.site.SiteViews.FestivalPage;
import org.crossing.app.site.SiteViews.FestivalView;
import org.crossing.app.site.SiteViews.Head;
import org.crossing.app.site.SiteViews.HomePage;
import org.crossing.app.site.SiteViews.Image;
import org.crossing.app.site.SiteViews.Link;
import org.crossing.app.site.SiteViews.Nav;
import org.crossing.app.site.SiteViews.NewsPage;
import org.crossing.app.site.SiteViews.NotFoundPage;
import org.crossing.app.site.SiteViews.PageCard;
import org.crossing.app.site.SiteViews.Pagination;
import org.crossing.app.site.SiteViews.PostCard;
import org.crossing.app.site.SiteViews.PostPage;
import org.crossing.app.site.SiteViews.PressPage;
import org.crossing.app.site.SiteViews.PressView;
import org.crossing.app.site.SiteViews.ScreeningView;
import org.crossing.app.site.SiteViews.ScreeningsPage;
import org.crossing.app.site.SiteViews.StandingPage;
import org.crossing.app.site.SiteViews.TagView;
import org.crossing.app.site.SiteViews.TagsPage;
import org.crossing.app.site.SiteViews.TrailerView;
import org.crossing.app.http.Assets;

/**
 * Builds the site's views for one request, in {@code lang}, one of the site's languages: its words
 * from the site's translation into it, each post, page and festival in its translation or, where
 * there is none, in the original, marked with its language.
 */
final class SitePages {

    private static final int LATEST = 3;

    private final Site site;
    private final SiteInfo info;
    private final SiteInfo.InfoText text;
    private final SiteWords words;
    private final String lang;
    private final SiteOptions options;
    private final Assets assets;
    private final String base;
    private final String path;
    private final Clock clock;

    SitePages(Site site, SiteOptions options, Assets assets, String base, String path, Clock clock, String lang) {
        this.site = site;
        this.info = site.info();
        this.lang = lang;
        this.text = info.in(lang);
        this.words = SiteWords.of(lang);
        this.options = options;
        this.assets = assets;
        this.base = base;
        this.path = path;
        this.clock = clock;
    }

    // ---- frame

    private Head head(String title, String description, String section, String ogType, Image image) {
        List<String> css = new ArrayList<>(options.sharedCss());
        css.add(assets.css());
        List<Link> feeds = new ArrayList<>();
        feeds.add(new Link(href("/feed.atom"), words.t("feed-news", text.title())));
        Image og = image != null ? image
                : info.image().map(i -> new Image(i.src(), text.imageAlt().orElse(i.alt()))).orElse(null);
        if (og != null && !previewable(og.src())) og = null;
        String fullTitle = title == null ? text.title() : words.t("title-suffix", title, text.title());
        String description1 = description == null || description.isBlank() ? text.description() : description;
        List<Alternate> alternates = new ArrayList<>();
        String canonical = base + path;
        String xDefault = null;
        if (info.multilingual()) {
            for (String language : info.languages()) {
                String href = SiteLinks.inLanguage(path, language);
                alternates.add(new Alternate(language, LanguageNames.of(language), href, base + href, language.equals(lang)));
            }
            canonical = base + SiteLinks.inLanguage(path, lang);
            xDefault = base + path;
        }
        return new Head(fullTitle, description1, lang, canonical, ogType,
                og == null ? null : absolute(og.src()), og == null ? null : og.alt(), text.title(), css, assets.js(), feeds,
                nav(section), words, List.copyOf(alternates), xDefault, linkLanguage());
    }

    /**
     * Whether a link preview can show the picture at {@code src}: the networks that read
     * {@code og:image} show PNG, JPEG, GIF and WebP, not SVG, so a page whose picture is drawn in
     * SVG is shared with none rather than a broken one.
     */
    static boolean previewable(String src) {
        int query = src.indexOf('?');
        return MediaFile.type(query < 0 ? src : src.substring(0, query)).filter(PREVIEW_TYPES::contains).isPresent();
    }

    private static final Set<String> PREVIEW_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** What the page's links to the site carry: the page's language, on a site read in several. */
    private String linkLanguage() {
        return info.multilingual() ? lang : null;
    }

    private String href(String sitePath) {
        return info.multilingual() ? SiteLinks.inLanguage(sitePath, lang) : sitePath;
    }

    private Nav nav(String section) {
        return new Nav(text.title(), href(options.homePath()), section, !site.pages().isEmpty(), interactive());
    }

    private Link interactive() {
        return text.interactive().map(i -> new Link(safeUrl(i.url()), i.label())).orElse(null);
    }

    /** Only http(s) addresses become links; anything else is dropped. */
    private static String safeUrl(String url) {
        if (url == null) return null;
        if (url.startsWith("/") && !url.startsWith("//")) return url;
        try {
            String scheme = URI.create(url).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) ? url : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String absolute(String src) {
        return src.startsWith("/") ? base + src : src;
    }

    /** The language of a text when it is not the page's: the attribute a block of it carries. */
    private String otherLang(String textLang) {
        return textLang.isEmpty() || textLang.equals(lang) ? null : textLang;
    }

    // ---- home

    HomePage home() {
        TrailerView trailer = info.trailer().map(t -> new TrailerView(text.trailerTitle().orElse(words.t("trailer")),
                t.video().orElse(null), t.embed().orElse(null), new Image(t.poster().src(), text.posterAlt().orElse(t.poster().alt())),
                t.captions().orElse(null), t.link().orElse(null), info.language())).orElse(null);
        List<PostCard> latest = site.posts().stream().limit(LATEST).map(this::card).toList();
        List<FestivalView> upcoming = site.upcoming(clock).stream().map(this::festivalView).toList();
        Head head = head(null, text.logline(), "home", "website", null);
        Image picture = info.image().map(i -> new Image(i.src(), text.imageAlt().orElse(i.alt()), i.width(), i.height())).orElse(null);
        return new HomePage(head, picture, text.title(), text.logline(), trailer, interactive(),
                text.interactive().flatMap(SiteInfo.Interactive::note).orElse(null), latest, upcoming, !site.past(clock).isEmpty());
    }

    // ---- news

    int newsPageCount() {
        return Math.max(1, (site.posts().size() + options.postsPerPage() - 1) / options.postsPerPage());
    }

    NewsPage news(int page) {
        int pages = newsPageCount();
        List<PostCard> posts = site.posts().stream().skip((long) (page - 1) * options.postsPerPage())
                .limit(options.postsPerPage()).map(this::card).toList();
        String previous = page > 1 ? href(page == 2 ? "/news" : "/news/page/" + (page - 1)) : null;
        String next = page < pages ? href("/news/page/" + (page + 1)) : null;
        String title = page == 1 ? words.t("news") : words.t("news-page", page, pages);
        return new NewsPage(head(title, words.t("news-description", text.title()), "news", "website", null), words.t("news"),
                null, posts, new Pagination(page, pages, previous, next), new Link(href("/feed.atom"), words.t("atom-all")), false);
    }

    NewsPage tag(String tag) {
        List<PostCard> posts = site.postsTagged(tag).stream().map(this::card).toList();
        String name = text.tag(tag);
        String heading = words.t("tagged-heading", name);
        String intro = words.count("tagged-count", posts.size());
        Head head = head(heading, words.t("tagged-description", heading, text.title()), "news", "website", null);
        List<Link> feeds = new ArrayList<>(head.feeds());
        String feed = href("/news/tag/" + tag + "/feed.atom");
        feeds.add(new Link(feed, words.t("feed-tag", text.title(), name)));
        return new NewsPage(head.withFeeds(List.copyOf(feeds)), heading, intro, posts, new Pagination(1, 1, null, null),
                new Link(feed, words.t("atom-tag", name)), true);
    }

    TagsPage tags() {
        List<TagView> tags = new ArrayList<>();
        for (Map.Entry<String, Integer> tag : site.tags().entrySet()) {
            tags.add(new TagView(text.tag(tag.getKey()), href("/news/tag/" + tag.getKey()), tag.getValue(),
                    href("/news/tag/" + tag.getKey() + "/feed.atom")));
        }
        return new TagsPage(head(words.t("tags"), words.t("tags-description", text.title()), "news", "website", null), tags);
    }

    PostPage post(Post post) {
        int index = site.posts().indexOf(post);
        PostCard newer = index > 0 ? card(site.posts().get(index - 1)) : null;
        PostCard older = index + 1 < site.posts().size() ? card(site.posts().get(index + 1)) : null;
        EntryText in = post.in(lang);
        Image image = post.image().map(i -> new Image(i.src(), in.imageAlt().orElse(i.alt()))).orElse(null);
        String other = otherLang(in.lang());
        return new PostPage(head(in.title(), in.summary(), "news", "article", image), in.title(), words.day(post.date()),
                post.date().toString(), in.author().orElse(null), tagLinks(post), image, in.html(), newer, older, other,
                other == null ? null : words.t("untranslated", words.languageName(other)));
    }

    private PostCard card(Post post) {
        EntryText in = post.in(lang);
        String other = otherLang(in.lang());
        return new PostCard(href("/news/" + post.slug()), in.title(), words.day(post.date()), post.date().toString(), in.summary(),
                tagLinks(post), other, other == null ? null : words.t("untranslated-short", words.languageName(other)));
    }

    private List<Link> tagLinks(Post post) {
        return post.tags().stream().map(t -> new Link(href("/news/tag/" + t), text.tag(t))).toList();
    }

    // ---- screenings

    ScreeningsPage screenings() {
        List<FestivalView> upcoming = site.upcoming(clock).stream().map(this::festivalView).toList();
        List<FestivalView> past = site.past(clock).stream().map(this::festivalView).toList();
        return new ScreeningsPage(head(words.t("screenings"), words.t("screenings-description", text.title()), "screenings",
                "website", null), upcoming, past);
    }

    FestivalPage festival(Festival festival) {
        boolean upcoming = site.upcoming(clock).contains(festival);
        FestivalView view = festivalView(festival);
        return new FestivalPage(head(view.name() + ", " + festival.in(lang).city(),
                words.t("festival-description", text.title(), view.name(), view.place(), view.dates()), "screenings",
                "website", null), view, upcoming);
    }

    private FestivalView festivalView(Festival festival) {
        FestivalText in = festival.in(lang);
        List<ScreeningView> screenings = new ArrayList<>();
        for (Screening screening : festival.screenings()) {
            screenings.add(screeningView(festival, screening, in));
        }
        String url = "/screenings/" + festival.slug();
        SiteWords placeWords = in.lang().isEmpty() || in.lang().equals(lang) ? words : SiteWords.of(in.lang());
        return new FestivalView(href(url), in.name(), placeWords.t("place", in.city(), in.country()),
                words.dates(festival.start(), festival.end()), festival.website().orElse(null), in.notes(), screenings, url + ".ics",
                festival.sources(), in.html(), otherLang(in.lang()), otherLang(info.language()));
    }

    private ScreeningView screeningView(Festival festival, Screening screening, FestivalText in) {
        String time = null;
        String zone = null;
        String iso = screening.date().toString();
        if (screening.time().isPresent() && festival.zone().isPresent()) {
            ZonedDateTime start = ZonedDateTime.of(screening.date(), screening.time().get(), festival.zone().get());
            time = words.time(start);
            zone = words.zone(start);
            iso = start.toOffsetDateTime().toString();
        }
        String date = screening.until().map(u -> words.dates(screening.date(), u)).orElse(words.weekday(screening.date()));
        Optional<ScreeningText> translated = in.screening(screening.number());
        return new ScreeningView(date, iso, time, zone,
                screening.kind() == Screening.Kind.SCREENING ? null : words.t("kind." + screening.kind().name().toLowerCase(java.util.Locale.ROOT)),
                translated.isPresent() ? translated.get().title().orElse(null) : screening.title().orElse(null),
                blankToNull(translated.isPresent() ? translated.get().venueAndRoom() : screening.venueAndRoom()),
                screening.address().orElse(null), screening.tickets().orElse(null),
                translated.isPresent() ? translated.get().notes() : screening.notes(),
                "/screenings/" + festival.slug() + "/" + screening.number() + ".ics", !Site.isUpcoming(festival, screening, clock),
                translated.isPresent() ? null : otherLang(info.language()));
    }

    // ---- press, about, errors

    PressPage press() {
        String original = otherLang(info.language());
        List<PressView> press = site.press().stream().map(p -> {
            Optional<PressText> in = original == null ? Optional.empty() : p.in(lang);
            String date = p.date().map(words::day).orElse(null);
            String isoDate = p.date().map(LocalDate::toString).orElse(null);
            if (in.isEmpty()) {
                return new PressView(p.outlet(), p.author().orElse(null), p.title().orElse(null), p.quote().orElse(null), date, isoDate,
                        p.link().orElse(null), original, null, null);
            }
            return new PressView(in.get().outlet().orElse(p.outlet()), in.get().author().or(p::author).orElse(null),
                    p.title().orElse(null), in.get().quote().orElse(null), date, isoDate, p.link().orElse(null), null, original,
                    in.get().title().orElse(null));
        }).toList();
        List<AwardView> awards = site.awards().stream().map(a -> {
            Optional<AwardText> in = original == null ? Optional.empty() : a.in(lang);
            String status = words.t("status." + a.status().name().toLowerCase(java.util.Locale.ROOT));
            return in.isEmpty()
                    ? new AwardView(a.year(), a.name(), a.category().orElse(null), a.by().orElse(null), a.recipient().orElse(null), status,
                            a.status() == Award.Status.WON, a.link().orElse(null), original)
                    : new AwardView(a.year(), in.get().name(), in.get().category().orElse(null), in.get().by().orElse(null),
                            in.get().recipient().orElse(null), status, a.status() == Award.Status.WON, a.link().orElse(null), null);
        }).toList();
        boolean translatedQuotes = press.stream().anyMatch(p -> p.lang() == null && p.quote() != null);
        return new PressPage(head(words.t("press"), words.t("press-description", text.title()), "press", "website", null), press, awards,
                original != null && translatedQuotes ? words.t("press-translated", words.languageName(info.language())) : null);
    }

    AboutPage about() {
        List<PageCard> pages = site.pages().stream().map(p -> {
            EntryText in = p.in(lang);
            String other = otherLang(in.lang());
            return new PageCard(href("/about/" + p.slug()), in.title(), in.summary(), other,
                    other == null ? null : words.t("untranslated-short", words.languageName(other)));
        }).toList();
        return new AboutPage(head(words.t("about"), words.t("about-description", text.title()), "about", "website", null), pages);
    }

    StandingPage page(Page page) {
        EntryText in = page.in(lang);
        Image image = page.image().map(i -> new Image(i.src(), in.imageAlt().orElse(i.alt()))).orElse(null);
        String other = otherLang(in.lang());
        return new StandingPage(head(in.title(), in.summary(), "about", "article", image), in.title(), image, in.html(), other,
                other == null ? null : words.t("untranslated", words.languageName(other)));
    }

    NotFoundPage notFound(String message) {
        return new NotFoundPage(head(words.t("not-found"), message, "", "website", null), message);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
