package org.crossing.app.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.crossing.app.server.StudioServer;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.ServedStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio as an author uses it, in a real browser against a real studio server: saves on
 * disk show up on open pages without a reload, errors appear beside the last good map, and a
 * scene can be previewed with values set by hand. Screenshots go to target/screenshots.
 */
class StudioBrowserTest {

    static final LocatorAssertions.HasCountOptions SOON = new LocatorAssertions.HasCountOptions().setTimeout(10_000);

    static final String STORY = """
            title: Two Doors
            language: en
            start: hall
            var coins = 1 between 0 and 9

            chapter 1: The house

            == hall ==
            A hall with two doors. You have {coins} coins.
            * Left -> left
            * [coins >= 5] Right -> right else "The right door wants five coins"

            == left ==
            A cupboard.
            ending safe: Found the cupboard

            == right ==
            A garden.
            ending safe: Found the garden
            """;

    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();

    @TempDir
    static Path root;
    static Path story;
    static StudioServer studio;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        story = Files.createDirectories(root.resolve("two-doors"));
        Files.writeString(story.resolve("story.story"), STORY);
        studio = StudioServer.start(new StudioServer.Config(story, "127.0.0.1", 0, null, 100_000, true), Clock.systemUTC());
        base = "http://127.0.0.1:" + studio.port();
    }

    @AfterAll
    static void stop() {
        if (studio != null) studio.close();
    }

    @Test
    void aSavedSceneAppearsOnTheOpenMapWithoutAReloadAndAnErrorShowsBesideTheLastGoodMap() throws Exception {
        Page page = chromium.browser().newPage();
        page.navigate(base + "/");
        assertThat(page.locator(".story-map .node")).hasCount(3);
        assertThat(page.locator(".endings tbody tr")).hasCount(2, SOON);
        page.evaluate("window.stillTheSamePage = true");

        Files.writeString(story.resolve("story.story"), STORY.replace("* Left -> left", "* Left -> left\n* Stairs -> cellar")
                + "\n== cellar ==\nA cellar.\nending safe: Found the cellar\n");
        assertThat(page.locator(".story-map .node[data-scene=cellar]")).hasCount(1, SOON);
        assertThat(page.locator(".endings tbody tr")).hasCount(3, SOON);

        Files.writeString(story.resolve("story.story"), STORY.replace("* Left -> left", "* Left -> lfet"));
        assertThat(page.locator(".diag.error")).hasCount(1, SOON);
        assertThat(page.locator(".diag.error .diag-head")).containsText("unknown scene 'lfet'");
        assertThat(page.locator(".banner")).containsText("The map and the check below are from revision");
        assertThat(page.locator(".story-map .node")).hasCount(4);
        assertThat((Boolean) page.evaluate("window.stillTheSamePage === true")).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-error")).setFullPage(true));

        Files.writeString(story.resolve("story.story"), STORY);
        assertThat(page.locator(".diag")).hasCount(0, SOON);
        assertThat(page.locator(".story-map .node")).hasCount(3, SOON);
        page.close();
    }

    @Test
    void aSavedPlaytestCountsOnTheOpenCoveragePageWithoutAReload() throws Exception {
        Page page = chromium.browser().newPage();
        page.navigate(base + "/coverage?by=playtests");
        assertThat(page.locator(".coverage-figures")).hasCount(1, SOON);
        assertThat(page.locator("#main")).containsText("No playtests yet.");
        page.evaluate("window.stillTheSamePage = true");

        Path playtests = Files.createDirectories(story.resolve("playtests"));
        Files.writeString(playtests.resolve("left.json"), """
                {"seed": 1, "scenes": [{"scene": "hall", "taken": {"kind": "choice", "number": 1}}, {"scene": "left"}]}
                """);
        assertThat(page.locator("text=ending 'left' (safe)")).hasCount(1, SOON);
        assertThat(page.locator(".coverage-figures tbody tr").first()).containsText("2 of 3 (66%)");
        assertThat(page.locator(".story-map .node.uncovered")).hasCount(1);
        assertThat(page.locator(".story-map .node.uncovered[data-scene=right]")).hasCount(1);
        assertThat(page.locator(".coverage-missing")).containsText("Right \u2192 right");
        assertThat((Boolean) page.evaluate("window.stillTheSamePage === true")).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-coverage")).setFullPage(true));

        Files.delete(playtests.resolve("left.json"));
        assertThat(page.locator("#main")).containsText("No playtests yet.", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        page.close();
    }

    @Test
    void aScenePlaysFromTheValuesSetByHandInThePlayersOwnPages() {
        Page page = chromium.browser().newPage();
        page.navigate(base + "/scene/hall");
        page.fill("#v-coins", "7");
        page.click("text=Preview this scene");
        FrameLocator phone = page.frameLocator("iframe[title='Preview on a phone, without JavaScript']");
        assertThat(phone.locator("main")).containsText("You have 7 coins.");
        assertThat(phone.locator("button:has-text('Right')")).isEnabled();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-preview")).setFullPage(true));

        // The browser refuses 12 for a field of 0 to 9; the server must refuse it too.
        page.navigate(base + "/scene/hall");
        String csrf = page.locator("form.values input[name=csrf]").getAttribute("value");
        APIResponse refused = page.request().post(base + "/preview", RequestOptions.create()
                .setForm(FormData.create().set("csrf", csrf).set("scene", "hall").set("from", "values").set("v.coins", "12")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("<p>'coins' must be between 0 and 9, not 12</p>");
        APIResponse forged = page.request().post(base + "/preview", RequestOptions.create()
                .setForm(FormData.create().set("csrf", "guessed").set("scene", "hall").set("from", "values").set("v.coins", "3")));
        assertThat(forged.status()).isEqualTo(403);
        page.close();
    }

    /**
     * An open preview follows the story: values set by hand on every save, a journey's end once
     * the check has found the journey anew. Its frames show the new words, the page stays.
     */
    @Test
    void anOpenPreviewShowsASavedSceneWithoutAReload() throws Exception {
        LocatorAssertions.ContainsTextOptions soon = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
        Page page = chromium.browser().newPage();
        try {
            page.navigate(base + "/scene/hall");
            page.fill("#v-coins", "7");
            page.click("text=Preview this scene");
            FrameLocator phone = page.frameLocator("iframe[title='Preview on a phone, without JavaScript']");
            FrameLocator desktop = page.frameLocator("iframe[title='Preview on a desktop, with JavaScript']");
            assertThat(phone.locator("main")).containsText("A hall with two doors. You have 7 coins.");
            page.evaluate("window.stillTheSamePage = true");

            Files.writeString(story.resolve("story.story"), STORY.replace("A hall with two doors.", "A hall with three doors."));
            assertThat(phone.locator("main")).containsText("A hall with three doors. You have 7 coins.", soon);
            assertThat(desktop.locator("main")).containsText("A hall with three doors. You have 7 coins.", soon);
            assertThat((Boolean) page.evaluate("window.stillTheSamePage === true")).isTrue();

            page.navigate(base + "/scene/left");
            page.click("text=Play from here, after this journey");
            FrameLocator journey = page.frameLocator("iframe[title='Preview on a phone, with JavaScript']");
            assertThat(journey.locator("main")).containsText("A cupboard.");
            page.evaluate("window.stillTheSamePage = true");
            Files.writeString(story.resolve("story.story"), STORY.replace("A cupboard.", "A broom cupboard."));
            assertThat(journey.locator("main")).containsText("A broom cupboard.", soon);
            assertThat((Boolean) page.evaluate("window.stillTheSamePage === true")).isTrue();
        } finally {
            Files.writeString(story.resolve("story.story"), STORY);
            assertThat(page.frameLocator("iframe[title='Preview on a phone, with JavaScript']").locator("main"))
                    .not().containsText("A broom cupboard.", soon);
            page.close();
        }
    }

    @Test
    void theShortestJourneyToAnEndingIsDrawnOnTheMapAndPlayableFromItsEnd() {
        Page page = chromium.browser().newPage();
        page.navigate(base + "/?path=left");
        assertThat(page.locator(".story-map .node.on-path")).hasCount(2, SOON);
        page.navigate(base + "/scene/left");
        assertThat(page.locator(".journey li")).hasText(new String[] {"hall: \"Left\""});
        page.click("text=Play from here, after this journey");
        assertThat(page.frameLocator("iframe[title='Preview on a phone, with JavaScript']").locator("main")).containsText("A cupboard.");
        page.close();
    }

    @Test
    void theMapOfTheCrossingIsDrawnWithEveryScene() throws Exception {
        assumeTrue(Files.isDirectory(ServedStories.THE_CROSSING));
        try (StudioServer crossing = StudioServer.start(new StudioServer.Config(ServedStories.THE_CROSSING, "127.0.0.1", 0, null, 2_000_000, false),
                Clock.systemUTC())) {
            Page page = chromium.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.navigate("http://127.0.0.1:" + crossing.port() + "/");
            int scenes = crossing.workspace().snapshot().story().scenes().size();
            assertThat(page.locator(".story-map .node")).hasCount(scenes);
            // The Crossing's check takes seconds on an idle machine; give a loaded one time.
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (crossing.workspace().snapshot().analysis().status() == StudioWorkspace.Status.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            page.reload();
            assertThat(page.locator(".endings tbody tr").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-map-the-crossing")).setFullPage(true));
            assertThat(page.locator(".story-map .node.dead-end, .story-map .node.softlock, .story-map .node.unreachable")).hasCount(0);
            // On a phone the map keeps its frame, to zoom and pan in: the page's top, with the map, as a phone shows it
            page.setViewportSize(375, 800);
            page.reload();
            assertThat(page.locator(".story-map .node")).hasCount(scenes);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-map-the-crossing-375")));
            page.close();
        }
    }
}
