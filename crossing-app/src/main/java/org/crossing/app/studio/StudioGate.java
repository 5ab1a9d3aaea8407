package org.crossing.app.studio;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sign-in in front of a studio mounted beside a running node ({@code crossing serve
 * --studio}): no page under {@code base} answers without a session. Sessions live in this
 * node's memory for twelve hours; the cookie is HttpOnly, SameSite=Strict, and Secure behind
 * HTTPS (see {@link Behind}). Every form carries a CSRF token (the sign-in form a double-submit
 * one, as there is no session yet). Five failed sign-ins from one address within five minutes
 * earn a 429 until the window passes; the addresses are kept in memory only, for that window.
 */
public final class StudioGate {

    static final String COOKIE = "crossing_studio";
    static final String LOGIN_COOKIE = "crossing_studio_login";
    static final Duration SESSION = Duration.ofHours(12);
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int FAILURES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The most addresses with failed sign-ins kept; past it, those whose window has passed are forgotten. */
    static final int MAX_ADDRESSES = 10_000;

    record Session(String user, String csrf, Instant expires) {}

    /**
     * What stands in front of the studio. {@code https}: the deployment is reached over HTTPS (its
     * {@code --public-url} is https), so cookies are Secure whatever the request says; without it,
     * a cookie is Secure when the request came over HTTPS or a proxy says it did
     * ({@code X-Forwarded-Proto: https}). {@code trustForwardedFor}: the client's address, which
     * failed sign-ins are counted by, is the last X-Forwarded-For entry (behind a proxy that sets
     * it; otherwise every client would share the proxy's address, and its limit).
     */
    public record Behind(boolean https, boolean trustForwardedFor) {
        /** Nothing in front: the studio is reached directly. */
        public static final Behind NOTHING = new Behind(false, false);
    }

    public record LoginPage(String css, String base, String csrf, String message, String name) {}

    private final StudioUsers users;
    private final TemplateEngine templates;
    private final String css;
    private final Clock clock;
    private final Behind behind;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private String base;

    public StudioGate(StudioUsers users, TemplateEngine templates, String css, Clock clock, Behind behind) {
        this.users = users;
        this.templates = templates;
        this.css = css;
        this.clock = clock;
        this.behind = behind;
    }

    public void register(RoutesConfig routes, String base) {
        this.base = base;
        routes.before(base, this::gate);
        routes.before(base + "/*", this::gate);
        routes.get(base + "/login", this::loginPage);
        routes.post(base + "/login", this::login);
        routes.post(base + "/logout", this::logout);
    }

    /** The session's CSRF token, for forms on the pages behind the gate. */
    public String csrf(Context ctx) {
        Session session = ctx.attribute("studio.session");
        return session == null ? "" : session.csrf();
    }

    private void gate(Context ctx) {
        String path = ctx.path();
        if (path.equals(base + "/login")) return;
        Session session = session(ctx);
        if (session != null) {
            ctx.attribute("studio.session", session);
            if (path.equals(base + "/logout") && !csrfMatches(ctx.formParam("csrf"), session.csrf())) {
                ctx.status(403).contentType("text/plain; charset=utf-8").result("This form has expired: reload the page and try again.");
                ctx.skipRemainingHandlers();
            }
            return;
        }
        ctx.header("Cache-Control", "no-store");
        if (ctx.method().name().equals("GET")) {
            ctx.redirect(base + "/login", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("Sign in to the studio first.");
        }
        ctx.skipRemainingHandlers();
    }

    private Session session(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) return null;
        Session session = sessions.get(id);
        if (session == null) return null;
        if (session.expires().isBefore(clock.instant())) {
            sessions.remove(id);
            return null;
        }
        return session;
    }

    private void loginPage(Context ctx) {
        showLogin(ctx, 200, null, "");
    }

    private void showLogin(Context ctx, int status, String message, String name) {
        String token = random();
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, token, Duration.ofMinutes(30)));
        StringOutput out = new StringOutput();
        templates.render("studio/login.jte", new LoginPage(css, base, token, message, name), out);
        ctx.status(status).header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(out.toString());
    }

    private void login(Context ctx) {
        String name = ctx.formParam("name");
        String shownName = name == null ? "" : name.length() > 64 ? name.substring(0, 64) : name;
        if (!csrfMatches(ctx.formParam("csrf"), ctx.cookie(LOGIN_COOKIE))) {
            showLogin(ctx, 403, "This sign-in form has expired. Please try again.", shownName);
            return;
        }
        String client = client(ctx);
        if (tooManyFailures(client)) {
            ctx.header("Retry-After", Long.toString(WINDOW.toSeconds()));
            showLogin(ctx, 429, "Too many failed sign-ins from here. Wait five minutes and try again.", shownName);
            return;
        }
        if (!users.verify(name, ctx.formParam("password"))) {
            if (failures.size() >= MAX_ADDRESSES) forgetPassedWindows();
            Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
            synchronized (recent) {
                recent.addLast(clock.instant());
            }
            showLogin(ctx, 401, "That name and password do not match a studio user.", shownName);
            return;
        }
        failures.remove(client);
        String id = random();
        sessions.put(id, new Session(name, random(), clock.instant().plus(SESSION)));
        ctx.removeCookie(LOGIN_COOKIE, base);
        ctx.cookie(cookie(ctx, COOKIE, id, SESSION));
        ctx.redirect(base + "/", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) sessions.remove(id);
        ctx.removeCookie(COOKIE, base);
        ctx.redirect(base + "/login", HttpStatus.SEE_OTHER);
    }

    private boolean tooManyFailures(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) return false;
        Instant since = clock.instant().minus(WINDOW);
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) recent.pollFirst();
            if (recent.isEmpty()) failures.remove(client, recent);
            return recent.size() >= FAILURES;
        }
    }

    private void forgetPassedWindows() {
        for (String client : failures.keySet()) tooManyFailures(client);
    }

    /** The address failed sign-ins are counted by. */
    private String client(Context ctx) {
        if (behind.trustForwardedFor()) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        }
        return ctx.req().getRemoteAddr();
    }

    private io.javalin.http.Cookie cookie(Context ctx, String name, String value, Duration age) {
        // A proxy's word is taken for Secure even when not trusted for addresses: a client that
        // claims HTTPS falsely only loses its own cookie.
        boolean https = behind.https() || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || "https".equalsIgnoreCase(ctx.scheme());
        return new io.javalin.http.Cookie(name, value, base, (int) age.toSeconds(), https, true, null, io.javalin.http.SameSite.STRICT);
    }

    private static boolean csrfMatches(String given, String expected) {
        return given != null && expected != null && !expected.isEmpty()
                && MessageDigest.isEqual(given.getBytes(java.nio.charset.StandardCharsets.UTF_8), expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
