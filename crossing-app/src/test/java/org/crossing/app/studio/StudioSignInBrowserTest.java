package org.crossing.app.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.crossing.app.server.StudioServer;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.Player;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code crossing serve --studio} in a real browser, as an editor and an attacker meet it: a real
 * node with its database, the studio beside it, signing in (a wrong password first), the map, the
 * audience after scripted journeys, and forms posted from other origins refused. The screenshots
 * of the audience pages (docs/images/studio-audience*.png) are taken here, at 1280 and 375 px.
 */
class StudioSignInBrowserTest {

    static final String PASSWORD = "a long enough secret";
    static final LocatorAssertions.ContainsTextOptions PATIENT = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    @RegisterExtension
    static final RunningNode running = RunningNode.serving(ServedStories.of().testStory("ferry").theCrossing()).flushingEvery(Duration.ofMillis(100));

    static StudioServer studio;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        StudioUsers.put(running.dataDir(), "editor", PASSWORD);
        Map<String, java.nio.file.Path> stories = new LinkedHashMap<>();
        stories.put("ferry", org.crossing.app.testing.TestStories.folder().resolve("ferry"));
        if (Files.isDirectory(ServedStories.THE_CROSSING)) stories.put("the-crossing", ServedStories.THE_CROSSING);
        studio = StudioServer.startBeside(stories, running.node().jdbi(), running.dataDir(), "127.0.0.1", 0, StudioGate.Behind.NOTHING, Clock.systemUTC());
        base = "http://127.0.0.1:" + studio.port();
    }

    @AfterAll
    static void stop() {
        if (studio != null) studio.close();
    }

    static void signIn(Page page, String password) {
        page.navigate(base + "/studio/");
        assertThat(page).hasURL(base + "/studio/login");
        page.getByLabel("Name").fill("editor");
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void aWrongPasswordIsToldThenTheRightOneOpensTheMapAndTheAudienceCountsExactlyTheJourneysPlayed() throws Exception {
        Page page = chromium.open(1280, 900, true);
        signIn(page, "not the password");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasText("That name and password do not match a studio user.");
        assertThat(page.getByLabel("Name")).hasValue("editor");
        assertThat(page.getByLabel("Password")).hasValue("");
        BrowserPages.screenshot(page, "studio-sign-in-refused");

        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(base + "/studio/");
        page.click("text=The Last Ferry");
        assertThat(page.locator(".story-map .node[data-scene=harbour]")).hasCount(1);

        Player player = running.player();
        Random random = new Random(11);
        int journeys = 7;
        for (int i = 0; i < journeys; i++) player.playRandomJourney("ferry", random);
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Audience")).click();
        // The node writes its counts every 100 ms: the page is loaded again until they are in.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!page.locator("#main > p").first().textContent().contains(journeys + " journeys begun") && System.nanoTime() < deadline) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(page.locator("#main > p").first()).containsText(journeys + " journeys begun, " + journeys + " finished (100%)");
        assertThat(page.locator("table[aria-labelledby=endings-h] tbody td:nth-child(2)").allTextContents().stream()
                .mapToInt(Integer::parseInt).sum()).isEqualTo(journeys);
        assertThat(page.locator("#d-harbour .hint")).hasText(journeys + " journeys");
        BrowserPages.screenshot(page, "studio-audience-ferry");
    }

    /**
     * The audience of The Crossing after scripted journeys, the map shaded by them: the pictures in
     * docs/studio.md, at a desktop's and a phone's width.
     */
    @Test
    void theAudienceOfTheCrossingIsDrawnOnItsMapAtDesktopAndPhoneWidths() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(ServedStories.THE_CROSSING));
        Player player = running.player();
        Random random = new Random(3);
        int journeys = 24;
        for (int i = 0; i < journeys; i++) player.playRandomJourney("the-crossing", random);
        Page page = chromium.open(1280, 900, true);
        signIn(page, PASSWORD);
        page.navigate(base + "/studio/the-crossing/analytics");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!page.locator("#main > p").first().textContent().contains(journeys + " journeys begun") && System.nanoTime() < deadline) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(page.locator("#main > p").first()).containsText(journeys + " journeys begun, " + journeys + " finished (100%)");
        // Every scene reached is shaded; the map's lines carry their widths
        assertThat(page.locator(".map-frame .story-map")).hasCount(1);
        assertThat(page.locator(".map-frame .story-map .node[data-scene=night_knock]")).hasCount(1);
        // The page runs long (a table for every decision): the pictures are of its top, the charts, and of its map.
        page.setViewportSize(1280, 1800);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-audience-the-crossing-1280")).setTimeout(60_000));
        page.locator(".map-frame").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(BrowserPages.file("studio-audience-map-the-crossing")).setTimeout(60_000));
        page.setViewportSize(375, 1400);
        page.reload();
        assertThat(page.locator("#main > p").first()).containsText(journeys + " journeys begun");
        page.evaluate("() => window.scrollTo(0, 0)"); // the reload keeps the place on the page
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-audience-the-crossing-375")).setTimeout(60_000));
        BrowserPages.assertNoAxeViolations(page, "the audience of The Crossing at 375 px");
    }

    /**
     * A form on another origin that posts to the studio: from the same site (another port of
     * 127.0.0.1) the session cookie goes along but the CSRF token cannot, so the studio refuses;
     * from another site ("localhost") SameSite=Strict keeps the cookie back, so there is no
     * session. Either way the editor stays signed in.
     */
    @Test
    void aFormPostedFromAnotherOriginIsRefusedAndTheEditorStaysSignedIn() {
        Page page = chromium.open(1280, 900, true);
        signIn(page, PASSWORD);
        assertThat(page).hasURL(base + "/studio/");
        String form = "<!DOCTYPE html><title>Win a prize</title><form method=post action='" + base + "/studio/logout'>"
                + "<input type=hidden name=csrf value=guessed><button>Claim</button></form>";
        String sameSite = "http://127.0.0.1:" + running.port() + "/prize";
        String crossSite = "http://localhost:" + running.port() + "/prize";
        page.context().route(sameSite, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setContentType("text/html").setBody(form)));
        page.context().route(crossSite, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setContentType("text/html").setBody(form)));

        page.navigate(sameSite);
        Response refused = page.waitForNavigation(() -> page.click("text=Claim"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("body")).containsText("This form has expired: reload the page and try again.");

        page.navigate(crossSite);
        Response noSession = page.waitForNavigation(() -> page.click("text=Claim"));
        assertThat(noSession.status()).isEqualTo(403);
        assertThat(page.locator("body")).containsText("Sign in to the studio first.");

        stillSignedInThenSignsOut(page);
    }

    /** The editor is still signed in, and the studio's own sign-out form, with its token, does sign out. */
    private static void stillSignedInThenSignsOut(Page page) {
        page.navigate(base + "/studio/ferry/");
        assertThat(page).hasURL(base + "/studio/ferry/");
        assertThat(page.locator(".story-map")).hasCount(1);
        page.navigate(base + "/studio/");
        page.click("text=Sign out");
        assertThat(page).hasURL(base + "/studio/login");
        page.navigate(base + "/studio/ferry/analytics");
        assertThat(page).hasURL(base + "/studio/login");
    }

    /**
     * The sign-in form and the sign-out form, each sent from the studio's own page with its CSRF
     * token taken out and then with a wrong one: refused (403) with a page saying the form has
     * expired, and nothing done; with the token the page gave, each works.
     */
    @Test
    void formsWithoutTheirCsrfTokenOrWithAWrongOneAreRefusedWithAPageSayingSo() {
        Page page = chromium.open(1280, 900, true);
        page.navigate(base + "/studio/login");
        page.evaluate("document.querySelector('input[name=csrf]').remove()");
        Response missing = page.waitForNavigation(() -> signInWith(page, PASSWORD));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasText("This sign-in form has expired. Please try again.");
        BrowserPages.screenshot(page, "studio-sign-in-no-token");

        page.evaluate("document.querySelector('input[name=csrf]').value = 'guessed'");
        Response wrong = page.waitForNavigation(() -> signInWith(page, PASSWORD));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasText("This sign-in form has expired. Please try again.");
        page.navigate(base + "/studio/ferry/");
        assertThat(page).hasURL(base + "/studio/login"); // not signed in

        signInWith(page, PASSWORD); // the token the page gave
        assertThat(page).hasURL(base + "/studio/");

        page.evaluate("document.querySelector('form[action$=\"/logout\"] input[name=csrf]').remove()");
        Response noToken = page.waitForNavigation(() -> page.click("text=Sign out"));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(page.locator("body")).containsText("This form has expired: reload the page and try again.");
        page.navigate(base + "/studio/");
        page.evaluate("document.querySelector('form[action$=\"/logout\"] input[name=csrf]').value = 'guessed'");
        Response guessed = page.waitForNavigation(() -> page.click("text=Sign out"));
        assertThat(guessed.status()).isEqualTo(403);
        assertThat(page.locator("body")).containsText("This form has expired: reload the page and try again.");
        stillSignedInThenSignsOut(page);
    }

    private static void signInWith(Page page, String password) {
        page.getByLabel("Name").fill("editor");
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /**
     * The audience's charts on a phone: drawn at about half their size there, their text is set
     * larger so that every label and number is 12 CSS px or more on screen, and stays inside its
     * chart; on a desktop it is 12 px too.
     */
    @Test
    void theAudienceChartsTextIsTwelvePixelsOrMoreOnAPhone() throws Exception {
        Player player = running.player();
        Random random = new Random(19);
        for (int i = 0; i < 2; i++) player.playRandomJourney("ferry", random);
        Page page = chromium.open(375, 800, true);
        signIn(page, PASSWORD);
        page.navigate(base + "/studio/ferry/analytics");
        assertThat(page.locator("svg.chart text[class=bar-label]").first()).isVisible();
        String measure = """
                () => Array.from(document.querySelectorAll('svg.chart text')).map(t => {
                  const chart = t.ownerSVGElement.getBoundingClientRect(), box = t.getBoundingClientRect();
                  return [parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
                          box.left >= chart.left - 0.5 && box.right <= chart.right + 0.5 ? 1 : 0];
                })""";
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, 800);
            @SuppressWarnings("unchecked")
            java.util.List<java.util.List<Number>> texts = (java.util.List<java.util.List<Number>>) page.evaluate(measure);
            assertThat(texts).as("the charts' text at " + width + " px").hasSizeGreaterThan(4);
            for (java.util.List<Number> text : texts) {
                assertThat(text.get(0).doubleValue()).as("a chart's text at " + width + " px, in CSS px").isGreaterThanOrEqualTo(12.0);
                assertThat(text.get(1).intValue()).as("a chart's text inside its chart at " + width + " px").isEqualTo(1);
            }
        }
        page.setViewportSize(375, 800);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-audience-ferry-375")).setFullPage(true));
    }

    /** A browser that never signed in meets the sign-in form at every studio address. */
    @Test
    void everyStudioPageLeadsABrowserWithoutASessionToTheSignIn() {
        Page page = chromium.open(new Browser.NewContextOptions().setViewportSize(375, 800));
        for (String path : new String[] {"/studio/", "/studio/ferry/", "/studio/ferry/analytics", "/studio/ferry/coverage", "/studio/ferry/scene/harbour"}) {
            page.navigate(base + path);
            assertThat(page).hasURL(base + "/studio/login");
            assertThat(page.locator("h1")).hasText("Crossing Studio");
        }
        BrowserPages.screenshot(page, "studio-sign-in-375");
    }
}
