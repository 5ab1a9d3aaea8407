package org.crossing.app.server;

import org.crossing.app.http.AddressRateLimit;
import org.crossing.app.http.Assets;
import org.crossing.app.http.Icons;
import org.crossing.app.http.ErrorPageHandler;
import org.crossing.app.http.RequestCounter;
import org.crossing.app.http.UndecodablePaths;
import org.crossing.app.http.SecurityHeaders;
import org.crossing.app.player.PlayerRoutes;
import org.crossing.app.player.PublishedStory;
import org.crossing.app.player.StoryCatalog;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.HttpStatus;
import java.io.EOFException;
import java.net.BindException;
import java.time.Clock;
import java.util.List;
import org.crossing.app.site.SiteAssets;
import org.crossing.app.site.SiteOptions;
import org.crossing.app.site.SiteRoutes;
import org.crossing.app.site.SiteSource;
import org.crossing.app.stats.Statistics;
import org.crossing.app.token.TokenSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: Javalin on Jetty 12 with virtual threads, precompiled jte templates, the
 * player's routes. Keeps nothing per player; every journey travels in its signed token.
 */
public final class CrossingServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrossingServer.class);
    private final Javalin app;

    private CrossingServer(Javalin app) {
        this.app = app;
    }

    public static CrossingServer start(ServerConfig config, StoryCatalog catalog, Statistics statistics, TokenSigner signer, Clock clock)
            throws StartupException {
        return start(config, catalog, statistics, signer, null, clock);
    }

    /**
     * With a companion site ({@code site} not null), the site's home is the front page and the
     * list of stories moves to {@code /s}; the site shares the player's stylesheet.
     */
    public static CrossingServer start(ServerConfig config, StoryCatalog catalog, Statistics statistics, TokenSigner signer,
                                       SiteSource site, Clock clock) throws StartupException {
        Assets assets = Assets.load();
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        // Pages are small and compress well; assets come pre-compressed and are left alone.
        CompressionStrategy compression = new CompressionStrategy(null, new Gzip(6));
        PlayerRoutes player = new PlayerRoutes(catalog, statistics, signer, assets, config.publicUrl(), clock,
                compression.getDefaultMinSizeForCompression(), new AddressRateLimit(config.beginsPerMinute(), config.trustForwardedFor()));
        RequestCounter requests = new RequestCounter();
        NodeHealth health = new NodeHealth(statistics, requests, clock);
        StatusPages statusPages = new StatusPages(templates, assets);
        Javalin app = Javalin.create(javalin -> {
            ServerDefaults.apply(javalin, config.host(), config.port());
            javalin.http.compressionStrategy = compression;
            javalin.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPageHandler(statusPages)));
            javalin.jetty.modifyServletContextHandler(context -> {
                context.insertHandler(new UndecodablePaths(statusPages));
                context.insertHandler(new SecurityHeaders()); // in front, so that the 400 above carries the headers too
                context.insertHandler(requests);
            });
            javalin.routes.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> ctx.contentType("text/html;charset=utf-8")
                    .result(statusPages.html(HttpStatus.CONTENT_TOO_LARGE.getCode(), ctx.header("Accept-Language"))));
            // A client that goes away mid-body (a phone losing its signal) is routine, not a server fault.
            javalin.routes.exception(EOFException.class, (e, ctx) -> {
                LOG.debug("{} {}: the request's body ended early ({})", ctx.method(), ctx.path(), e.getMessage());
                ctx.status(HttpStatus.BAD_REQUEST).result("");
            });
            javalin.routes.get("/healthz", health::healthz);
            javalin.routes.get("/healthz/counting", health::counting);
            javalin.routes.get("/metrics", health::metrics);
            javalin.routes.get("/assets/{name}", assets::serve);
            Icons.load().register(javalin.routes);
            if (site != null) {
                new SiteRoutes(site, templates, SiteAssets.load(),
                        new SiteOptions("/", 8, List.of(assets.css()), config.publicUrl()), clock)
                        .withStoryPages(() -> storyPages(catalog)).register(javalin.routes);
                player.register(javalin.routes, "/s");
            } else {
                player.register(javalin.routes);
            }
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            // The port was checked free before the node started; another program can still take it first.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bind) {
                    throw new StartupException(ListenCheck.describe(bind, config.host(), config.port(), "--host", "--port"));
                }
            }
            throw e;
        }
        return new CrossingServer(app);
    }

    /**
     * The player's pages a search engine may list: the stories, each story's landing page and its
     * sources, and for a story read in several languages the same in each of them.
     */
    static List<String> storyPages(StoryCatalog catalog) {
        List<String> pages = new java.util.ArrayList<>();
        pages.add("/s");
        for (PublishedStory story : catalog.all()) {
            List<String> languages = story.languages().size() < 2 ? List.of() : story.languages();
            List<String> paths = new java.util.ArrayList<>(List.of("/s/" + story.slug()));
            if (!story.story().bibliography().isEmpty()) paths.add("/s/" + story.slug() + "/sources");
            for (String path : paths) {
                pages.add(path);
                for (String language : languages) pages.add(path + "?lang=" + language);
            }
        }
        return pages;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
