package org.crossing.app.studio;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.crossing.app.token.PlayTokens;
import org.crossing.story.model.Story;
import org.crossing.story.play.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's pages: the overview (errors, the check, the map), a page per scene (its source,
 * its ways on, the shortest journey to it, a preview with values set by hand), the source
 * around a line, and {@code /events}, a Server-Sent Events stream that tells open pages when
 * the story was saved, how far the check has gone and when it finished.
 */
public final class StudioRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(StudioRoutes.class);
    /** How long a request for coverage waits for its random journeys before it answers with their progress. */
    private static final java.time.Duration SHORT_RUN = java.time.Duration.ofSeconds(2);

    private final StudioWorkspace workspace;
    private final TemplateEngine templates;
    private final StudioViews.Head head;
    private final PlayTokens tokens;
    private final String slug;
    private final EditorCommand editor;
    private final String csrf;
    private final StudioPages pages;
    private final SseHandler stream = new SseHandler(this::events);

    private final CoverageRequests requests;
    private final java.util.Set<SseClient> clients = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private AudienceQueries audience;
    private java.util.function.Supplier<String> version;

    /** Adds the audience page, read from the node's statistics for the version {@code version} gives. */
    public StudioRoutes withAudience(AudienceQueries audience, java.util.function.Supplier<String> version) {
        this.audience = audience;
        this.version = version;
        return this;
    }

    public StudioRoutes(StudioWorkspace workspace, TemplateEngine templates, StudioViews.Head head, PlayTokens tokens, String slug,
                        EditorCommand editor) {
        this.workspace = workspace;
        this.templates = templates;
        this.head = head;
        this.tokens = tokens;
        this.slug = slug;
        this.editor = editor;
        byte[] random = new byte[18];
        ThreadLocalRandom.current().nextBytes(random);
        this.csrf = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.pages = new StudioPages(head, editor != null);
        this.requests = new CoverageRequests(workspace);
    }

    /** Mounts the pages under {@code head.base()}; a read-only studio has no preview, editor or source pages. */
    public void register(RoutesConfig routes) {
        String base = head.base();
        routes.get(base.isEmpty() ? "/" : base, this::overview);
        if (!base.isEmpty()) routes.get(base + "/", this::overview);
        routes.get(base + "/fragment/main", ctx -> render(ctx, "studio/main.jte", overviewPage(ctx)));
        routes.get(base + "/fragment/status", ctx -> render(ctx, "studio/status.jte", pages.status(workspace.snapshot())));
        routes.get(base + "/scene/{id}", this::scene);
        routes.get(base + "/events", this::eventStream);
        routes.get(base + "/coverage", this::coverage);
        if (audience != null) routes.get(base + "/analytics", this::analytics);
        if (head.readOnly()) return;
        routes.post(base + "/preview", this::preview);
        routes.post(base + "/open", this::open);
        routes.get(base + "/source", this::source);
    }

    private void overview(Context ctx) {
        render(ctx, "studio/overview.jte", overviewPage(ctx));
    }

    private StudioViews.OverviewPage overviewPage(Context ctx) {
        return pages.overview(workspace.snapshot(), ctx.queryParam("path"), csrf);
    }

    private void scene(Context ctx) {
        StudioWorkspace.Snapshot snapshot = workspace.snapshot();
        Story story = snapshot.story();
        String id = ctx.pathParam("id");
        if (story == null || story.scene(id).isEmpty()) {
            ctx.status(404);
            render(ctx, "studio/message.jte", pages.message(snapshot, "No such scene",
                    story == null ? "The story has not compiled yet." : "The story has no scene '" + id + "'."));
            return;
        }
        render(ctx, "studio/scene.jte", pages.scene(snapshot, story.scene(id).get(), csrf, workspace.folder()));
    }

    /** Starts a preview: at the end of the shortest journey to a scene, or at the scene with the values given. */
    private void preview(Context ctx) {
        if (!csrfOk(ctx)) return;
        StudioWorkspace.Snapshot snapshot = workspace.snapshot();
        Story story = snapshot.story();
        String id = ctx.formParam("scene");
        if (story == null || id == null || story.scene(id).isEmpty()) {
            ctx.status(400);
            render(ctx, "studio/message.jte", pages.message(snapshot, "Cannot preview", "Choose a scene of the story to preview."));
            return;
        }
        int scene = story.scene(id).get().index();
        State state;
        String how;
        if ("journey".equals(ctx.formParam("from"))) {
            StudioWorkspace.Analysis analysis = snapshot.analysis();
            List<Journeys.Step> steps = analysis == null || analysis.journeys() == null ? null : analysis.journeys().to(scene);
            if (steps == null) {
                ctx.status(409);
                render(ctx, "studio/message.jte", pages.message(snapshot, "No journey yet",
                        "The check has not found a way into '" + id + "' (yet). Set the values by hand instead."));
                return;
            }
            state = Journeys.replay(story, steps, 1);
            how = "after the shortest journey into it (" + steps.size() + " steps)";
        } else {
            PreviewValues.Result values = PreviewValues.read(story, ctx::formParam);
            if (!values.errors().isEmpty()) {
                ctx.status(400);
                render(ctx, "studio/message.jte", pages.message(snapshot, "These values cannot be used", String.join("; ", values.errors())));
                return;
            }
            state = org.crossing.story.play.Engine.placed(story, scene, values.values(), 1);
            how = "with the values set by hand";
        }
        String url = "/s/" + slug + "/play?t=" + tokens.encode(slug, org.crossing.app.token.PlayToken.begin(state, java.time.Instant.now()));
        boolean journey = "journey".equals(ctx.formParam("from"));
        java.util.Map<String, String> again = new java.util.LinkedHashMap<>();
        again.put("scene", id);
        again.put("from", journey ? "journey" : "values");
        if (!journey) {
            for (var variable : story.variables()) {
                String given = ctx.formParam("v." + variable.name());
                if (given != null) again.put("v." + variable.name(), given); // a box left unticked is not sent
            }
        }
        render(ctx, "studio/preview.jte", new StudioViews.PreviewPage(head, pages.status(snapshot), id, url, how, again,
                journey ? "checked" : "revision", csrf));
    }

    private void coverage(Context ctx) throws InterruptedException {
        StudioWorkspace.Snapshot snapshot = workspace.snapshot();
        StudioViews.Status status = pages.status(snapshot);
        StudioWorkspace.Analysis analysis = snapshot.analysis();
        CoveragePages.Page page;
        if (snapshot.story() == null) {
            page = CoveragePages.waiting(head, status, "The story has not compiled yet; coverage is measured once it does.");
        } else if (analysis == null || analysis.coverage() == null) {
            page = CoveragePages.waiting(head, status, analysis != null && analysis.status() == StudioWorkspace.Status.FAILED
                    ? "The check failed (" + analysis.failure() + "), so coverage was not measured."
                    : "Coverage is measured when the check has finished; this page follows by itself.");
        } else if (!RandomTest.given(ctx::queryParam)) {
            page = CoveragePages.page(head, status, snapshot.map(), analysis.coverage(), ctx.queryParam("by"), false, List.of());
        } else {
            RandomTest.Read read = RandomTest.read(ctx::queryParam, analysis.coverage().random());
            if (!read.errors().isEmpty()) {
                ctx.status(400);
                page = CoveragePages.page(head, status, snapshot.map(), analysis.coverage(), ctx.queryParam("by"), false, read.errors());
            } else if (read.settings().equals(analysis.coverage().random())) {
                page = CoveragePages.page(head, status, snapshot.map(), analysis.coverage(), ctx.queryParam("by"), true, List.of());
            } else {
                page = requested(snapshot, analysis, read.settings(), ctx.queryParam("by"));
            }
        }
        render(ctx, "studio/coverage.jte", page);
    }

    /**
     * Coverage with random settings of the page's own: played in the background, shown when done;
     * until then the figures of the settings played on every save, under the run's progress.
     */
    private CoveragePages.Page requested(StudioWorkspace.Snapshot snapshot, StudioWorkspace.Analysis analysis, RandomTest settings, String by)
            throws InterruptedException {
        CoverageRequests.Run run = requests.request(snapshot, analysis, settings);
        run.await(SHORT_RUN); // most runs end sooner: answered as they always were, with no progress shown
        StudioViews.Status status = pages.status(snapshot);
        if (run.state() == CoverageRequests.State.DONE) {
            return CoveragePages.page(head, status, snapshot.map(), run.measured(), by, true, List.of());
        }
        return CoveragePages.running(head, status, snapshot.map(), analysis.coverage(), by, run);
    }

    private void analytics(Context ctx) {
        StudioWorkspace.Snapshot snapshot = workspace.snapshot();
        if (snapshot.story() == null) {
            render(ctx, "studio/message.jte", pages.message(snapshot, "No story", "The story has not compiled."));
            return;
        }
        String served = version.get();
        String asked = ctx.queryParam("version");
        String shown = asked == null || asked.isBlank() ? served : asked.strip();
        Audience read;
        List<AudiencePages.VersionRow> versions;
        try {
            versions = AudiencePages.versions(head.base(), served, shown, audience.versions(slug));
            if (versions.stream().noneMatch(AudiencePages.VersionRow::shown)) {
                ctx.status(404);
                render(ctx, "studio/message.jte", pages.message(snapshot, "No such version",
                        "The statistics have no counts for a version '" + shown + "' of this story. The audience page lists the versions they have."));
                return;
            }
            read = audience.read(slug, shown);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the statistics for {}: {}", slug, e.toString());
            ctx.status(503);
            render(ctx, "studio/message.jte", pages.message(snapshot, "The statistics cannot be read right now",
                    "The database did not answer. Players are not affected; try again in a moment."));
            return;
        }
        render(ctx, "studio/audience.jte", shown.equals(served)
                ? AudiencePages.page(head, pages.status(snapshot), snapshot.story(), snapshot.map(), read, versions)
                : AudiencePages.earlier(head, pages.status(snapshot), read, versions));
    }

    private void open(Context ctx) {
        if (!csrfOk(ctx)) return;
        Path file = storyFile(ctx.formParam("file"));
        int line = number(ctx.formParam("line"));
        int column = number(ctx.formParam("column"));
        if (file == null || editor == null) {
            ctx.redirect(head.base() + "/source?file=" + java.net.URLEncoder.encode(String.valueOf(ctx.formParam("file")), java.nio.charset.StandardCharsets.UTF_8)
                    + "&line=" + Math.max(1, line) + "#current", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        try {
            editor.open(file, Math.max(1, line), Math.max(1, column));
            String back = ctx.formParam("back");
            ctx.redirect(back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (IOException e) {
            LOG.warn("Cannot start the editor: {}", e.getMessage());
            ctx.status(500);
            render(ctx, "studio/message.jte", pages.message(workspace.snapshot(), "The editor did not start",
                    e.getMessage() + ". Check --editor or $EDITOR."));
        }
    }

    private void source(Context ctx) {
        StudioWorkspace.Snapshot snapshot = workspace.snapshot();
        Path file = storyFile(ctx.queryParam("file"));
        if (file == null) {
            ctx.status(404);
            render(ctx, "studio/message.jte", pages.message(snapshot, "No such file", "The story folder has no such story file."));
            return;
        }
        int line = number(ctx.queryParam("line"));
        try {
            List<String> lines = Files.readAllLines(file);
            render(ctx, "studio/source.jte", new StudioViews.SourcePage(head, pages.status(snapshot), ctx.queryParam("file"),
                    StudioPages.around(lines, line, 12)));
        } catch (IOException e) {
            ctx.status(404);
            render(ctx, "studio/message.jte", pages.message(snapshot, "Cannot read the file", e.getMessage()));
        }
    }

    /** A story file named relative to the folder: a {@code .story} file inside it, or null. */
    private Path storyFile(String name) {
        if (name == null || name.isEmpty() || name.length() > 300) return null;
        Path folder = workspace.folder().toAbsolutePath().normalize();
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !file.getFileName().toString().endsWith(".story") || !Files.isRegularFile(file)) return null;
        return file;
    }

    /**
     * The event stream for a client that asks for one, as EventSource does; any other client
     * (a browser tab opened on the address, curl without the header) is told what the address is
     * rather than left with an empty answer.
     */
    private void eventStream(Context ctx) throws Exception {
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/event-stream")) {
            stream.handle(ctx);
            return;
        }
        ctx.status(406).header("Cache-Control", "no-store").contentType("text/plain; charset=utf-8").result(
                "406 Not Acceptable: " + ctx.path() + " is a stream of Server-Sent Events that tells open studio pages when the story"
                + " changed. Ask for it with the header 'Accept: text/event-stream', e.g. curl -N -H 'Accept: text/event-stream' "
                + ctx.fullUrl() + "\n");
    }

    private void events(SseClient client) {
        if (closed) {
            client.close();
            return;
        }
        client.keepAlive();
        Consumer<StudioWorkspace.Event> listener = event -> send(client, event.name().toLowerCase(Locale.ROOT), Long.toString(workspace.snapshot().revision()));
        Consumer<CoverageRequests.Progress> coverage = progress -> send(client, "coverage", progress.json());
        clients.add(client);
        workspace.listen(listener);
        requests.listen(coverage);
        client.onClose(() -> {
            workspace.unlisten(listener);
            requests.unlisten(coverage);
            clients.remove(client);
        });
        if (closed) {
            client.close(); // closed while this stream was being opened
            return;
        }
        synchronized (client) {
            if (!client.terminated()) client.sendEvent("hello", Long.toString(workspace.snapshot().revision()));
        }
    }

    /**
     * Sends an event to one open page. The check's and the random journeys' threads send, and
     * closing the studio ends the stream, so the two take turns on the client: a stream is never
     * ended under a write still on its way (Jetty warns of a write left incomplete).
     */
    private static void send(SseClient client, String event, String data) {
        synchronized (client) {
            if (client.terminated()) throw new IllegalStateException("closed");
            client.sendEvent(event, data);
        }
    }

    /**
     * Ends every event stream and stops random journeys still being played, before the server
     * stops: a stream left open would be written to by a check finishing as the server goes.
     */
    public void close() {
        closed = true;
        requests.close();
        for (SseClient client : clients) {
            synchronized (client) {
                client.close();
            }
        }
        clients.clear();
    }

    private boolean csrfOk(Context ctx) {
        String given = ctx.formParam("csrf");
        if (given != null && MessageDigest.isEqual(given.getBytes(), csrf.getBytes())) return true;
        ctx.status(403);
        render(ctx, "studio/message.jte", pages.message(workspace.snapshot(), "This form has expired",
                "Reload the page and try again (the form's security token did not match)."));
        return false;
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(out.toString());
    }
}
