package org.crossing.app.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossing.app.server.CrossingNode;
import org.crossing.app.server.StudioServer;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The studio beside a running node, as an operator runs it with {@code serve --studio}: a real
 * node with its database, the studio on its own port, and no studio page without a
 * session.
 */
class StudioBesideNodeTest {

    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    static final String PASSWORD = "a long enough secret";

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(TestStories.folder()).flushingEvery(Duration.ofMillis(100));
    static CrossingNode node;
    static Path data;
    static StudioServer studio;
    static String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        node = running.node();
        data = running.dataDir();
        StudioUsers.put(data, "editor", PASSWORD);
        studio = StudioServer.startBeside(Map.of("ferry", TestStories.folder().resolve("ferry")), node.jdbi(), data, "127.0.0.1", 0,
                StudioGate.Behind.NOTHING, Clock.systemUTC());
        base = "http://127.0.0.1:" + studio.port();
    }

    @AfterAll
    static void stop() {
        if (studio != null) studio.close();
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, String... form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(URLEncoder.encode(form[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form's token and its cookie, as a browser gets them. */
    String[] loginForm() throws Exception {
        HttpResponse<String> page = get("/studio/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return new String[] {m.group(1), cookie};
    }

    String signIn() throws Exception {
        String[] form = loginForm();
        HttpResponse<String> signed = post("/studio/login", form[1], "csrf", form[0], "name", "editor", "password", PASSWORD);
        assertThat(signed.statusCode()).isEqualTo(303);
        String setCookie = signed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(StudioGate.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/studio");
        return setCookie.split(";")[0];
    }

    @Test
    void noStudioPageAnswersWithoutASession() throws Exception {
        for (String path : new String[] {"/studio/", "/studio/ferry/", "/studio/ferry/analytics", "/studio/ferry/scene/harbour",
                "/studio/ferry/fragment/main", "/studio/ferry/events"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/studio/login");
        }
        assertThat(post("/studio/logout", null).statusCode()).isEqualTo(403);
        assertThat(get("/studio/ferry/", StudioGate.COOKIE + "=forged").statusCode()).isEqualTo(303);
    }

    @Test
    void aWrongPasswordAndAMissingCsrfTokenAreRefused() throws Exception {
        String[] form = loginForm();
        HttpResponse<String> wrong = post("/studio/login", form[1], "csrf", form[0], "name", "editor", "password", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("That name and password do not match a studio user.");
        HttpResponse<String> noToken = post("/studio/login", form[1], "name", "editor", "password", PASSWORD);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("This sign-in form has expired. Please try again.");
        HttpResponse<String> noCookie = post("/studio/login", null, "csrf", form[0], "name", "editor", "password", PASSWORD);
        assertThat(noCookie.statusCode()).isEqualTo(403);
    }

    @Test
    void aSignedInEditorSeesTheMapAndCanSignOut() throws Exception {
        String session = signIn();
        HttpResponse<String> index = get("/studio/", session);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<a href=\"/studio/ferry/\">");
        HttpResponse<String> map = get("/studio/ferry/", session);
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).contains("class=\"story-map\"").doesNotContain("action=\"/studio/ferry/preview\"");
        assertThat(get("/studio/ferry/preview", session).statusCode()).isEqualTo(404);
        Matcher csrf = CSRF.matcher(index.body());
        assertThat(csrf.find()).isTrue();
        assertThat(post("/studio/logout", session, "csrf", "wrong").statusCode()).isEqualTo(403);
        assertThat(post("/studio/logout", session, "csrf", csrf.group(1)).statusCode()).isEqualTo(303);
        assertThat(get("/studio/ferry/", session).statusCode()).isEqualTo(303);
    }

    @Test
    void theAudiencePageCountsExactlyTheJourneysPlayed() throws Exception {
        Player player = new Player(node.port());
        Random random = new Random(7);
        int journeys = 9;
        Map<String, Integer> endings = new java.util.TreeMap<>(Map.of("arrived", 0, "turned", 0, "stayed", 0));
        Map<String, String> summaries = Map.of("arrived", "Crossed the gulf to Tallinn", "turned", "Turned back by the storm",
                "stayed", "Stayed behind in the harbour");
        for (int i = 0; i < journeys; i++) {
            String html = player.playRandomJourney("ferry", random).html();
            String ending = summaries.entrySet().stream().filter(e -> html.contains("id=\"scene-title\">" + e.getValue() + "</h1>")).map(Map.Entry::getKey).findFirst().orElseThrow();
            endings.merge(ending, 1, Integer::sum);
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        String body = "";
        String session = signIn();
        while (System.nanoTime() < deadline) {
            body = get("/studio/ferry/analytics", session).body();
            if (body.contains(journeys + " journeys begun, " + journeys + " finished")) break;
            Thread.sleep(200);
        }
        assertThat(body).contains(journeys + " journeys begun, " + journeys + " finished (100%)");
        assertThat(endings.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(journeys);
        for (Map.Entry<String, Integer> ending : endings.entrySet()) {
            assertThat(body).as(ending.getKey()).containsPattern("<a href=\"/studio/ferry/scene/" + ending.getKey() + "\">"
                    + ending.getKey() + " \\([a-z-]+\\)</a></th><td>" + ending.getValue() + "</td>");
        }
        // Every journey decides in the harbour, once: the decision's total is the number of journeys.
        assertThat(body).contains("<a href=\"/studio/ferry/scene/harbour\">harbour</a> <span class=\"hint\">" + journeys + " journeys</span>");
    }

    /** A clock the test moves on by hand. */
    static final class ManualClock extends Clock {
        volatile java.time.Instant now = java.time.Instant.parse("2026-11-29T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    /** A studio of its own beside the node, for a test that locks its sign-in or sets what stands in front of it. */
    static StudioServer another(StudioGate.Behind behind, Clock clock) throws Exception {
        return StudioServer.startBeside(Map.of("ferry", TestStories.folder().resolve("ferry")), node.jdbi(), data, "127.0.0.1", 0, behind, clock);
    }

    HttpResponse<String> signInTo(StudioServer other, String password, String... headers) throws Exception {
        String at = "http://127.0.0.1:" + other.port() + "/studio/login";
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(at)).headers(headers.length == 0 ? new String[] {"Accept", "text/html"} : headers)
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).isTrue();
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String body = "csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&name=editor&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(at)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) post.headers(headers);
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Five wrong passwords from one address within five minutes: the sixth try is refused, the right password too, until the window passes. */
    @Test
    void signInIsRefusedAfterFiveFailuresUntilFiveMinutesHavePassed() throws Exception {
        ManualClock clock = new ManualClock();
        try (StudioServer other = another(StudioGate.Behind.NOTHING, clock)) {
            for (int i = 0; i < StudioGate.FAILURES; i++) assertThat(signInTo(other, "wrong " + i).statusCode()).isEqualTo(401);
            HttpResponse<String> locked = signInTo(other, PASSWORD);
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("300");
            assertThat(locked.body()).contains("Too many failed sign-ins from here. Wait five minutes and try again.");
            clock.now = clock.now.plus(Duration.ofMinutes(4));
            assertThat(signInTo(other, PASSWORD).statusCode()).isEqualTo(429);
            clock.now = clock.now.plus(Duration.ofMinutes(1)).plusSeconds(1);
            assertThat(signInTo(other, PASSWORD).statusCode()).isEqualTo(303);
        }
    }

    /**
     * Behind a proxy trusted for X-Forwarded-For, failures count by the client's address, so one
     * client's guesses do not lock the others out; untrusted, the header is ignored.
     */
    @Test
    void failuresCountByTheForwardedAddressOnlyWhenItIsTrusted() throws Exception {
        try (StudioServer trusting = another(new StudioGate.Behind(false, true), Clock.systemUTC());
             StudioServer direct = another(StudioGate.Behind.NOTHING, Clock.systemUTC())) {
            for (int i = 0; i < StudioGate.FAILURES; i++) {
                assertThat(signInTo(trusting, "wrong", "X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(401);
                assertThat(signInTo(direct, "wrong", "X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(401);
            }
            assertThat(signInTo(trusting, PASSWORD, "X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(429);
            assertThat(signInTo(trusting, PASSWORD, "X-Forwarded-For", "198.51.100.2").statusCode()).isEqualTo(303);
            assertThat(signInTo(direct, PASSWORD, "X-Forwarded-For", "198.51.100.2").statusCode()).isEqualTo(429);
        }
    }

    /** The session cookie is Secure when a proxy says the request came over HTTPS, or when the deployment is on HTTPS (--public-url https://...). */
    @Test
    void theSessionCookieIsSecureBehindHttps() throws Exception {
        String plain = signInTo(studio, PASSWORD).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StudioGate.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(plain).doesNotContain("Secure");
        String forwarded = signInTo(studio, PASSWORD, "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StudioGate.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(forwarded).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
        try (StudioServer https = another(new StudioGate.Behind(true, false), Clock.systemUTC())) {
            HttpResponse<String> signed = signInTo(https, PASSWORD);
            assertThat(signed.statusCode()).isEqualTo(303);
            assertThat(signed.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith(StudioGate.COOKIE + "=")).singleElement()
                    .asString().contains("Secure");
        }
    }
}
