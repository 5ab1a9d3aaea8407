package org.crossing.app.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The companion sites in a real browser (Debian's Chromium driven by Playwright): the walk
 * from home to the interactive, accessibility checked by axe-core, and screenshots of every
 * page type at 375 and 1280 px in target/screenshots/site.
 */
class SiteBrowserTest {

    static final Path SCREENSHOTS = BrowserPages.SCREENSHOTS.resolve("site");
    static final Path DEFECTOR = Paths.get("..", "examples", "site-the-defector-2013");
    static final Path CROSSING = Paths.get("..", "site");
    static final Clock APRIL_20_2013 = SiteFolder.APRIL_20_2013;

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    static TestSiteServer defector;
    static TestSiteServer crossing;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        defector = TestSiteServer.start(DEFECTOR, APRIL_20_2013);
        crossing = TestSiteServer.start(CROSSING, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (defector != null) defector.close();
        if (crossing != null) crossing.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(consoleErrors).as("console errors (a CSP violation shows here)").isEmpty();
    }

    private Page open(int width) {
        Page page = chromium.open(new Browser.NewContextOptions().setViewportSize(width, 900));
        page.onConsoleMessage(message -> {
            // The not-found page is meant to answer 404; anything else is a fault.
            if (message.type().equals("error") && !message.location().contains("no-such-post")) {
                consoleErrors.add(message.text() + " (" + message.location() + ")");
            }
        });
        return page;
    }

    private static void screenshot(Page page, String name, int width) {
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("site/" + name + "-" + width)).setFullPage(true));
    }

    private static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    @Test
    void aVisitorWalksFromHomeThroughNewsATagAPostAndScreeningsIntoTheInteractive() {
        Page page = open(1280);
        page.route("https://experience.thedefectormovie.com/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html").setBody("<!DOCTYPE html><html lang=\"en\"><title>The Defector Interactive</title>"
                        + "<h1>The Defector Interactive</h1></html>")));
        page.navigate(defector.url("/"));
        assertThat(page.locator("main h1")).hasText("The Defector: Escape from North Korea");

        link(page, "News");
        assertThat(page.locator("main h1")).hasText("News");
        assertThat(page.locator("nav.site-nav a[aria-current=page]")).hasText("News");

        page.locator("main .post-card a.tag", new Page.LocatorOptions().setHasText("festivals")).first().click();
        assertThat(page.locator("main h1")).hasText("Posts tagged “festivals”");
        // the example site is read in English and Korean: its links carry the reader's language
        assertThat(page).hasURL(defector.url("/news/tag/festivals?lang=en"));

        link(page, "Canadian premiere at Hot Docs");
        assertThat(page.locator("main h1")).hasText("Canadian premiere at Hot Docs");
        assertThat(page.locator(".prose")).containsText("Saturday 27 April, 9:00 PM");

        link(page, "Hot Docs page");
        assertThat(page.locator("main h1")).hasText("Hot Docs Canadian International Documentary Festival");

        link(page, "Screenings");
        assertThat(page.locator("main h1")).hasText("Screenings");
        assertThat(page.locator("section[aria-labelledby=upcoming-title] .festival h3").nth(2))
                .hasText("Hot Docs Canadian International Documentary Festival");
        assertThat(page.locator("section[aria-labelledby=past-title]")).containsText("Thessaloniki Documentary Festival");

        link(page, "The Defector Interactive (2013)");
        assertThat(page).hasURL("https://experience.thedefectormovie.com/");
        assertThat(page.locator("h1")).hasText("The Defector Interactive");
    }

    @Test
    void theCrossingsSiteLeadsIntoThePlayerAndShowsNoScreeningsGracefully() {
        Page page = open(375);
        page.navigate(crossing.url("/"));
        assertThat(page.locator("main h1")).hasText("The Crossing");
        assertThat(page.locator("main")).containsText("No screenings are announced at the moment.");

        link(page, "Screenings");
        assertThat(page.locator("main")).containsText("No screenings are announced at the moment.");
        link(page, "Press");
        assertThat(page.locator("main")).containsText("No press yet.");

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip")).isFocused();
        link(page, "Begin The Crossing");
        assertThat(page).hasURL(crossing.url("/s/the-crossing"));
    }

    @Test
    void theTrailerLoadsItsPlayerFromTheOtherSiteOnlyWhenClicked(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("media"));
        Files.copy(DEFECTOR.resolve("site.yaml"), dir.resolve("site.yaml"));
        Files.writeString(dir.resolve("media/poster.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1280\" height=\"720\">"
                + "<rect width=\"1280\" height=\"720\" fill=\"#234\"/></svg>");
        Files.writeString(dir.resolve("site.yaml"), Files.readString(dir.resolve("site.yaml")) + """
                trailer:
                  embed: https://player.example/video/1
                  poster: media/poster.svg
                  poster_alt: A dark blue frame
                """);
        try (TestSiteServer server = TestSiteServer.start(dir, APRIL_20_2013)) {
            Page page = open(1280);
            List<String> requested = new ArrayList<>();
            page.onRequest(request -> requested.add(request.url()));
            page.route("https://player.example/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setContentType("text/html").setBody("<!DOCTYPE html><html lang=\"en\"><title>Player</title><p>Playing</p></html>")));
            page.navigate(server.url("/"));
            assertThat(page.locator("iframe")).hasCount(0);
            assertThat(requested).noneMatch(url -> url.startsWith("https://player.example"));

            page.getByText("Play the trailer").click();

            assertThat(page.locator("iframe.trailer-frame")).hasAttribute("src", "https://player.example/video/1?autoplay=1");
            assertThat(page.frameLocator("iframe.trailer-frame").locator("p")).hasText("Playing");
        }
    }

    @Test
    void pagesAreUsableAt320PixelsWithoutSidewaysScrolling() {
        Page page = open(320);
        page.navigate(defector.url("/news/2013-06-28-first-half-of-2013"));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal scrolling at 320 px").isEqualTo(false);
        page.navigate(defector.url("/screenings"));
        assertThat(page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")).isEqualTo(false);
    }

    @Test
    void axeFindsNoViolationsOnAnyPageType() {
        Page page = open(1280);
        for (String path : PAGES) {
            page.navigate(defector.url(path));
            BrowserPages.assertNoAxeViolations(page, path);
        }
    }

    static final List<String> PAGES = List.of("/", "/news", "/news/page/2", "/news/tags", "/news/tag/festivals",
            "/news/2013-04-22-hot-docs-canadian-premiere", "/screenings", "/screenings/hot-docs-2013", "/press", "/about",
            "/about/about", "/news/no-such-post");

    @Test
    void screenshotsOfEveryPageTypeAtPhoneAndDesktopWidths() {
        for (int width : new int[] {375, 1280}) {
            Page page = open(width);
            for (String path : PAGES) {
                page.navigate(defector.url(path));
                String name = "defector" + (path.equals("/") ? "-home" : path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
                screenshot(page, name, width);
            }
            page.navigate(crossing.url("/"));
            screenshot(page, "crossing-home", width);
            page.navigate(crossing.url("/about/sources-and-methods"));
            screenshot(page, "crossing-sources-and-methods", width);
        }
        assertThat(SCREENSHOTS.resolve("defector-home-375.png")).exists();
    }

    // ---- in Korean

    /** The Crossing's Korean pages, and the example site's in Korean (one post left in English, to show how it reads). */
    static final List<String> KOREAN_CROSSING_PAGES = List.of("/?lang=ko", "/news?lang=ko", "/news/tag/interactive?lang=ko",
            "/news/2026-11-24-the-crossing-is-in-the-making?lang=ko", "/about?lang=ko", "/about/sources-and-methods?lang=ko",
            "/screenings?lang=ko", "/press?lang=ko", "/news/no-such-post?lang=ko");
    static final List<String> KOREAN_DEFECTOR_PAGES = List.of("/?lang=ko", "/screenings?lang=ko", "/screenings/hot-docs-2013?lang=ko",
            "/news?lang=ko", "/news/2013-06-28-first-half-of-2013?lang=ko", "/news/2013-04-22-hot-docs-canadian-premiere?lang=ko",
            "/press?lang=ko", "/about/about?lang=ko");

    /** The example site in Korean (it ships one), less one post's translation: that post reads in English. */
    private static Path defectorInKorean(Path dir) throws Exception {
        try (var files = Files.walk(DEFECTOR)) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(DEFECTOR.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(dir.resolve("news/2013-04-22-hot-docs-canadian-premiere.ko.md"));
        return dir;
    }

    @Test
    void aKoreanReaderStaysInKoreanFromTheSwitcherThroughTheNewsIntoTheInteractive() {
        Page page = open(375);
        page.navigate(crossing.url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        link(page, "한국어");
        assertThat(page).hasURL(crossing.url("/?lang=ko"));
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("main h1")).hasText("건너는 길");

        link(page, "소식");
        assertThat(page.locator("main h1")).hasText("소식");
        page.locator("main .post-card a.tag", new Page.LocatorOptions().setHasText("제작")).first().click();
        assertThat(page.locator("main h1")).hasText("‘제작’ 태그가 붙은 글");
        assertThat(page).hasURL(crossing.url("/news/tag/production?lang=ko"));

        link(page, "《건너는 길》 제작을 시작했습니다");
        link(page, "출처와 방법");
        assertThat(page).hasURL(crossing.url("/about/sources-and-methods?lang=ko"));
        assertThat(page.locator("main h1")).hasText("출처와 방법");

        link(page, "English");
        assertThat(page.locator("main h1")).hasText("Sources and methods");
        link(page, "한국어");
        link(page, "《건너는 길》 시작하기");
        assertThat(page).hasURL(crossing.url("/s/the-crossing?lang=ko"));
    }

    @Test
    void koreanPagesAt375PixelsHaveNoAxeViolationsAndNoSidewaysScrolling(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (TestSiteServer korean = TestSiteServer.start(defectorInKorean(dir), APRIL_20_2013)) {
            Page page = open(375);
            List<String> urls = new ArrayList<>();
            KOREAN_CROSSING_PAGES.forEach(path -> urls.add(crossing.url(path)));
            KOREAN_DEFECTOR_PAGES.forEach(path -> urls.add(korean.url(path)));
            for (String url : urls) {
                page.navigate(url);
                assertThat(page.locator("html")).hasAttribute("lang", "ko");
                BrowserPages.assertNoAxeViolations(page, url);
                assertThat(page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
                        .as("horizontal scrolling at 375 px on " + url).isEqualTo(false);
            }
            page.navigate(korean.url("/news/2013-04-22-hot-docs-canadian-premiere?lang=ko"));
            assertThat(page.locator(".untranslated")).hasText("이 글은 아직 한국어로 번역되지 않아 영어 원문을 싣습니다.");
            assertThat(page.locator(".prose")).hasAttribute("lang", "en");
        }
    }

    @Test
    void screenshotsOfTheKoreanSiteAtPhoneAndDesktopWidths(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (TestSiteServer korean = TestSiteServer.start(defectorInKorean(dir), APRIL_20_2013)) {
            for (int width : new int[] {375, 1280}) {
                Page page = open(width);
                for (String path : KOREAN_CROSSING_PAGES) {
                    page.navigate(crossing.url(path));
                    screenshot(page, "ko-crossing" + name(path), width);
                }
                for (String path : KOREAN_DEFECTOR_PAGES) {
                    page.navigate(korean.url(path));
                    screenshot(page, "ko-defector" + name(path), width);
                }
            }
        }
        assertThat(SCREENSHOTS.resolve("ko-crossing-home-375.png")).exists();
        assertThat(SCREENSHOTS.resolve("ko-defector-screenings-1280.png")).exists();
    }

    private static String name(String path) {
        String bare = path.replace("?lang=ko", "");
        return bare.equals("/") ? "-home" : bare.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    }
}
