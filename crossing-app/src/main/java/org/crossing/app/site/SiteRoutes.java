package org.crossing.app.site;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

    /**
     * How the site is mounted: the path of its home page, posts per news page, stylesheets the
     * server shares with the site (loaded before the site's own), and the public address
     * (null: the site's {@code url}, else each request's host).
     */
    public record Options(String homePath, int postsPerPage, List<String> sharedCss, String publicUrl) {

        public static Options defaults() {
            return new Options("/", 8, List.of(), null);
        }

        public Options {
            if (postsPerPage < 1) throw new IllegalArgumentException("postsPerPage must be at least 1, not " + postsPerPage);
            sharedCss = List.copyOf(sharedCss);
        }
    }

    private final SiteSource source;
    private final TemplateEngine templates;
    private final Assets assets;
    private final Options options;
    private final Clock clock;
    private Supplier<List<String>> storyPages = List::of;

    public SiteRoutes(SiteSource source, TemplateEngine templates, Assets assets, Options options, Clock clock) {
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
        routes.get("/feed.atom", ctx -> atom(ctx, AtomFeed.write(site(), site().posts(), site().info().title() + ": news",
                "/feed.atom", "/news", base(ctx))));
        routes.get("/screenings", ctx -> render(ctx, "site/screenings.jte", pages(ctx).screenings()));
        routes.get("/screenings.ics", ctx -> calendar(ctx, "screenings.ics", ScreeningCalendar.upcoming(site(), base(ctx), clock)));
        routes.get("/screenings/{festival}", this::festival);
        routes.get("/screenings/{festival}/{number}", this::screeningCalendar);
        routes.get("/press", ctx -> render(ctx, "site/press.jte", pages(ctx).press()));
        routes.get("/about", this::about);
        routes.get("/about/{page}", this::page);
        routes.get("/media/<file>", this::media);
        routes.get(assets.prefix() + "{name}", assets::serve);
        routes.get("/sitemap.xml", ctx -> ctx.contentType("application/xml; charset=utf-8")
                .result(Sitemap.xml(site(), options.postsPerPage(), storyPages.get(), base(ctx))));
        routes.get("/robots.txt", ctx -> ctx.contentType("text/plain; charset=utf-8").result(Sitemap.robots(base(ctx))));
    }

    private Site site() {
        return source.current();
    }

    private SitePages pages(Context ctx) {
        return new SitePages(site(), options, assets, base(ctx), ctx.path(), clock);
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
            notFound(ctx, "There is no such page of news.");
        } else if (page == 1) {
            ctx.redirect("/news");
        } else {
            render(ctx, "site/news.jte", pages.news(page));
        }
    }

    private void tag(Context ctx) {
        String tag = ctx.pathParam("tag");
        if (site().postsTagged(tag).isEmpty()) {
            notFound(ctx, "No post is tagged \u201c" + tag + "\u201d.");
            return;
        }
        render(ctx, "site/news.jte", pages(ctx).tag(tag));
    }

    private void tagFeed(Context ctx) {
        String tag = ctx.pathParam("tag");
        List<Post> posts = site().postsTagged(tag);
        if (posts.isEmpty()) {
            notFound(ctx, "No post is tagged \u201c" + tag + "\u201d.");
            return;
        }
        atom(ctx, AtomFeed.write(site(), posts, site().info().title() + ": posts tagged " + tag,
                "/news/tag/" + tag + "/feed.atom", "/news/tag/" + tag, base(ctx)));
    }

    private void post(Context ctx) {
        Optional<Post> post = site().post(ctx.pathParam("slug"));
        if (post.isEmpty()) {
            notFound(ctx, "There is no such post. It may have moved: see all the news.");
            return;
        }
        render(ctx, "site/post.jte", pages(ctx).post(post.get()));
    }

    private void festival(Context ctx) {
        String name = ctx.pathParam("festival");
        boolean ics = name.endsWith(".ics");
        Optional<Festival> festival = site().festival(ics ? name.substring(0, name.length() - 4) : name);
        if (festival.isEmpty()) {
            notFound(ctx, "There is no such festival or venue.");
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
            notFound(ctx, "There is no such screening.");
            return;
        }
        calendar(ctx, festival.get().slug() + "-" + number + ".ics",
                ScreeningCalendar.of(site(), festival.get(), screening.get(), base(ctx), clock));
    }

    private void about(Context ctx) {
        if (site().pages().isEmpty()) {
            notFound(ctx, "This site has no pages about the film yet.");
            return;
        }
        render(ctx, "site/about.jte", pages(ctx).about());
    }

    private void page(Context ctx) {
        Optional<Page> page = site().page(ctx.pathParam("page"));
        if (page.isEmpty()) {
            notFound(ctx, "There is no such page.");
            return;
        }
        render(ctx, "site/page.jte", pages(ctx).page(page.get()));
    }

    private void media(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        Optional<Path> file = site().media(name);
        Optional<String> type = MediaFile.type(name);
        if (file.isEmpty() || type.isEmpty() || !Files.isRegularFile(file.get())) {
            notFound(ctx, "There is no such file.");
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

    /** Only http(s) addresses become links; anything else is dropped. */
    static String safeUrl(String url) {
        if (url == null) return null;
        if (url.startsWith("/") && !url.startsWith("//")) return url;
        try {
            String scheme = URI.create(url).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) ? url : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
