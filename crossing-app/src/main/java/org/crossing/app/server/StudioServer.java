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
import org.crossing.app.studio.RandomTest;
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
    private final List<StudioWorkspace> workspaces;
    private final List<StudioRoutes> routes;
    private final Statistics statistics;
    /** What the player beside the studio plays; null beside a node (no player). */
    private final StoryCatalog played;

    private StudioServer(Javalin app, List<StudioWorkspace> workspaces, List<StudioRoutes> routes, Statistics statistics, StoryCatalog played) {
        this.app = app;
        this.workspaces = List.copyOf(workspaces);
        this.routes = List.copyOf(routes);
        this.statistics = statistics;
        this.played = played;
    }

    /** {@code random}: how coverage plays its random journeys, unless a page asks for others. */
    public record Config(Path folder, String host, int port, String editor, int checkLimit, boolean watch, RandomTest random) {
        public Config(Path folder, String host, int port, String editor, int checkLimit, boolean watch) {
            this(folder, host, port, editor, checkLimit, watch, RandomTest.DEFAULT);
        }
    }

    public static StudioServer start(Config config, Clock clock) throws java.io.IOException {
        StudioWorkspace workspace = StudioWorkspace.open(config.folder(), clock, config.checkLimit(), config.watch(), config.random());
        String slug = StoryCatalog.slugOf(config.folder());
        if (slug == null) slug = "story";
        Path media = config.folder().resolve("media");
        StoryCatalog catalog = new StoryCatalog(List.of());
        String servedSlug = slug;
        // A save with errors is a revision of its own (pages show its errors) but not a new story: the player keeps the one it plays.
        long[] published = {-1};
        Runnable publish = () -> {
            StudioWorkspace.Snapshot snapshot = workspace.snapshot();
            if (snapshot.story() == null || snapshot.storyRevision() == published[0]) return;
            published[0] = snapshot.storyRevision();
            catalog.replace(new PublishedStory(servedSlug, snapshot.story(), media, MapBackground.read(media), catalog.get(servedSlug)));
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
        PlayerRoutes player = new PlayerRoutes(catalog, statistics, signer, playerAssets,
                "http://" + config.host() + ":" + config.port(), clock, compression.getDefaultMinSizeForCompression());
        String title = workspace.snapshot().story() == null ? config.folder().getFileName().toString() : workspace.snapshot().story().title();
        StudioViews.Head head = new StudioViews.Head("Crossing Studio", title, studioAssets.css(), studioAssets.js(), playerAssets.css(), "", false);
        StudioRoutes studio = new StudioRoutes(workspace, templates, head, new PlayTokens(signer), slug, EditorCommand.of(config.editor()));
        Javalin app = Javalin.create(javalin -> {
            ServerDefaults.apply(javalin, config.host(), config.port());
            javalin.http.compressionStrategy = compression;
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
        return new StudioServer(app, List.of(workspace), List.of(studio), statistics, catalog);
    }

    /**
     * The studio beside a running node ({@code crossing serve --studio}), on its own port so an
     * operator can keep it off the public address: read-only (no preview, no editor), each
     * served story's map, check and audience under {@code /studio/SLUG/}, behind a sign-in.
     */
    public static StudioServer startBeside(java.util.Map<String, Path> stories, org.jdbi.v3.core.Jdbi jdbi, Path dataDir, String host, int port,
                                           org.crossing.app.studio.StudioGate.Behind behind, Clock clock) throws java.io.IOException {
        org.crossing.app.studio.StudioUsers users = org.crossing.app.studio.StudioUsers.load(dataDir);
        if (users.isEmpty()) {
            throw new java.io.IOException("no studio users in " + dataDir.resolve(org.crossing.app.studio.StudioUsers.FILE_NAME)
                    + ": make one with 'crossing studio-user add NAME --data " + dataDir + "'");
        }
        Assets studioAssets = Assets.bundle("/studio-assets/", "studio", Assets.resource("web/studio.css"), Assets.resource("web/studio.js"));
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        org.crossing.app.studio.StudioGate gate = new org.crossing.app.studio.StudioGate(users, templates, studioAssets.css(), clock, behind);
        org.crossing.app.studio.AudienceQueries audience = new org.crossing.app.studio.AudienceQueries(jdbi);
        java.util.List<StudioWorkspace> workspaces = new java.util.ArrayList<>();
        java.util.List<StudioRoutes> routes = new java.util.ArrayList<>();
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<String, Path> story : stories.entrySet()) {
            StudioWorkspace workspace = StudioWorkspace.open(story.getValue(), clock, org.crossing.story.check.Checker.DEFAULT_LIMIT, false);
            workspaces.add(workspace);
            Story compiled = workspace.snapshot().story();
            String title = compiled == null ? story.getKey() : compiled.title();
            titles.put(story.getKey(), title);
            StudioViews.Head head = new StudioViews.Head("Crossing Studio", title, studioAssets.css(), studioAssets.js(), null,
                    "/studio/" + story.getKey(), true);
            routes.add(new StudioRoutes(workspace, templates, head, null, story.getKey(), null)
                    .withAudience(audience, () -> workspace.snapshot().story().versionHex()));
        }
        Javalin app = Javalin.create(javalin -> {
            ServerDefaults.apply(javalin, host, port);
            javalin.jetty.modifyServletContextHandler(context -> context.insertHandler(new SecurityHeaders()));
            javalin.routes.get("/studio-assets/{name}", studioAssets::serve);
            javalin.routes.get("/", ctx -> ctx.redirect("/studio/", io.javalin.http.HttpStatus.SEE_OTHER));
            gate.register(javalin.routes, "/studio");
            javalin.routes.get("/studio/", ctx -> {
                gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
                templates.render("studio/index.jte", new org.crossing.app.studio.StudioIndex(studioAssets.css(), titles, gate.csrf(ctx)), out);
                ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(out.toString());
            });
            routes.forEach(r -> r.register(javalin.routes));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            workspaces.forEach(StudioWorkspace::close);
            throw e;
        }
        return new StudioServer(app, workspaces, routes, null, null);
    }

    public int port() {
        return app.port();
    }

    /** The story the preview player plays (the last that compiled), or null when none has or there is no player. */
    public PublishedStory played() {
        return played == null || played.slugs().isEmpty() ? null : played.get(played.slugs().iterator().next());
    }

    /** The (first) story's workspace. */
    public StudioWorkspace workspace() {
        return workspaces.get(0);
    }

    /** Reads every story's folder again, as the node does on {@code kill -HUP}: a story that changed is compiled, laid out and checked anew. */
    public void reloadStories() {
        workspaces.forEach(StudioWorkspace::reload);
    }

    /** Stops what makes events first (the folder's watcher, checks, random journeys), then ends the event streams, then the server. */
    @Override
    public void close() {
        // the streams end first, while the check that writes to them still runs: stopping the check
        // interrupts its thread, which must not be in the middle of a write to a page then
        routes.forEach(StudioRoutes::close);
        workspaces.forEach(StudioWorkspace::close);
        app.stop();
        if (statistics != null) statistics.close();
    }
}
