package org.crossing.app.site;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.crossing.app.http.Assets;
import org.crossing.app.http.MediaFile;
import org.crossing.app.http.ProductPage;
import org.crossing.app.http.RequestUrl;

/**
 * The companion site's routes, mounted on the server's Javalin configuration with
 * {@link #register(RoutesConfig)}:
 *
 * <pre>
 * HOME (default /)                   title, logline, trailer, latest news, upcoming screenings
 * /news, /news/page/{n}              the news, newest first, paginated
 * /news/{slug}                       a post
 * /news/tags, /news/tag/{tag}        the tags; the posts with a tag
 * /feed.atom, /news/tag/{tag}/feed.atom   Atom feeds
 * /screenings, /screenings/{festival}     upcoming and past, grouped by festival
 * /screenings.ics, /screenings/{festival}.ics, /screenings/{festival}/{n}.ics   iCalendar
 * /press                              press and awards
 * /about, /about/{page}               standing pages
 * /media/{file}                       the site folder's media
 * /sitemap.xml, /robots.txt
 * </pre>
 *
 * Pages are complete HTML without inline script or style; the content is re-read when its
 * folder changes (see {@link SiteSource}).
 */
public final class SiteRoutes {

    private final SiteSource source;
    private final TemplateEngine templates;
    private final Assets assets;
    private final SiteOptions options;
    private final Clock clock;
    private Supplier<List<String>> storyPages = List::of;

    public SiteRoutes(SiteSource source, TemplateEngine templates, Assets assets, SiteOptions options, Clock clock) {
        this.source = source;
        this.templates = templates;
        this.assets = assets;
        this.options = options;
        this.clock = clock;
    }

    /**
     * The addresses of the player's pages that the sitemap lists beside the site's own (each story's
     * landing page and sources), asked for each time the sitemap is: stories come and go.
     */
    public SiteRoutes withStoryPages(Supplier<List<String>> pages) {
        this.storyPages = pages;
        return this;
    }

    public void register(RoutesConfig routes) {
        routes.get(options.homePath(), this::home);
        routes.get("/news", ctx -> render(ctx, "site/news.jte", pages(ctx).news(1)));
        routes.get("/news/page/{n}", this::newsPage);
        routes.get("/news/tags", ctx -> render(ctx, "site/tags.jte", pages(ctx).tags()));
        routes.get("/news/tag/{tag}", this::tag);
        routes.get("/news/tag/{tag}/feed.atom", this::tagFeed);
        routes.get("/news/{slug}", this::post);
        routes.get("/feed.atom", ctx -> {
            String lang = language(ctx);
            atom(ctx, AtomFeed.write(site(), site().posts(), SiteWords.of(lang).t("feed-news", site().info().in(lang).title()),
                    inLanguage("/feed.atom", lang), inLanguage("/news", lang), base(ctx), lang));
        });
        routes.get("/screenings", ctx -> render(ctx, "site/screenings.jte", pages(ctx).screenings()));
        routes.get("/screenings.ics", ctx -> calendar(ctx, "screenings.ics", ScreeningCalendar.upcoming(site(), base(ctx), clock)));
        routes.get("/screenings/{festival}", this::festival);
        routes.get("/screenings/{festival}/{number}", this::screeningCalendar);
        routes.get("/press", ctx -> render(ctx, "site/press.jte", pages(ctx).press()));
        routes.get("/about", this::about);
        routes.get("/about/{page}", this::page);
        routes.get("/media/<file>", this::media);
        routes.get(assets.prefix() + "{name}", assets::serve);
        routes.get("/sitemap.xml", ctx -> ctx.contentType("application/xml; charset=utf-8").header("Cache-Control", "no-cache")
                .result(Sitemap.xml(site(), options.postsPerPage(), storyPages.get(), base(ctx))));
        routes.get("/robots.txt", ctx -> ctx.contentType("text/plain; charset=utf-8").result(Sitemap.robots(base(ctx))));
    }

    private Site site() {
        return source.current();
    }

    private SitePages pages(Context ctx) {
        return new SitePages(site(), options, assets, base(ctx), ctx.path(), clock, language(ctx));
    }

    /**
     * The language a request reads the site in: {@code ?lang=} when the site is written in it, else
     * the best of the site's languages for the browser's Accept-Language, else the site's own.
     */
    private String language(Context ctx) {
        SiteInfo info = site().info();
        if (!info.multilingual()) return info.language();
        String asked = ctx.queryParam("lang");
        if (asked != null && info.languages().contains(asked)) return asked;
        ctx.header("Vary", "Accept-Language");
        String accepted = ctx.header("Accept-Language");
        if (accepted == null || accepted.length() > 500) return info.language();
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(accepted), info.languages());
            return best == null ? info.language() : best;
        } catch (IllegalArgumentException malformed) {
            return info.language();
        }
    }

    /** A path of the site in {@code lang}, when the site has several languages. */
    private String inLanguage(String path, String lang) {
        return site().info().multilingual() ? SiteLinks.inLanguage(path, lang) : path;
    }

    private SiteWords words(Context ctx) {
        return SiteWords.of(language(ctx));
    }

    /** The site's public address: configured on the server, else the site's url, else this request's. */
    private String base(Context ctx) {
        if (options.publicUrl() != null) return options.publicUrl();
        Optional<String> url = site().info().url();
        return url.orElseGet(() -> RequestUrl.base(ctx, null));
    }

    // ---- pages

    private void home(Context ctx) {
        // An embedded trailer is the one thing the site loads from another origin, and only on
        // the home page, only when clicked: the server's policy is widened for that origin alone.
        String embed = site().info().trailer().flatMap(SiteInfo.Trailer::embed).orElse(null);
        String csp = ctx.res().getHeader("Content-Security-Policy");
        if (embed != null && csp != null && !csp.contains("frame-src")) {
            SiteInfo.Trailer.embedOrigin(embed).ifPresent(origin -> ctx.header("Content-Security-Policy", csp + "; frame-src " + origin));
        }
        render(ctx, "site/home.jte", pages(ctx).home());
    }

    private void newsPage(Context ctx) {
        Integer page = number(ctx.pathParam("n"));
        SitePages pages = pages(ctx);
        if (page == null || page < 1 || page > pages.newsPageCount()) {
            notFound(ctx, words(ctx).t("no-such-news-page"));
        } else if (page == 1) {
            ctx.redirect(inLanguage("/news", language(ctx)));
        } else {
            render(ctx, "site/news.jte", pages.news(page));
        }
    }

    private void tag(Context ctx) {
        String tag = ctx.pathParam("tag");
        if (site().postsTagged(tag).isEmpty()) {
            notFound(ctx, words(ctx).t("no-such-tag", tag));
            return;
        }
        render(ctx, "site/news.jte", pages(ctx).tag(tag));
    }

    private void tagFeed(Context ctx) {
        String tag = ctx.pathParam("tag");
        List<Post> posts = site().postsTagged(tag);
        if (posts.isEmpty()) {
            notFound(ctx, words(ctx).t("no-such-tag", tag));
            return;
        }
        String lang = language(ctx);
        SiteInfo.InfoText text = site().info().in(lang);
        atom(ctx, AtomFeed.write(site(), posts, SiteWords.of(lang).t("feed-tag", text.title(), text.tag(tag)),
                inLanguage("/news/tag/" + tag + "/feed.atom", lang), inLanguage("/news/tag/" + tag, lang), base(ctx), lang));
    }

    private void post(Context ctx) {
        Optional<Post> post = site().post(ctx.pathParam("slug"));
        if (post.isEmpty()) {
            notFound(ctx, words(ctx).t("no-such-post"));
            return;
        }
        render(ctx, "site/post.jte", pages(ctx).post(post.get()));
    }

    private void festival(Context ctx) {
        String name = ctx.pathParam("festival");
        boolean ics = name.endsWith(".ics");
        Optional<Festival> festival = site().festival(ics ? name.substring(0, name.length() - 4) : name);
        if (festival.isEmpty()) {
            notFound(ctx, words(ctx).t("no-such-festival"));
        } else if (ics) {
            calendar(ctx, festival.get().slug() + ".ics", ScreeningCalendar.of(site(), festival.get(), base(ctx), clock));
        } else {
            render(ctx, "site/festival.jte", pages(ctx).festival(festival.get()));
        }
    }

    private void screeningCalendar(Context ctx) {
        String name = ctx.pathParam("number");
        Optional<Festival> festival = site().festival(ctx.pathParam("festival"));
        Integer number = name.endsWith(".ics") ? number(name.substring(0, name.length() - 4)) : null;
        Optional<Screening> screening = festival.flatMap(f -> number == null ? Optional.empty() : f.screening(number));
        if (screening.isEmpty()) {
            notFound(ctx, words(ctx).t("no-such-screening"));
            return;
        }
        calendar(ctx, festival.get().slug() + "-" + number + ".ics",
                ScreeningCalendar.of(site(), festival.get(), screening.get(), base(ctx), clock));
    }

    private void about(Context ctx) {
        if (site().pages().isEmpty()) {
            notFound(ctx, words(ctx).t("no-pages"));
            return;
        }
        render(ctx, "site/about.jte", pages(ctx).about());
    }

    private void page(Context ctx) {
        Optional<Page> page = site().page(ctx.pathParam("page"));
        if (page.isEmpty()) {
            notFound(ctx, words(ctx).t("no-such-page"));
            return;
        }
        render(ctx, "site/page.jte", pages(ctx).page(page.get()));
    }

    private void media(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        Optional<Path> file = site().media(name);
        Optional<String> type = MediaFile.type(name);
        if (file.isEmpty() || type.isEmpty() || !Files.isRegularFile(file.get())) {
            notFound(ctx, words(ctx).t("no-such-file"));
            return;
        }
        MediaFile.send(ctx, file.get(), type.get());
    }

    // ---- output

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ProductPage.mark(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.html(out.toString());
    }

    private void notFound(Context ctx, String message) {
        ctx.status(404);
        render(ctx, "site/notfound.jte", pages(ctx).notFound(message));
    }

    private static void atom(Context ctx, String xml) {
        ctx.contentType("application/atom+xml; charset=utf-8").header("Cache-Control", "no-cache").result(xml);
    }

    private static void calendar(Context ctx, String fileName, String text) {
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-cache")
                .result(text);
    }

    private static Integer number(String text) {
        if (text == null || text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return null;
        return Integer.valueOf(text);
    }
}
