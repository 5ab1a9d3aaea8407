package org.crossing.app.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.crossing.app.http.Assets;
import org.crossing.app.http.SecurityHeaders;
import org.crossing.app.player.MapBackground;
import org.crossing.app.player.PlayerRoutes;
import org.crossing.app.player.PublishedStory;
import org.crossing.app.player.StoryCatalog;
import org.crossing.app.stats.MemoryCounterStore;
import org.crossing.app.stats.Statistics;
import org.crossing.app.studio.EditorCommand;
import org.crossing.app.studio.StudioRoutes;
import org.crossing.app.studio.StudioViews;
import org.crossing.app.studio.StudioWorkspace;
import org.crossing.app.token.PlayTokens;
import org.crossing.app.token.TokenSigner;
import org.crossing.story.model.Story;

/**
 * {@code crossing studio}: the studio's pages for one story folder, and the real player beside
 * them under {@code /s}, playing the last version of the story that compiled. Previews are
 * counted in memory only and signed with a key made for this run, so nothing here reaches a
 * real server's statistics or tokens.
 */
public final class StudioServer implements AutoCloseable {

    private final Javalin app;
    private final StudioWorkspace workspace;
    private final Statistics statistics;

    private StudioServer(Javalin app, StudioWorkspace workspace, Statistics statistics) {
        this.app = app;
        this.workspace = workspace;
        this.statistics = statistics;
    }

    public record Config(Path folder, String host, int port, String editor, int checkLimit, boolean watch) {}

    public static StudioServer start(Config config, Clock clock) throws java.io.IOException {
        StudioWorkspace workspace = StudioWorkspace.open(config.folder(), clock, config.checkLimit(), config.watch());
        String slug = StoryCatalog.slugOf(config.folder());
        if (slug == null) slug = "story";
        Path media = config.folder().resolve("media");
        StoryCatalog catalog = new StoryCatalog(List.of());
        String servedSlug = slug;
        Runnable publish = () -> {
            Story story = workspace.snapshot().story();
            if (story != null) catalog.replace(new PublishedStory(servedSlug, story, media, MapBackground.read(media)));
        };
        publish.run();
        workspace.listen(event -> {
            if (event == StudioWorkspace.Event.REVISION) publish.run();
        });

        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        TokenSigner signer = new TokenSigner(secret);
        Statistics statistics = new Statistics(new MemoryCounterStore(), List.of(), Duration.ZERO);
        Assets playerAssets = Assets.load();
        Assets studioAssets = Assets.bundle("/studio-assets/", "studio", Assets.resource("web/studio.css"), Assets.resource("web/studio.js"));
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        CompressionStrategy compression = new CompressionStrategy(null, new Gzip(6));
        PlayerRoutes player = new PlayerRoutes(catalog, statistics, signer, playerAssets, templates,
                "http://" + config.host() + ":" + config.port(), clock, compression.getDefaultMinSizeForCompression());
        String title = workspace.snapshot().story() == null ? config.folder().getFileName().toString() : workspace.snapshot().story().title();
        StudioViews.Head head = new StudioViews.Head("Crossing Studio", title, studioAssets.css(), studioAssets.js(), playerAssets.css());
        StudioRoutes studio = new StudioRoutes(workspace, templates, head, new PlayTokens(signer), slug, EditorCommand.of(config.editor()));
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.concurrency.useVirtualThreads = true;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.http.compressionStrategy = compression;
            javalin.http.maxRequestSize = 64 * 1024;
            javalin.jetty.modifyServletContextHandler(context -> context.insertHandler(SecurityHeaders.allowingSameOriginFrames()));
            javalin.routes.get("/assets/{name}", playerAssets::serve);
            javalin.routes.get("/studio-assets/{name}", studioAssets::serve);
            studio.register(javalin.routes);
            player.register(javalin.routes, "/s");
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            workspace.close();
            statistics.close();
            throw e;
        }
        return new StudioServer(app, workspace, statistics);
    }

    public int port() {
        return app.port();
    }

    public StudioWorkspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        app.stop();
        workspace.close();
        statistics.close();
    }
}
