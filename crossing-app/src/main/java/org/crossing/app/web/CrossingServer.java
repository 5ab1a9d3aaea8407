package org.crossing.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.time.Clock;
import org.crossing.app.stats.Statistics;
import org.crossing.app.token.TokenSigner;

/**
 * The web server: Javalin on Jetty 12 with virtual threads, precompiled jte templates, the
 * player's routes. Keeps nothing per player; every journey travels in its signed token.
 */
public final class CrossingServer implements AutoCloseable {

    private final Javalin app;

    private CrossingServer(Javalin app) {
        this.app = app;
    }

    public static CrossingServer start(ServerConfig config, StoryCatalog catalog, Statistics statistics, TokenSigner signer, Clock clock) {
        Assets assets = Assets.load();
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        // Pages are small and compress well; assets come pre-compressed and are left alone.
        CompressionStrategy compression = new CompressionStrategy(null, new Gzip(6));
        PlayerRoutes player = new PlayerRoutes(catalog, statistics, signer, assets, templates, config.publicUrl(), clock,
                compression.getDefaultMinSizeForCompression());
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.concurrency.useVirtualThreads = true;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.http.compressionStrategy = compression;
            javalin.http.maxRequestSize = 64 * 1024;
            javalin.routes.before(SecurityHeaders::apply);
            javalin.routes.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").header("Cache-Control", "no-store").result("ok"));
            javalin.routes.get("/assets/{name}", assets::serve);
            player.register(javalin.routes);
        });
        app.start();
        return new CrossingServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
