package org.crossing.app.player;

import org.crossing.app.http.SecurityHeaders;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.crossing.app.token.Invites;
import org.crossing.app.token.TokenSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The player's pages over real HTTP, served by a real node with its database. */
class PlayerPagesTest {

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(TestStories.folder());

    @Test
    void healthzAnswersOkOnceReady() throws Exception {
        HttpResponse<String> health = running.player().get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok");
    }

    @Test
    void theHomePageListsEveryStory() throws Exception {
        String html = running.player().get("/").body();
        assertThat(html).contains("<a href=\"/s/ferry\">The Last Ferry</a>", "<a href=\"/s/preview\">Not Yet</a>",
                "Opens 1 January 2099, 00:00 UTC. Early access by invitation.");
    }

    @Test
    void theLandingPageShowsTheContentNoteAndBegin() throws Exception {
        String html = running.player().get("/s/ferry").body();
        assertThat(html).contains("<html lang=\"en\">", "<h1>The Last Ferry</h1>", "Contains a storm at sea.",
                "<form method=\"post\" action=\"/s/ferry/begin\"", ">Begin</button>",
                "come back on this device to continue.<span class=\"js-only keys-hint\"> Keys 1 to 9 choose.</span>");
    }

    @Test
    void theLandingPageOpensWithItsFirstChaptersPictureSizedAndDescribed() throws Exception {
        String html = running.player().get("/s/river").body();
        assertThat(html).containsPattern("<img class=\"landing-picture\" src=\"/s/river/media/opening\\.svg\\?v=[0-9a-z]+\" "
                + "alt=\"The frozen river under a low moon\" width=\"1600\" height=\"900\" fetchpriority=\"high\">\n<h1>The River</h1>");
        // a story whose first chapter has no picture opens with its title
        assertThat(running.player().get("/s/ferry").body()).doesNotContain("landing-picture");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        assertThat(SecurityHeaders.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
        String css = running.player().get("/").body().replaceAll("(?s).*href=\"(/assets/[^\"]+\\.css)\".*", "$1");
        List<HttpResponse<?>> responses = List.of(running.player().get("/s/ferry"), running.player().post("/s/ferry/begin"), running.player().get("/healthz"),
                running.player().get(css), running.player().get("/no/such/page"), running.player().get("/s/ferry/play?t=tampered"), running.player().get("/s/ferry/media/../../secret"));
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 303, 200, 200, 404, 400, 404);
        for (HttpResponse<?> response : responses) {
            assertThat(response.headers().allValues("Content-Security-Policy")).as(response.uri().getPath()).containsExactly(SecurityHeaders.CSP);
            assertThat(response.headers().allValues("X-Content-Type-Options")).as(response.uri().getPath()).containsExactly("nosniff");
            assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
            assertThat(response.headers().allValues("Cross-Origin-Opener-Policy")).containsExactly("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void behindHttpsTheBrowserIsToldToKeepToIt() throws Exception {
        HttpResponse<byte[]> page = running.player().get("/s/ferry", "X-Forwarded-Proto", "https");
        assertThat(page.headers().allValues("Strict-Transport-Security")).containsExactly("max-age=31536000");
    }

    @Test
    void aJourneyWithoutJavaScriptReachesAnEndingWithItsSummaryMapAndShareLinks() throws Exception {
        Player.Page page = running.player().begin("ferry");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<h1 id=\"scene-title\">The last ferry leaves in an hour.</h1>", "<title>The last ferry leaves in an hour · The harbour · The Last Ferry</title>",
                "<p>You have <strong>2 coins</strong>.</p>",
                "You cannot afford a boat", "alt=\"A ferry at the quay in the rain\"");
        page = running.player().choose("ferry", page.token(), "0");
        assertThat(page.html()).contains("What others chose", "You chose “Buy a ticket”", "The clerk stamps your ticket.");
        page = running.player().choose("ferry", page.token(), "0");
        assertThat(page.html()).contains("A timed decision: with countdowns on, you would have 5 seconds here. Nothing counts down on this page: take your time.",
                "(what happens if the time runs out)",
                "Rain drumming on the roof", "You hold your stamped ticket.");
        page = running.player().choose("ferry", page.token(), "timeout");
        // Two decisions: the harbour's and the countdown's; the booth's lone "Continue" is none.
        assertThat(page.ended()).isTrue();
        assertThat(page.html()).contains("<p class=\"outcome\">In hiding</p>", "Stayed behind in the harbour",
                "2 decisions, in Helsinki.", "How everyone’s journeys ended",
                "class=\"journey-map\"", "https://twitter.com/intent/tweet?", "&amp;hashtags=LastFerry\" rel=\"noopener noreferrer\">X</a>", "#LastFerry",
                ">Play again</button>", "<a href=\"/s/ferry/sources\">Sources</a>");
    }

    @Test
    void eachPageTellsASearchResultWhatItIsAndAScenePageGivesNoEndingAway() throws Exception {
        String story = "A small story the web player&#39;s tests play from start to end.";
        assertThat(description(running.player().get("/s/ferry").body())).isEqualTo(story);
        Player.Page page = running.player().begin("ferry");
        assertThat(description(page.html())).isEqualTo("Chapter 1: The harbour · Helsinki. " + story);
        page = running.player().choose("ferry", page.token(), "0");
        assertThat(description(page.html())).as("a scene without a place").isEqualTo("Chapter 1: The harbour. " + story);
        page = running.player().choose("ferry", page.token(), "0");
        assertThat(description(page.html())).isEqualTo("Chapter 2: The crossing · Helsinki. " + story).doesNotContain("Stayed behind");
        page = running.player().choose("ferry", page.token(), "timeout");
        assertThat(description(page.html())).isEqualTo("In hiding: Stayed behind in the harbour. 2 decisions, in Helsinki. The Last Ferry, an interactive documentary.");
        assertThat(description(running.player().get("/s/ferry/sources").body()))
                .isEqualTo("The work the facts of The Last Ferry come from, with its publisher and year.");
        assertThat(description(running.player().get("/nowhere").body())).isEqualTo("There is nothing at this address.");
        assertThat(description(running.player().get("/s/ferry/play?t=tampered").body())).isNotBlank();
    }

    /** The page's one meta description, as written in the HTML. */
    private static String description(String html) {
        Matcher m = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">").matcher(html);
        assertThat(m.find()).as("a meta description in:\n" + html).isTrue();
        String description = m.group(1);
        assertThat(m.find()).as("a second meta description").isFalse();
        return description;
    }

    @Test
    void aChanceSceneContinuesWithItsOwnLabel() throws Exception {
        Player.Page page = running.player().begin("ferry");
        page = running.player().choose("ferry", page.token(), "2");
        page = running.player().choose("ferry", page.token(), "0");
        assertThat(page.html()).contains("name=\"c\" value=\"go\"", "Hold on");
        page = running.player().choose("ferry", page.token(), "go");
        assertThat(page.ended()).isTrue();
    }

    @Test
    void aHotspotsSoundOffersItsMp3ForBrowsersWithoutOgg() throws Exception {
        Player.Page page = running.player().begin("river");
        page = running.player().choose("river", page.token(), "0");

        assertThat(page.html()).containsPattern("<div class=\"hotspot-body\" id=\"h1-1\">[\\s\\S]*?<audio controls preload=\"none\">"
                + "<source src=\"/s/river/media/crack\\.ogg\\?v=\\w+\"><source src=\"/s/river/media/crack\\.mp3\\?v=\\w+\" type=\"audio/mpeg\">"
                + "<track kind=\"captions\" src=\"/s/river/media/crack\\.vtt\\?v=\\w+\" default></audio>");
        // its captions to read in the page, the raw file linked nowhere
        assertThat(page.html()).containsPattern("<details class=\"transcript\">\\s*<summary>Captions of “The ice cracking under a foot”</summary>\\s*"
                + "<p class=\"cues\"><span>\\[The ice cracks underfoot\\]</span> </p>").doesNotContain("<a href=\"/s/river/media/crack.vtt");
    }

    @Test
    void aTamperedTokenGetsTheFriendly400() throws Exception {
        String token = running.player().begin("ferry").token();
        char[] chars = token.toCharArray();
        chars[5] = chars[5] == 'A' ? 'B' : 'A';
        assertFriendly400(running.player().get("/s/ferry/play?t=" + new String(chars)));
        assertFriendly400(running.player().get("/s/ferry/play?t=" + token.substring(0, token.length() / 2)));
        assertFriendly400(running.player().get("/s/ferry/play"));
        assertFriendly400(running.player().post("/s/ferry/play", "t", new String(chars), "c", "0"));
    }

    @Test
    void aTokenFromAnotherStoryGetsTheFriendly400() throws Exception {
        String foreign = running.player().post("/s/preview/begin", "invite", running.invite("preview")).headers()
                .firstValue("Location").orElseThrow();
        String token = foreign.substring(foreign.indexOf("t=") + 2);
        assertFriendly400(running.player().get("/s/ferry/play?t=" + token));
    }

    private static void assertFriendly400(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<h1>This journey cannot continue</h1>", "You can begin again.", "Start The Last Ferry afresh");
    }

    @Test
    void aChoiceThatIsNotOfferedGetsA400ThatLeadsBack() throws Exception {
        String token = running.player().begin("ferry").token();
        HttpResponse<String> disabled = running.player().post("/s/ferry/play", "t", token, "c", "1");
        assertThat(disabled.statusCode()).isEqualTo(400);
        assertThat(disabled.body()).contains("That choice is not available", "Back to your journey");
        assertThat(running.player().post("/s/ferry/play", "t", token, "c", "99999999").statusCode()).isEqualTo(400);
        assertThat(running.player().post("/s/ferry/play", "t", token, "c", "go").statusCode()).isEqualTo(400);
    }

    @Test
    void beforeLaunchOnlyAnInviteLetsAPlayerBegin() throws Exception {
        assertThat(running.player().get("/s/preview").body()).contains("This story opens to everyone on 1 January 2099").doesNotContain(">Begin<");
        assertThat(running.player().post("/s/preview/begin").statusCode()).isEqualTo(403);
        String invite = running.invite("preview");
        assertThat(running.player().get("/s/preview?invite=" + invite).body()).contains(">Begin</button>", "name=\"invite\"");
        assertThat(running.player().post("/s/preview/begin", "invite", invite).statusCode()).isEqualTo(303);
        assertThat(running.player().post("/s/preview/begin", "invite", running.invite("ferry")).statusCode()).isEqualTo(403);
    }

    @Test
    void theBeginAddressReloadedOrBookmarkedLeadsBackToTheLandingPage() throws Exception {
        HttpResponse<String> reloaded = running.player().get("/s/ferry/begin");
        HttpResponse<String> withInvite = running.player().get("/s/preview/begin?invite=abc");

        assertThat(reloaded.statusCode()).isEqualTo(303);
        assertThat(reloaded.headers().firstValue("Location")).hasValue("/s/ferry");
        assertThat(withInvite.headers().firstValue("Location")).hasValue("/s/preview?invite=abc");
        assertThat(running.player().get("/s/nothing/begin").statusCode()).isEqualTo(404);
    }

    @Test
    void anInviteThisServerDidNotSignIsSaidToBeInvalidHere() throws Exception {
        String foreign = new Invites(new TokenSigner("another server's secret, long enough to sign with".getBytes(StandardCharsets.UTF_8)))
                .create("preview");

        String html = running.player().get("/s/preview?invite=" + foreign).body();

        assertThat(html).contains("This invite link is not valid on this server: it was made for another server, or changed on the way.")
                .doesNotContain(">Begin</button>");
        assertThat(running.player().get("/s/preview").body()).doesNotContain("not valid on this server");
    }

    @Test
    void theSharedLinkHasOpenGraphMetadataAndAPngCard() throws Exception {
        Player.Page ending = running.player().playRandomJourney("ferry", new Random(7));
        Matcher share = Pattern.compile("id=\"share-url\" type=\"url\" readonly value=\"http://localhost:\\d+(/s/ferry/share/[^\"]+)\"").matcher(ending.html());
        assertThat(share.find()).isTrue();
        String html = running.player().get(share.group(1)).body();
        assertThat(html).contains("<meta property=\"og:title\"", "<meta property=\"og:image\" content=\"http://localhost:",
                "<meta name=\"twitter:card\" content=\"summary_large_image\">", ">Play it yourself</button>");
        HttpResponse<String> png = running.player().get(share.group(1) + "/card.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.headers().firstValue("Cache-Control")).contains("public, max-age=86400");
        assertThat(running.player().get(share.group(1) + "x").statusCode()).isEqualTo(400);
    }

    @Test
    void mediaIsServedFromTheStoryFolderOnly() throws Exception {
        HttpResponse<String> svg = running.player().get("/s/ferry/media/harbour.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(running.player().get("/s/ferry/media/../story.story").statusCode()).isEqualTo(404);
        assertThat(running.player().get("/s/ferry/media/%2e%2e/story.story").statusCode()).isEqualTo(404);
    }

    @Test
    void mediaAnswersByteRangesAndRefusesRangesOutsideTheFile() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(TestStories.folder().resolve("ferry/media/rain.ogg"));
        HttpResponse<byte[]> first = running.player().get("/s/ferry/media/rain.ogg", "Range", "bytes=0-9");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).contains("bytes 0-9/" + whole.length);
        assertThat(first.body()).isEqualTo(java.util.Arrays.copyOf(whole, 10));
        HttpResponse<byte[]> tail = running.player().get("/s/ferry/media/rain.ogg", "Range", "bytes=-5");
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(whole, whole.length - 5, whole.length));
        HttpResponse<byte[]> past = running.player().get("/s/ferry/media/rain.ogg", "Range", "bytes=999999999-");
        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).contains("bytes */" + whole.length);
        // a file large enough to be compressed for a client that asks
        byte[] svg = java.nio.file.Files.readAllBytes(TestStories.folder().resolve("ferry/media/harbour.svg"));
        HttpResponse<byte[]> zipped = running.player().get("/s/ferry/media/harbour.svg", "Accept-Encoding", "gzip");
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(unzipped).isEqualTo(svg);
        HttpResponse<byte[]> malformed = running.player().get("/s/ferry/media/rain.ogg", "Range", "bytes=zz");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).isEqualTo(whole);
        assertThat(running.player().get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormInAnUnknownCharsetIsAFriendly400() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + running.port() + "/s/ferry/play"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=foo")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("t=x&c=1")).build();
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("This request could not be read");
    }

    @Test
    void aChoiceSentByThePlayersScriptIsAnsweredWithTheNextPageAndItsAddress() throws Exception {
        Player.Page first = running.player().begin("ferry");
        String choice = first.choices().get(0);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + running.port() + "/s/ferry/play"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Crossing-Fetch", "page")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("t=" + java.net.URLEncoder.encode(first.token(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&c=" + choice)).build();
        HttpResponse<String> direct = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.headers().firstValue("Cache-Control")).contains("no-store");
        String location = direct.headers().firstValue("X-Crossing-Location").orElseThrow();
        assertThat(location).startsWith("/s/ferry/play?t=");
        // the address shows the same journey again, as a reload would, and so does the redirect without script
        Player.Page page = new Player.Page(200, direct.body(), location);
        Player.Page reloaded = new Player.Page(200, running.player().get(location).body(), location);
        Player.Page redirected = running.player().choose("ferry", first.token(), choice);
        assertThat(reloaded.token()).isEqualTo(page.token()).isEqualTo(redirected.token());
        assertThat(reloaded.choices()).isEqualTo(page.choices()).isEqualTo(redirected.choices());
    }

    @Test
    void thePageForThePlayersScriptCarriesOnlyWhatTheScriptPutsIn() throws Exception {
        Player.Page first = running.player().begin("ferry");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + running.port() + "/s/ferry/play"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Crossing-Fetch", "page")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("t=" + java.net.URLEncoder.encode(first.token(), StandardCharsets.UTF_8)
                        + "&c=" + first.choices().get(0))).build();
        String fragment = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        String full = running.player().get(first.url()).body();
        // the script keeps the page's head, skip link and footer: it takes the title, the language, the switcher and <main>
        assertThat(fragment).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<title>").contains("<header class=\"site\"></header>\n<main id=\"main\" tabindex=\"-1\">")
                .doesNotContain("<head>", "stylesheet", "<script", "class=\"skip\"", "<footer");
        assertThat(fragment.strip()).endsWith("</main>\n</html>");
        assertThat(full).contains("<head>", "stylesheet", "<script", "class=\"skip\"", "<footer");
        String main = fragment.substring(fragment.indexOf("<main"), fragment.indexOf("</main>"));
        assertThat(main).contains("<form method=\"post\" action=\"/s/ferry/play\" class=\"choices\"", "<p class=\"progress\">Decisions so far: 1</p>");
    }

    @Test
    void theSourcesPageListsTheBibliography() throws Exception {
        assertThat(running.player().get("/s/ferry/sources").body()).contains("<li id=\"source-harbour_report\">Harbour Office (2021).",
                "<cite>Report on island ferries</cite>");
    }

    @Test
    void pagesAreGzipCompressedForClientsThatAskAndWhollyPlainForOthers() throws Exception {
        String path = running.player().begin("ferry").url();
        String html = running.player().get(path).body();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html.strip()).endsWith("</html>");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<byte[]> gz = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + running.port() + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gz.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gz.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/html;charset=utf-8");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(html);
        }
        HttpResponse<String> plain = running.player().get(path);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Length")).contains(Integer.toString(html.getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void unknownPagesAndStoriesGetAFriendly404() throws Exception {
        assertThat(running.player().get("/nowhere").statusCode()).isEqualTo(404);
        String missing = running.player().get("/nowhere").body();
        assertThat(missing).contains("Page not found").startsWith("<!DOCTYPE html>").doesNotContain("Not Found");
        assertThat(missing.strip()).endsWith("</html>");
        assertThat(running.player().get("/s/nothing").body()).contains("Story not found");
    }

    @Test
    void assetsAreFingerprintedCachedForAYearAndCompressed() throws Exception {
        String html = running.player().get("/s/ferry").body();
        Matcher css = Pattern.compile("href=\"(/assets/app\\.[0-9a-f]{10}\\.css)\"").matcher(html);
        assertThat(css.find()).isTrue();
        HttpResponse<String> asset = running.player().get(css.group(1));
        assertThat(asset.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(running.player().get("/assets/app.0000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    void theFirstScenePageWeighsUnder30KilobytesCompressed() throws Exception {
        Player.Page scene = running.player().begin("ferry");
        Matcher css = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(scene.html());
        Matcher js = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(scene.html());
        assertThat(css.find() && js.find()).isTrue();
        int total = gzip(scene.html()) + gzip(running.player().get(css.group(1)).body()) + gzip(running.player().get(js.group(1)).body());
        assertThat(total).isLessThan(30 * 1024);
    }

    private static int gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }
}
