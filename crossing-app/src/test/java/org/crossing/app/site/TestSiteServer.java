package org.crossing.app.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.crossing.app.http.Assets;

/**
 * A minimal Javalin server with the site mounted as the real server mounts it (with the
 * player's stylesheet, and a CSP without inline script like the player's), without the
 * database the real server needs; for the site's tests.
 */
final class TestSiteServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The player's stylesheet, which the site shares. */
    static final Assets PLAYER_ASSETS = Assets.load();

    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestSiteServer(Javalin app) {
        this.app = app;
    }

    static TestSiteServer start(Path folder, Clock clock) {
        try {
            return start(SiteSource.load(folder, clock), clock, new SiteOptions("/", 8, List.of(PLAYER_ASSETS.css()), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestSiteServer start(SiteSource source, Clock clock, SiteOptions options) {
        SiteRoutes routes = new SiteRoutes(source, TemplateEngine.createPrecompiled(ContentType.Html), SiteAssets.load(), options, clock);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.before(ctx -> ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff"));
            config.routes.get("/assets/{name}", PLAYER_ASSETS::serve);
            org.crossing.app.http.Icons.load().register(config.routes);
            config.routes.get("/s/{story}", ctx -> ctx.html("<!DOCTYPE html><html lang=\"en\"><link rel=\"icon\" href=\"data:,\"><title>Story</title><main><h1>Story "
                    + ctx.pathParam("story") + "</h1></main></html>"));
            routes.register(config.routes);
        });
        app.start();
        return new TestSiteServer(app);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) {
        return get(path, "Accept", "*/*");
    }

    /** A GET with one more header, e.g. Accept-Language. */
    HttpResponse<String> get(String path, String header, String value) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).header(header, value).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
