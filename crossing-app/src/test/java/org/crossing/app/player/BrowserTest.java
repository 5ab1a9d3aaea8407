package org.crossing.app.player;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crossing.app.testing.BrowserPages.assertNoAxeViolations;
import static org.crossing.app.testing.BrowserPages.screenshot;
import static org.crossing.app.testing.BrowserPages.settle;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.crossing.app.testing.BrowserPerClass;
import org.crossing.app.testing.RunningNode;
import org.crossing.app.testing.ServedStories;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The player in a real browser: Debian's Chromium driven by Playwright, against a real node.
 * Screenshots go to target/screenshots, kept by CI as artifacts.
 */
class BrowserTest {

    @RegisterExtension
    @Order(1)
    static final BrowserPerClass chromium = new BrowserPerClass();
    /** The test story and an example with all kinds of media (and a launch date still to come). */
    @RegisterExtension
    @Order(2)
    static final RunningNode running = RunningNode.serving(ServedStories.of().testStory("ferry").example("night-train").theCrossing());

    private static Page open(int width, boolean javaScript) {
        return chromium.open(width, 900, javaScript);
    }

    private static Locator heading(Page page) {
        return page.locator("main h1");
    }

    @Test
    void aPlayerClicksFromTheHomePageToAnEnding() {
        Page page = open(1280, true);
        page.navigate(running.base() + "/");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("The Last Ferry")).click();
        page.getByText("Begin").click();
        assertThat(heading(page)).hasText("The last ferry leaves in an hour.");
        screenshot(page, "scene-1280");
        page.getByText("Buy a ticket").click();
        assertThat(page.locator(".others")).containsText("What others chose");
        page.getByText("Continue").click();
        assertThat(heading(page)).hasText("The gangway is about to be raised.");
        assertThat(page.locator(".timer")).isVisible();
        page.getByText("Run for the gangway").click();
        page.getByText("Hold on").click();
        assertThat(page.locator(".outcome")).isVisible();
        assertThat(page.locator("main")).containsText("How everyone’s journeys ended");
        screenshot(page, "ending-1280");
    }

    @Test
    void aPlayerUsesOnlyTheKeyboard() {
        Page page = open(1280, true);
        page.navigate(running.base() + "/");
        page.keyboard().press("Tab"); // skip link
        page.keyboard().press("Tab"); // Crossing
        page.keyboard().press("Tab"); // the list in Korean: a story here has a Korean translation
        assertThat(page.locator(":focus")).hasText("한국어");
        page.keyboard().press("Tab"); // the first story
        assertThat(page.locator(":focus")).hasText("The Last Ferry");
        page.keyboard().press("Enter");
        page.waitForURL("**/s/ferry");
        Locator begin = page.getByText("Begin");
        for (int i = 0; i < 10 && !((Boolean) begin.evaluate("b => b === document.activeElement")); i++) page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(heading(page)).hasText("The last ferry leaves in an hour.");
        page.keyboard().press("2"); // Wait for the ferry
        assertThat(heading(page)).hasText("The gangway is about to be raised.");
        settle(page); // a page just swapped in takes no key for a moment
        page.keyboard().press("1"); // Run for the gangway
        assertThat(page.locator("button[value=go]")).isVisible();
        settle(page);
        page.keyboard().press("1"); // Hold on
        assertThat(page.locator(".outcome")).isVisible();
    }

    @Test
    void withoutJavaScriptEveryChoiceIsAnOrdinaryForm() {
        Page page = open(375, false);
        page.navigate(running.base() + "/s/ferry");
        page.getByText("Begin").click();
        assertThat(heading(page)).hasText("The last ferry leaves in an hour.");
        screenshot(page, "scene-375");
        page.getByText("Buy a ticket").click();
        page.getByText("Continue").click();
        assertThat(page.locator(".timer")).isHidden();
        assertThat(page.locator(".timed-info")).hasText("A timed decision: with countdowns on, you would have 5 seconds here. Nothing counts down on this page: take your time.");
        page.getByText("Stay on the quay").click();
        assertThat(page.locator(".outcome")).hasText("In hiding");
        screenshot(page, "ending-375");
    }

    @Test
    void aTimedChoiceRunsOutToItsDefault() {
        Page page = open(1280, true);
        page.navigate(running.base() + "/s/ferry");
        page.getByText("Begin").click();
        page.getByText("Wait for the ferry").click();
        assertThat(page.locator(".timer-count")).isVisible();
        screenshot(page, "timed-1280");
        assertThat(heading(page)).hasText("Stayed behind in the harbour", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
    }

    @Test
    void aTamperedTokenShowsTheFriendly400() {
        Page page = open(375, true);
        Response response = page.navigate(running.base() + "/s/ferry/play?t=QwFoCaedCdRVNwCPEexa.tampered");
        assertThat(response.status()).isEqualTo(400);
        assertThat(heading(page)).hasText("This journey cannot continue");
        page.getByText("Start The Last Ferry afresh").click();
        page.waitForURL("**/s/ferry");
    }

    @Test
    void axeFindsNoViolationsOnHomeLandingSceneAndEnding() {
        Page page = open(1280, true);
        page.navigate(running.base() + "/");
        assertNoViolations(page, "home");
        page.navigate(running.base() + "/s/ferry");
        assertNoViolations(page, "landing");
        page.getByText("Begin").click();
        assertThat(heading(page)).hasText("The last ferry leaves in an hour.");
        page.locator("details.hotspot:has(#h1-1) > summary").click();
        assertNoViolations(page, "scene");
        page.getByText("Buy a ticket").click();
        page.getByText("Continue").click();
        page.locator(".timer-stop").click();
        assertNoViolations(page, "timed scene");
        page.getByText("Run for the gangway").click();
        page.getByText("Hold on").click();
        assertThat(page.locator(".outcome")).isVisible();
        assertNoViolations(page, "ending");
    }

    @Test
    void anInvitedPlayerPlaysAnExampleWithMediaBeforeItsLaunch() throws Exception {
        String invite = running.invite("night-train");
        for (int width : new int[] {375, 1280}) {
            Page page = open(width, true);
            page.navigate(running.base() + "/s/night-train");
            assertThat(page.locator("main")).containsText("This story opens to everyone on");
            page.navigate(running.base() + "/s/night-train?invite=" + invite);
            assertNoViolations(page, "invited landing");
            page.getByText("Begin").click();
            assertThat(page.locator(".choices")).isVisible();
            screenshot(page, "night-train-scene-" + width);
            assertNoViolations(page, "night-train scene");
            for (int step = 0; step < 60 && page.locator(".outcome").count() == 0; step++) {
                settle(page);
                Locator stop = page.locator(".timer-stop");
                if (stop.isVisible()) stop.click();
                assertNoViolations(page, "night-train step " + step);
                page.locator(".choices button[name=c]:not([disabled])").first().click();
                page.waitForTimeout(350);
            }
            assertThat(page.locator(".outcome")).isVisible();
            screenshot(page, "night-train-ending-" + width);
            chromium.closeContext();
        }
    }

    @Test
    void theCrossingPlaysToAnEndingDrawnOnItsMap() {
        assumeTrue(running.node().catalog().get("the-crossing") != null, "stories/the-crossing is not in this checkout");
        java.util.Random random = new java.util.Random(11);
        for (int width : new int[] {375, 1280}) {
            Page page = open(width, true);
            page.navigate(running.base() + "/s/the-crossing");
            page.getByText("Begin").click();
            assertThat(page.locator(".choices")).isVisible();
            if (width == 1280) screenshot(page, "the-crossing-scene-" + width);
            for (int step = 0; step < 120; step++) {
                // Settle before looking: the last click may still be loading the ending.
                settle(page);
                if (page.locator(".outcome").count() > 0) break;
                Locator stop = page.locator(".timer-stop");
                if (stop.isVisible()) stop.click();
                Locator options = page.locator(".choices button[name=c]:not([disabled])");
                options.nth(random.nextInt(options.count())).click();
                page.waitForTimeout(300);
            }
            assertThat(page.locator(".outcome")).isVisible();
            assertNoViolations(page, "the-crossing ending");
            screenshot(page, "the-crossing-ending-" + width);
            chromium.closeContext();
        }
    }

    private static void assertNoViolations(Page page, String what) {
        settle(page);
        assertNoAxeViolations(page, "the " + what + " page");
    }
}
