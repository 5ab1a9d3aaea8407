package org.crossing.app.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossing.app.site.SiteViews.AboutPage;
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

/** Builds the site's views for one request. */
final class SitePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final int LATEST = 3;

    private final Site site;
    private final SiteInfo info;
    private final SiteRoutes.Options options;
    private final Assets assets;
    private final String base;
    private final String path;
    private final Clock clock;

    SitePages(Site site, SiteRoutes.Options options, Assets assets, String base, String path, Clock clock) {
        this.site = site;
        this.info = site.info();
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
        feeds.add(new Link("/feed.atom", info.title() + ": news"));
        Image og = image != null ? image : info.image().map(i -> new Image(i.src(), i.alt())).orElse(null);
        String fullTitle = title == null ? info.title() : title + " \u00b7 " + info.title();
        String text = description == null || description.isBlank() ? info.description() : description;
        return new Head(fullTitle, text, info.language(), base + path, ogType,
                og == null ? null : absolute(og.src()), og == null ? null : og.alt(), info.title(), css, assets.js(), feeds,
                nav(section));
    }

    private Nav nav(String section) {
        return new Nav(info.title(), options.homePath(), section, !site.pages().isEmpty(), interactive());
    }

    private Link interactive() {
        return info.interactive().map(i -> new Link(SiteRoutes.safeUrl(i.url()), i.label())).orElse(null);
    }

    private String absolute(String src) {
        return src.startsWith("/") ? base + src : src;
    }

    // ---- home

    HomePage home() {
        TrailerView trailer = info.trailer().map(t -> new TrailerView(t.title(), t.video().orElse(null), t.embed().orElse(null),
                new Image(t.poster().src(), t.poster().alt()), t.captions().orElse(null), t.link().orElse(null))).orElse(null);
        List<PostCard> latest = site.posts().stream().limit(LATEST).map(this::card).toList();
        List<FestivalView> upcoming = site.upcoming(clock).stream().map(f -> festivalView(f, true)).toList();
        Head head = head(null, info.logline(), "home", "website", null);
        return new HomePage(head, info.title(), info.logline(), trailer, interactive(),
                info.interactive().flatMap(SiteInfo.Interactive::note).orElse(null), latest, upcoming, !site.past(clock).isEmpty());
    }

    // ---- news

    int newsPageCount() {
        return Math.max(1, (site.posts().size() + options.postsPerPage() - 1) / options.postsPerPage());
    }

    NewsPage news(int page) {
        int pages = newsPageCount();
        List<PostCard> posts = site.posts().stream().skip((long) (page - 1) * options.postsPerPage())
                .limit(options.postsPerPage()).map(this::card).toList();
        String previous = page > 1 ? (page == 2 ? "/news" : "/news/page/" + (page - 1)) : null;
        String next = page < pages ? "/news/page/" + (page + 1) : null;
        String title = page == 1 ? "News" : "News, page " + page + " of " + pages;
        return new NewsPage(head(title, "News of " + info.title() + ".", "news", "website", null), "News",
                null, posts, new Pagination(page, pages, previous, next), new Link("/feed.atom", "Atom feed of all news"), false);
    }

    NewsPage tag(String tag) {
        List<PostCard> posts = site.postsTagged(tag).stream().map(this::card).toList();
        String heading = "Posts tagged \u201c" + tag + "\u201d";
        String intro = posts.size() == 1 ? "1 post." : posts.size() + " posts, newest first.";
        Head head = head(heading, heading + ": news of " + info.title() + ".", "news", "website", null);
        List<Link> feeds = new ArrayList<>(head.feeds());
        feeds.add(new Link("/news/tag/" + tag + "/feed.atom", info.title() + ": posts tagged " + tag));
        head = new Head(head.title(), head.description(), head.lang(), head.canonical(), head.ogType(), head.ogImage(),
                head.ogImageAlt(), head.siteName(), head.css(), head.js(), feeds, head.nav());
        return new NewsPage(head, heading, intro, posts, new Pagination(1, 1, null, null),
                new Link("/news/tag/" + tag + "/feed.atom", "Atom feed of posts tagged \u201c" + tag + "\u201d"), true);
    }

    TagsPage tags() {
        List<TagView> tags = new ArrayList<>();
        for (Map.Entry<String, Integer> tag : site.tags().entrySet()) {
            tags.add(new TagView(tag.getKey(), "/news/tag/" + tag.getKey(), tag.getValue(), "/news/tag/" + tag.getKey() + "/feed.atom"));
        }
        return new TagsPage(head("Tags", "Every tag of the news of " + info.title() + ".", "news", "website", null), tags);
    }

    PostPage post(Post post) {
        int index = site.posts().indexOf(post);
        PostCard newer = index > 0 ? card(site.posts().get(index - 1)) : null;
        PostCard older = index + 1 < site.posts().size() ? card(site.posts().get(index + 1)) : null;
        Image image = post.image().map(i -> new Image(i.src(), i.alt())).orElse(null);
        return new PostPage(head(post.title(), post.summary(), "news", "article", image), post.title(), DAY.format(post.date()),
                post.date().toString(), post.author().orElse(null), tagLinks(post), image, post.html(), newer, older);
    }

    private PostCard card(Post post) {
        return new PostCard("/news/" + post.slug(), post.title(), DAY.format(post.date()), post.date().toString(), post.summary(),
                tagLinks(post));
    }

    private static List<Link> tagLinks(Post post) {
        return post.tags().stream().map(t -> new Link("/news/tag/" + t, t)).toList();
    }

    // ---- screenings

    ScreeningsPage screenings() {
        List<FestivalView> upcoming = site.upcoming(clock).stream().map(f -> festivalView(f, true)).toList();
        List<FestivalView> past = site.past(clock).stream().map(f -> festivalView(f, false)).toList();
        return new ScreeningsPage(head("Screenings", "Where to see " + info.title() + ": festivals and screenings.", "screenings",
                "website", null), upcoming, past);
    }

    FestivalPage festival(Festival festival) {
        boolean upcoming = site.upcoming(clock).contains(festival);
        FestivalView view = festivalView(festival, upcoming);
        return new FestivalPage(head(festival.name() + ", " + festival.city(),
                info.title() + " at " + festival.name() + ", " + festival.place() + ", " + view.dates() + ".", "screenings",
                "website", null), view, upcoming);
    }

    private FestivalView festivalView(Festival festival, boolean upcomingOnly) {
        List<ScreeningView> screenings = new ArrayList<>();
        for (Screening screening : festival.screenings()) {
            screenings.add(screeningView(festival, screening));
        }
        String url = "/screenings/" + festival.slug();
        return new FestivalView(url, festival.name(), festival.place(), dates(festival.start(), festival.end()),
                festival.website().orElse(null), festival.notes(), screenings, url + ".ics", festival.sources(), festival.html());
    }

    private ScreeningView screeningView(Festival festival, Screening screening) {
        String time = null;
        String zone = null;
        String iso = screening.date().toString();
        if (screening.time().isPresent() && festival.zone().isPresent()) {
            ZonedDateTime start = ZonedDateTime.of(screening.date(), screening.time().get(), festival.zone().get());
            time = TIME.format(start);
            zone = ZONE.format(start);
            iso = start.toOffsetDateTime().toString();
        }
        String date = screening.until().map(u -> dates(screening.date(), u)).orElse(WEEKDAY.format(screening.date()));
        return new ScreeningView(date, iso, time, zone, screening.kind() == Screening.Kind.SCREENING ? null : screening.kind().label(),
                screening.title().orElse(null), blankToNull(screening.venueAndRoom()), screening.address().orElse(null),
                screening.tickets().orElse(null), screening.notes(),
                "/screenings/" + festival.slug() + "/" + screening.number() + ".ics", !Site.isUpcoming(festival, screening, clock));
    }

    /** "15–24 March 2013", "25 April – 5 May 2013", "12 June 2013". */
    static String dates(LocalDate start, LocalDate end) {
        if (start.equals(end)) return DAY.format(start);
        if (start.getYear() != end.getYear()) return DAY.format(start) + " \u2013 " + DAY.format(end);
        if (start.getMonth() != end.getMonth()) {
            return DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(start) + " \u2013 " + DAY.format(end);
        }
        return start.getDayOfMonth() + "\u2013" + DAY.format(end);
    }

    // ---- press, about, errors

    PressPage press() {
        List<PressView> press = site.press().stream().map(p -> new PressView(p.outlet(), p.author().orElse(null),
                p.title().orElse(null), p.quote().orElse(null), p.date().map(DAY::format).orElse(null),
                p.date().map(LocalDate::toString).orElse(null), p.link().orElse(null))).toList();
        List<AwardView> awards = site.awards().stream().map(a -> new AwardView(a.year(), a.name(), a.category().orElse(null),
                a.by().orElse(null), a.recipient().orElse(null), a.status().label(), a.status() == Award.Status.WON,
                a.link().orElse(null))).toList();
        return new PressPage(head("Press and awards", "What the press wrote about " + info.title() + ", and its awards.", "press",
                "website", null), press, awards);
    }

    AboutPage about() {
        List<PageCard> pages = site.pages().stream().map(p -> new PageCard("/about/" + p.slug(), p.title(), p.summary())).toList();
        return new AboutPage(head("About", "About " + info.title() + ".", "about", "website", null), pages);
    }

    StandingPage page(Page page) {
        Image image = page.image().map(i -> new Image(i.src(), i.alt())).orElse(null);
        return new StandingPage(head(page.title(), page.summary(), "about", "article", image), page.title(), image, page.html());
    }

    NotFoundPage notFound(String message) {
        return new NotFoundPage(head("Not found", message, "", "website", null), message);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
