package org.crossing.app.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.testing.BrowserPages.assertNoAxeViolations;
import static org.crossing.app.testing.BrowserPages.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.EndingPaths;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;
import org.crossing.story.model.EndingKind;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The end of a journey and what is shared of it, in a real browser against a real node serving
 * The Crossing, the test story, a story with its own ending kinds, and the companion site; with
 * the product-level pages a browser meets on the way (404, icon, sitemap). Journeys reach each
 * ending by the checker's shortest way ({@link EndingPaths}). Screenshots go to target/screenshots.
 */
class EndingBrowserTest {

    static final String FLOOD = """
            title: The Flood
            author: Crossing tests
            language: en
            start: roof
            description: A story with ending kinds of its own.

            ending kind evacuated: good, Evacuated in time
            ending kind stayed-behind: neutral

            chapter 1: The water

            == roof ==
            place 50.10, 14.42: Prague
            The water reaches the second floor.
            * Wave at the boat -> boat
            * Stay -> stayed

            == boat ==
            place 50.08, 14.44: Prague
            The boat takes you to the school on the hill.
            ending evacuated: Evacuated in time

            == stayed ==
            You wait on the roof for the water to fall.
            ending stayed-behind: Waited on the roof for the boats
            """;

    @RegisterExtension
    @Order(1)
    static final BrowserPerClass chromium = new BrowserPerClass();
    @RegisterExtension
    @Order(2)
    static final RunningNode running = RunningNode.serving(ServedStories.of().testStory("ferry").theCrossing().written("flood", FLOOD))
            .withSite(Paths.get("..", "site").toAbsolutePath().normalize());

    private static final Map<String, List<EndingPaths.Path>> PATHS = new ConcurrentHashMap<>();

    private static Page open(int width, boolean javaScript) {
        return open(width, javaScript, 1);
    }

    private static Page open(int width, boolean javaScript, double pixelRatio) {
        BrowserContext context = chromium.newContext(options(width, javaScript, pixelRatio));
        playWithoutCountdowns(context);
        return context.newPage();
    }

    /** Reduced motion: screenshots and measurements see the map drawn whole, not mid-animation. */
    private static Browser.NewContextOptions options(int width, boolean javaScript, double pixelRatio) {
        return new Browser.NewContextOptions().setViewportSize(width, 812).setJavaScriptEnabled(javaScript).setDeviceScaleFactor(pixelRatio)
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE);
    }

    /** Countdowns off, as a player can set them: a slow machine must not let a clock take a step the script did not. */
    private static void playWithoutCountdowns(BrowserContext context) {
        context.addInitScript("try { localStorage.setItem('crossing:no-timers', '1'); } catch (e) {}");
    }

    // ---- the product's pages

    @Test
    void aBrowserAskingForAnUnknownAddressGetsTheStyledNotFoundPage() {
        Page page = open(375, true);
        for (String path : List.of("/nope", "/s/nope/further", "/assets/app.0000000000.css")) {
            Response response = page.navigate(running.base() + path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(page.title()).as(path).endsWith("· Crossing");
            assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo("en");
            assertThat(page.locator("main h1").textContent()).as(path).isNotBlank();
            assertThat(page.locator("link[rel=stylesheet]").count()).as(path).isEqualTo(1);
        }
        page.navigate(running.base() + "/nope");
        assertThat(page.locator("main h1").textContent()).isEqualTo("Page not found");
        screenshot(page, "not-found-375");
    }

    @Test
    void playerPagesShowTheProductIconAndAskForNothingThatIsMissing() {
        Page page = open(1280, true);
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) failures.add(r.status() + " " + r.url());
        });
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) failures.add("console: " + m.text());
        });
        page.navigate(running.base() + "/s/ferry");
        page.getByText("Begin").click();
        page.locator(".choices").waitFor();
        page.navigate(running.base() + "/s");
        page.navigate(running.base() + "/");
        page.waitForTimeout(500); // the icon is fetched after the page's load
        assertThat(failures).isEmpty();
        for (String icon : List.of("/favicon.ico", "/favicon.svg", "/apple-touch-icon.png")) {
            Response response = page.navigate(running.base() + icon);
            assertThat(response.status()).as(icon).isEqualTo(200);
            assertThat(response.headerValue("content-type")).as(icon).startsWith("image/");
        }
        byte[] ico = page.request().get(running.base() + "/favicon.ico").body();
        assertThat(new byte[] {ico[0], ico[1], ico[2], ico[3]}).isEqualTo(new byte[] {0, 0, 1, 0});
    }

    @Test
    void theSitemapListsEachStoryAndItsSources() throws Exception {
        String sitemap = running.player().get("/sitemap.xml").body();
        assertThat(sitemap).contains("/s/the-crossing</loc>", "/s/the-crossing/sources</loc>", "/s/ferry</loc>", "/s/ferry/sources</loc>",
                "/s/flood</loc>", "/about</loc>");
        assertThat(sitemap).doesNotContain("/s/flood/sources");
        // The Crossing in each of its languages
        assertThat(sitemap).contains("/s/the-crossing?lang=en</loc>", "/s/the-crossing?lang=ko</loc>", "/s/the-crossing/sources?lang=ko</loc>");
        assertThat(sitemap).doesNotContain("/s/ferry?lang=");
    }

    // ---- sharing

    @Test
    void theSharedPostFitsInAPostAndNamesEachPlaceOnce() throws Exception {
        Page page = open(1280, false);
        endAt(page, "the-crossing", "seoul");
        String x = page.locator(".share-links a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("X")).getAttribute("href");
        Map<String, String> query = query(x);
        String text = query.get("text");
        int counted = text.length() + 1 + 23 + (query.containsKey("hashtags") ? 2 + query.get("hashtags").length() : 0);
        assertThat(counted).as(text).isLessThanOrEqualTo(280);
        assertThat(text).doesNotContain("Could you do better").startsWith("Reached Seoul").contains("from Hyesan to Seoul", " km ");
        String journey = page.locator(".ending .journey").textContent();
        assertThat(journey).contains("from Hyesan to Seoul");

        String share = page.locator("#share-url").inputValue();
        page.navigate(share);
        String description = page.locator("meta[property='og:description']").getAttribute("content");
        assertThat(description.length()).as(description).isLessThanOrEqualTo(200);
        assertThat(description).doesNotContain("Could you do better").startsWith("Safe: Reached Seoul");
        String alt = page.locator("img.share-card").getAttribute("alt");
        assertNoRepeatedPlaces(alt.substring(alt.indexOf(" decisions")));
        assertNoRepeatedPlaces(description.substring(description.indexOf(" decisions")));
    }

    /** No place name said twice: "Hyesan, Hyesan market" or "Changbai, China, Near Changbai, China" is the defect. */
    private static void assertNoRepeatedPlaces(String text) {
        for (String town : List.of("Hyesan", "Changbai", "Yanji", "Seoul")) {
            int first = text.indexOf(town);
            assertThat(first < 0 || text.indexOf(town, first + 1) < 0).as("'%s' named twice in: %s", town, text).isTrue();
        }
    }

    @Test
    void eachEndingsSharePageHasItsCardsColourForEveryKindOfTone() throws Exception {
        Map<String, EndingKind.Tone> endings = Map.of("boat", EndingKind.Tone.GOOD, "stayed", EndingKind.Tone.NEUTRAL);
        for (Map.Entry<String, EndingKind.Tone> ending : endings.entrySet()) {
            Page page = open(375, false);
            endAt(page, "flood", ending.getKey());
            Color expected = ShareImage.accent(ending.getValue());
            assertThat(colour(page, ".ending .outcome")).as("ending %s", ending.getKey()).isEqualTo(expected);
            page.navigate(page.locator("#share-url").inputValue());
            assertThat(colour(page, ".outcome")).as("share page %s", ending.getKey()).isEqualTo(expected);
            String src = page.locator("img.share-card").evaluate("i => i.currentSrc").toString();
            BufferedImage card = ImageIO.read(new ByteArrayInputStream(page.request().get(src).body()));
            assertThat(new Color(card.getRGB(2, card.getHeight() / 2))).as("card %s", ending.getKey()).isEqualTo(expected);
            screenshot(page, "share-" + ending.getKey() + "-375");
        }
        Page page = open(375, false);
        endAt(page, "ferry", "turned");
        assertThat(colour(page, ".ending .outcome")).isEqualTo(ShareImage.accent(EndingKind.Tone.BAD));
    }

    @Test
    void theSharePagePicksACardForTheWidthItShowsItAt() throws Exception {
        Page page = open(375, false, 1);
        endAt(page, "flood", "boat");
        page.navigate(page.locator("#share-url").inputValue());
        page.waitForFunction("() => document.querySelector('img.share-card').complete");
        assertThat(page.locator("img.share-card").evaluate("i => i.currentSrc").toString()).endsWith("/card-600.png");
        assertThat(pngWidth(page, page.locator("img.share-card").evaluate("i => i.currentSrc").toString())).isEqualTo(600);
        Page wide = open(1280, false, 2);
        wide.navigate(page.url());
        wide.waitForFunction("() => document.querySelector('img.share-card').complete");
        assertThat(wide.locator("img.share-card").evaluate("i => i.currentSrc").toString()).endsWith("/card.png");
        assertThat(pngWidth(wide, wide.locator("img.share-card").evaluate("i => i.currentSrc").toString())).isEqualTo(1200);
    }

    // ---- the route

    @Test
    @SuppressWarnings("unchecked")
    void theEndingMapNamesEveryStopReadablyOnAPhoneAndCutsNoName() throws Exception {
        Page page = open(375, true);
        endAt(page, "the-crossing", "seoul");
        Map<String, Object> narrow = labels(page, ".map-narrow");
        assertThat((List<Object>) narrow.get("names")).contains("Hyesan", "Changbai", "Yanji", "Seoul");
        assertThat(((Number) narrow.get("smallest")).doubleValue()).as("the smallest stop name, in CSS pixels").isGreaterThanOrEqualTo(12);
        assertThat((List<?>) narrow.get("outside")).as("names cut at the map's edge").isEmpty();
        assertThat((List<?>) narrow.get("overlapping")).as("names over each other").isEmpty();
        assertThat((List<Object>) narrow.get("countries")).contains("CHINA");
        assertThat(page.locator(".map-wide").isVisible()).isFalse();
        assertThat(page.locator("svg.journey-map title").textContent()).startsWith("Map of your route: Hyesan, ").endsWith(", Seoul")
                .doesNotContain("Hyesan market");
        assertThat(page.locator(".map-summary").textContent()).matches("[0-9,]+ km in \\d+ months from Hyesan to Seoul, \\d+ stops, 7 chapters");
        screenshot(page.locator("section.map"), "ending-map-375");

        Page wide = open(1280, true);
        wide.navigate(page.url());
        Map<String, Object> shown = labels(wide, ".map-wide");
        assertThat((List<?>) shown.get("outside")).isEmpty();
        assertThat((List<?>) shown.get("overlapping")).isEmpty();
        assertThat((List<?>) shown.get("names")).isEqualTo(narrow.get("names"));
        assertThat(wide.locator(".map-narrow").isVisible()).isFalse();
        screenshot(wide.locator("section.map"), "ending-map-1280");
        assertThat(wide.locator(".map-passage").textContent()).isEqualTo("Through North Korea → China → Mongolia → South Korea: 3 borders crossed");
        assertThat(wide.locator("g.map-border").evaluateAll("marks => marks.map(m => m.dataset.crossing)")).isEqualTo(List.of("North Korea → China", "China → Mongolia"));
        assertThat(wide.locator(".map-stop-list li").allTextContents()).startsWith("Hyesan").endsWith("Seoul");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShortJourneyIsShownCloseWithTheCountriesAroundItNamedOnTheirLand() throws Exception {
        Page page = open(375, false);
        endAt(page, "the-crossing", "checkpoint_caught");
        // a sixth of the map across, around Hyesan and the road to Musan
        assertThat(page.locator("svg.journey-map").getAttribute("viewBox")).isEqualTo("723.1 148.0 173.3 160.0");
        Map<String, Object> narrow = labels(page, ".map-narrow");
        assertThat((List<?>) narrow.get("names")).isEqualTo(List.of("The road to Musan", "Hyesan"));
        assertThat((List<Object>) narrow.get("countries")).contains("NORTH KOREA", "CHINA");
        assertThat((List<?>) narrow.get("overlapping")).isEmpty();
        assertThat(page.locator(".map-passage").textContent()).isEqualTo("All in North Korea: no border crossed");
        screenshot(page.locator("section.map"), "ending-map-short-375");
        Page wide = open(1280, false);
        wide.navigate(page.url());
        assertThat((List<?>) labels(wide, ".map-wide").get("overlapping")).isEmpty();
        screenshot(wide.locator("section.map"), "ending-map-short-1280");
    }

    /** The names of one set of the map's labels as the browser lays them out: their texts, the smallest size, those cut or overlapping. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> labels(Page page, String set) {
        return (Map<String, Object>) page.evaluate("""
                set => {
                  const svg = document.querySelector('svg.journey-map');
                  const frame = svg.getBoundingClientRect();
                  const scale = frame.width / svg.viewBox.baseVal.width;
                  const texts = [...svg.querySelectorAll(set + ' text')];
                  const boxes = texts.map(t => t.getBoundingClientRect());
                  const outside = [], overlapping = [];
                  boxes.forEach((b, i) => {
                    if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5) outside.push(texts[i].textContent);
                    for (let j = i + 1; j < boxes.length; j++) {
                      const o = boxes[j];
                      const w = Math.min(b.right, o.right) - Math.max(b.left, o.left), h = Math.min(b.bottom, o.bottom) - Math.max(b.top, o.top);
                      if (w > 1 && h > 3) overlapping.push(texts[i].textContent + ' / ' + texts[j].textContent);
                    }
                  });
                  const stops = texts.filter(t => t.classList.contains('map-label'));
                  return {
                    names: stops.map(t => t.textContent),
                    countries: texts.filter(t => t.classList.contains('map-country')).map(t => t.textContent),
                    smallest: Math.min(...stops.map(t => parseFloat(getComputedStyle(t).fontSize) * scale)),
                    outside, overlapping };
                }""", set);
    }

    @Test
    void eachScenePageShowsTheRouteSoFarGrowingWithTheJourney() throws Exception {
        Page page = open(375, false);
        EndingPaths.Path path = paths("the-crossing").stream().filter(p -> p.ending().equals("seoul")).findFirst().orElseThrow();
        page.navigate(running.journeyAt("the-crossing", path.begin()));
        assertThat(page.locator(".strip-label").textContent()).isEqualTo("Chapter 1 of 7 · Hyesan");
        screenshot(page, "scene-strip-375");
        int stops = page.locator(".strip-stop").count();
        assertThat(stops).isEqualTo(1);
        List<String> labels = new ArrayList<>();
        for (String value : path.values()) {
            page.locator(".choices button[name=c][value='" + value + "']").click();
            if (page.locator(".strip-label").count() == 0) break;
            labels.add(page.locator(".strip-label").textContent());
            int now = page.locator(".strip-stop").count();
            assertThat(now).isGreaterThanOrEqualTo(stops);
            stops = now;
        }
        assertThat(stops).isGreaterThan(8);
        assertThat(labels).anyMatch(l -> l.matches("Chapter 5 of 7 · \\d+ (days?|weeks?|months?), [0-9,]+ km so far"));
        assertThat(labels.get(labels.size() - 1)).startsWith("Chapter 7 of 7 · ");
    }

    /**
     * Every ending of The Crossing, each reached by a journey from its first page with JavaScript
     * on and with it off, on a phone (375 px) and a desktop (1280 px): each ending once in each
     * mode, the widths alternating from ending to ending (with JavaScript at 375 px and without at
     * 1280, then the other way round), so that each of the four ways of playing reaches about a
     * quarter of the endings and each ending is met on both widths. Each way of playing has one
     * browser context, its cache kept from ending to ending as a returning player's is; endings
     * whose shortest ways begin alike share the pages they have in common: the journey to the next
     * ending goes on from the address of the last page they share, as a player who goes back does.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyEndingOfTheCrossingIsReachedWithAndWithoutJavaScriptOnPhoneAndDesktop() throws Exception {
        var story = running.node().catalog().get("the-crossing").story();
        List<EndingPaths.Path> paths = paths("the-crossing");
        record Way(int width, boolean javaScript) {}
        Map<Way, Page> pages = new java.util.HashMap<>();
        Map<Way, Map<List<Object>, String>> played = new java.util.HashMap<>();
        Map<Way, List<String>> reached = new java.util.TreeMap<>(java.util.Comparator.comparing(Way::toString));
        for (int i = 0; i < paths.size(); i++) {
            EndingPaths.Path path = paths.get(i);
            int phoneWithScript = i % 2 == 0 ? 375 : 1280;
            for (Way way : List.of(new Way(phoneWithScript, true), new Way(phoneWithScript == 375 ? 1280 : 375, false))) {
                // one context per way of playing, each its own browser profile (not closed by the next's opening)
                Page page = pages.computeIfAbsent(way, w -> {
                    BrowserContext context = chromium.browser().newContext(options(w.width(), w.javaScript(), 1));
                    context.setDefaultTimeout(BrowserPerClass.TIMEOUT_MS);
                    playWithoutCountdowns(context);
                    return context.newPage();
                });
                var ending = story.scenes().stream().filter(s -> s.id().equals(path.ending())).findFirst().orElseThrow();
                long facts = ending.blocks().stream().filter(b -> b instanceof org.crossing.story.model.Block.FactCard).count();
                String where = path.ending() + " at " + way.width() + (way.javaScript() ? " with" : " without") + " JavaScript";
                play(page, "the-crossing", path, played.computeIfAbsent(way, w -> new java.util.HashMap<>()));
                page.locator(".ending .outcome").waitFor();
                reached.computeIfAbsent(way, w -> new ArrayList<>()).add(path.ending());
                assertThat(page.locator(".ending .outcome").textContent()).as(where).isEqualTo(ending.ending().kind().label());
                assertThat(page.locator("section.map").count()).as(where).isEqualTo(1);
                assertThat(page.locator(".reality-facts li").count()).as(where).isEqualTo((int) facts);
                // The order the page tells it in: outcome, the ending's text, the route, the facts, sharing, everyone's endings.
                List<String> order = (List<String>) page.evaluate("""
                        () => [...document.querySelectorAll('.ending > header, .ending > .scene-body, .ending > section')]
                              .map(e => e.className.split(' ')[0])""");
                List<String> expected = new ArrayList<>(List.of("scene-head", "scene-body", "map"));
                if (facts > 0) expected.add("reality");
                expected.addAll(List.of("share", "endings"));
                assertThat(order).as(where).isEqualTo(expected);
                // Every ending as it shows with JavaScript, the share card drawn (it is loaded lazily, far down the page).
                if (way.javaScript() || path.ending().equals("seoul")) {
                    shareCardShown(page);
                    screenshot(page, "ending-" + path.ending() + "-" + way.width() + (way.javaScript() ? "" : "-nojs"));
                }
            }
        }
        for (Page page : pages.values()) page.context().close();
        assertThat(reached.keySet()).as("the ways of playing").hasSize(4);
        reached.forEach((way, endings) -> assertThat(endings).as("the endings reached %s", way).hasSizeGreaterThanOrEqualTo(paths.size() / 2 - 1));
        for (boolean javaScript : new boolean[] {true, false}) {
            List<String> all = reached.entrySet().stream().filter(e -> e.getKey().javaScript() == javaScript).flatMap(e -> e.getValue().stream()).sorted().toList();
            assertThat(all).as("the endings reached %s JavaScript", javaScript ? "with" : "without")
                    .isEqualTo(paths.stream().map(EndingPaths.Path::ending).sorted().toList());
        }
    }

    /** Scrolls to the ending's share card, which is loaded lazily, and waits until it is drawn and shown. */
    private static void shareCardShown(Page page) {
        page.locator("img.share-card").scrollIntoViewIfNeeded();
        page.waitForFunction("() => { const i = document.querySelector('img.share-card'); return i.complete && i.naturalWidth > 0; }");
    }

    /**
     * The share card is drawn when asked for, far down the ending: its place is a panel of the
     * card's shape while it loads, and a card the server is too busy to draw (503, Retry-After) is
     * asked for again and shown.
     */
    @Test
    void aShareCardTheServerIsTooBusyToDrawIsAskedForAgainAndShown() throws Exception {
        Page page = open(375, true);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        page.context().route(u -> u.contains("/share/") && u.contains("/card"), route -> {
            if (asked.getAndIncrement() == 0) {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(503).setHeaders(Map.of("Retry-After", "1", "Cache-Control", "no-store"))
                        .setContentType("text/html; charset=utf-8").setBody("<h1>Busy for a moment</h1>"));
            } else {
                route.resume();
            }
        });
        endAt(page, "flood", "boat");
        Locator card = page.locator("img.share-card");
        assertThat(card.evaluate("i => getComputedStyle(i).backgroundColor")).as("its place, a panel").isEqualTo("rgb(26, 34, 45)");
        BoundingBox box = card.boundingBox();
        assertThat(box.height).as("its place keeps the card's shape").isCloseTo(box.width * 630 / 1200, org.assertj.core.data.Offset.offset(1.0));
        shareCardShown(page);
        assertThat(asked.get()).as("asks for the card").isGreaterThanOrEqualTo(2);
        screenshot(card, "share-card-after-busy-375");
    }

    /**
     * axe finds nothing on each kind of page of The Crossing, with JavaScript, on a phone and a
     * desktop in English and on a phone in Korean (where Korean line breaking and the Hangul font
     * matter most): the landing page (in English and Korean), a chapter's opening, a scene, a timed
     * scene (its clock running, then stopped), an ending, the sources, a shared outcome and the
     * 404; each is kept as a screenshot. The journey is the shortest one that meets a countdown
     * and a second chapter.
     */
    @Test
    void axeFindsNoViolationsOnAnyKindOfPageOfTheCrossing() throws Exception {
        var story = running.node().catalog().get("the-crossing").story();
        EndingPaths.Path path = paths("the-crossing").stream().filter(p -> meetsEveryKindOfScene(story, p))
                .min(java.util.Comparator.comparingInt(p -> p.values().size())).orElseThrow();
        for (Look look : new Look[] {new Look(375, "en"), new Look(1280, "en"), new Look(375, "ko")}) {
            int width = look.width();
            Page page = open(width, true);
            String asked = look.english() ? "" : "?lang=" + look.lang();
            page.navigate(running.base() + "/s/the-crossing" + asked);
            checkPage(page, look.name("landing"), width);
            if (look.english()) {
                page.navigate(running.base() + "/s/the-crossing?lang=ko");
                checkPage(page, "landing-ko", width);
            }
            List<String> seen = new ArrayList<>();
            page.navigate(running.journeyAt("the-crossing", path.begin()) + (look.english() ? "" : "&lang=" + look.lang()));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(look.lang());
            for (String value : path.values()) {
                String kind = page.locator(".chapter-opening").count() > 0 ? (seen.contains("opening") ? "opening-later" : "opening")
                        : page.locator(".timed").count() > 0 ? "timed" : "scene";
                if (!seen.contains(kind)) {
                    seen.add(kind);
                    if (kind.startsWith("opening")) {
                        // Under reduced motion the fade from black does not run: the black it starts from must not stay over the picture.
                        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.chapter-opening'), '::after').opacity"))
                                .as("the veil over the chapter's picture").isEqualTo("0");
                    }
                    if (kind.equals("timed")) checkRunningClock(page, look);
                    checkPage(page, look.name(kind.equals("timed") ? "timed-off" : kind), width);
                }
                step(page, value);
            }
            assertThat(seen).as("the kinds of scene page met").containsExactlyInAnyOrder("opening", "scene", "timed", "opening-later");
            page.locator(".ending .outcome").waitFor();
            assertThat(page.locator("html").getAttribute("lang")).as("the journey stays in its language").isEqualTo(look.lang());
            shareCardShown(page);
            checkPage(page, look.name("ending"), width);
            String share = page.locator("#share-url").inputValue();
            page.navigate(share);
            page.waitForFunction("() => document.querySelector('img.share-card').complete");
            assertThat(page.locator("html").getAttribute("lang")).as("the shared link keeps the language").isEqualTo(look.lang());
            checkPage(page, look.name("share"), width);
            page.navigate(running.base() + "/s/the-crossing/sources" + asked);
            checkPage(page, look.name("sources"), width);
            assertThat(page.navigate(running.base() + "/s/the-crossing/nope" + asked).status()).isEqualTo(404);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(look.lang());
            checkPage(page, look.name("not-found"), width);
        }
    }

    /** A width and a language the pages are looked at in; a Korean page's screenshots are named with "-ko". */
    private record Look(int width, String lang) {
        boolean english() {
            return lang.equals("en");
        }

        String name(String kind) {
            return english() ? kind : kind + "-" + lang;
        }
    }

    /** Whether the path meets a countdown and a chapter after the first that opens with its picture. */
    private static boolean meetsEveryKindOfScene(org.crossing.story.model.Story story, EndingPaths.Path path) {
        List<org.crossing.story.model.Scene> scenes = path.scenes().stream()
                .map(id -> story.scenes().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()).toList();
        boolean timed = scenes.stream().anyMatch(s -> s.timer() != null && !s.isChance());
        var first = scenes.get(0).chapter();
        boolean laterOpening = scenes.stream().anyMatch(s -> s.chapter() != null && s.chapter() != first && s.chapter().picture() != null);
        return timed && laterOpening;
    }

    /**
     * The timed scene with its countdown running. A countdown of a few seconds moves the page on
     * before axe is done on this machine, and axe itself needs the page's timers: so the page's
     * clock is held still (Playwright's) once the countdown shows, and axe reads a copy of that
     * page as it stands, its script left out, served at the scene's own address in another context.
     */
    private static void checkRunningClock(Page scene, Look look) {
        int width = look.width();
        String url = scene.url();
        // a context of its own: a page's clock is its context's, and axe, on the copy, needs one that runs
        BrowserContext clocked = chromium.browser().newContext(options(width, true, 1));
        clocked.setDefaultTimeout(BrowserPerClass.TIMEOUT_MS);
        playWithoutCountdowns(clocked);
        Page live = clocked.newPage();
        live.clock().install();
        live.navigate(url);
        live.clock().pauseAt(System.currentTimeMillis() + 60_000);
        live.locator(".timer-start").click(); // the context plays with countdowns off; a player turns them on here
        assertThat(live.locator(".timer").isVisible()).isTrue();
        assertThat(live.locator(".timer-count").textContent()).isEqualTo(live.locator(".timed").getAttribute("data-seconds"));
        String html = live.content().replaceAll("<script[^>]*></script>", "");
        clocked.close();
        Page copy = chromium.context().newPage();
        copy.route(u -> u.equals(url), route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html)));
        copy.navigate(url);
        assertThat(copy.locator(".timed.running .timer").isVisible()).isTrue();
        checkPage(copy, look.name("timed"), width);
        copy.close();
    }

    private static void checkPage(Page page, String kind, int width) {
        assertNoAxeViolations(page, "the " + kind + " page at " + width + " px", BrowserPages.WCAG_22);
        screenshot(page, "the-crossing-" + kind + "-" + width);
    }

    // ---- helpers

    /**
     * Plays {@code slug} to the ending scene {@code ending} by the checker's shortest way, pressing
     * each page's button: with JavaScript the pages are swapped in place, without it each is a form post.
     */
    private static void endAt(Page page, String slug, String ending) throws Exception {
        play(page, slug, paths(slug).stream().filter(p -> p.ending().equals(ending)).findFirst().orElseThrow(), new java.util.HashMap<>());
        page.locator(".ending .outcome").waitFor();
    }

    /**
     * Plays {@code path} from its first page, or from the last page of it already in {@code played}
     * (the address of each page, by the journey's first state and the buttons pressed to reach it),
     * adding the pages it plays there.
     */
    private static void play(Page page, String slug, EndingPaths.Path path, Map<List<Object>, String> played) throws Exception {
        int from = path.values().size();
        while (from > 0 && !played.containsKey(reached(path, from))) from--;
        page.navigate(from > 0 ? played.get(reached(path, from))
                : running.journeyAt(slug, path.begin()));
        for (int i = from; i < path.values().size(); i++) {
            step(page, path.values().get(i));
            played.put(reached(path, i + 1), page.url());
        }
    }

    private static List<Object> reached(EndingPaths.Path path, int steps) {
        return List.of(path.begin(), List.copyOf(path.values().subList(0, steps)));
    }

    /** Presses the button of {@code value} and waits for the next page. */
    private static void step(Page page, String value) {
        String token = page.locator("form.choices input[name=t]").first().getAttribute("value");
        page.locator(".choices button[name=c][value='" + value + "']:not([disabled])").click();
        // The next page is in when the journey's token on the page is another.
        page.waitForFunction("t => { const i = document.querySelector('form.choices input[name=t]'); return !i || i.value !== t; }", token);
    }

    private static List<EndingPaths.Path> paths(String slug) {
        return PATHS.computeIfAbsent(slug, s -> EndingPaths.of(running.node().catalog().get(s).story()));
    }

    private static int pngWidth(Page page, String url) throws java.io.IOException {
        return ImageIO.read(new ByteArrayInputStream(page.request().get(url).body())).getWidth();
    }

    private static Color colour(Page page, String selector) {
        String rgb = page.locator(selector).first().evaluate("e => getComputedStyle(e).color").toString();
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        return new Color(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : URI.create(url.replace("&amp;", "&")).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
