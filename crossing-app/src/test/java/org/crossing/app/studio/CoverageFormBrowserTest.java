package org.crossing.app.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.crossing.app.server.StudioServer;
import org.crossing.app.testing.BrowserPages;
import org.crossing.app.testing.BrowserPerClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage page's random journeys form in a real browser, used with the keyboard only: new
 * settings played and kept in the address, values the browser itself refuses, and the server's
 * answer (400, with the bounds) to an address edited by hand. axe finds nothing on either page.
 */
class CoverageFormBrowserTest {

    @RegisterExtension
    static final BrowserPerClass CHROMIUM = new BrowserPerClass();

    static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @TempDir
    static Path root;
    static StudioServer studio;
    static String base;

    Page page;

    @BeforeAll
    static void start() throws Exception {
        Path story = Files.createDirectories(root.resolve("coverage"));
        Files.writeString(story.resolve("story.story"), CoverageTest.STORY);
        studio = StudioServer.start(new StudioServer.Config(story, "127.0.0.1", 0, null, 100_000, false), Clock.systemUTC());
        base = "http://127.0.0.1:" + studio.port();
    }

    @AfterAll
    static void stop() {
        if (studio != null) studio.close();
    }

    Page open(String path) {
        page = CHROMIUM.open(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
        page.navigate(base + path);
        assertThat(page.locator(".coverage-figures")).containsText("Random journeys", SOON);
        return page;
    }

    String focused() {
        return (String) page.evaluate("() => document.activeElement.id || document.activeElement.name || document.activeElement.textContent");
    }

    /** Typed into the field that has the focus, as a keyboard user replaces a value: select all, then type. */
    void type(String text) {
        page.keyboard().press("Control+A");
        page.keyboard().type(text);
    }

    @Test
    void newSettingsArePlayedFromTheKeyboardAndKeptInTheAddress() {
        open("/coverage?by=random");
        assertThat(page.locator("main")).containsText("Random: 200 random journeys from seed 1, each cut short after 2,000 steps");
        page.locator("#random-journeys").focus();
        type("3");
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("random-seed");
        type("7");
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("random-steps");
        type("2000");
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("avoid");
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("Play them");
        page.keyboard().press("Enter");
        page.waitForURL("**/coverage?journeys=3&seed=7&steps=2000&avoid=off&by=random");
        assertThat(page.locator("main")).containsText("Random: 3 random journeys from seed 7, each cut short after 2,000 steps");
        assertThat(page.locator(".coverage-figures thead")).containsText("Random journeys (3)");
        assertThat(page.locator(".coverage-figures tbody tr").first()).containsText("2 of 4 (50%)");
        assertThat(page.locator("#random-journeys")).hasValue("3");
        assertThat(page.locator("#random-seed")).hasValue("7");

        // Space ticks the box; Enter in a field sends the form.
        page.locator("input[name=avoid][type=checkbox]").focus();
        page.keyboard().press("Space");
        page.locator("#random-seed").focus();
        type("-4");
        page.keyboard().press("Enter");
        page.waitForURL("**/coverage?journeys=3&seed=-4&steps=2000&avoid=on&avoid=off&by=random");
        assertThat(page.locator("main")).containsText("Random: 3 random journeys from seed -4, preferring ways on not taken yet");
        assertThat(page.locator("input[name=avoid][type=checkbox]")).isChecked();
        assertNoAxeViolations();
    }

    @Test
    void theBrowserRefusesAValueOutOfBoundsBeforeSendingIt() {
        open("/coverage?by=random");
        page.locator("#random-steps").focus();
        type("20000");
        page.keyboard().press("Enter");
        assertThat(page.locator("#random-steps:invalid")).hasCount(1);
        assertThat((String) page.evaluate("() => document.querySelector('#random-steps').validationMessage")).contains("10000");
        assertThat(page).hasURL(base + "/coverage?by=random");
    }

    @Test
    void anAddressEditedByHandGetsTheBoundsAndTheFiguresBefore() {
        open("/coverage?by=random");
        Response response = page.navigate(base + "/coverage?journeys=0&seed=1.5&steps=10001&by=random");
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator(".random-test [role=alert]")).containsText("The number of journeys must be a whole number from 1 to 10,000, not '0'.");
        assertThat(page.locator(".random-test [role=alert]")).containsText("The seed must be a whole number (negative ones too), not '1.5'.");
        assertThat(page.locator(".random-test [role=alert]")).containsText(
                "The steps before a journey is cut short must be a whole number from 1 to 10,000, not '10001'.");
        assertThat(page.locator("main")).containsText("Random: 200 random journeys from seed 1, each cut short after 2,000 steps");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-coverage-bad-settings")).setFullPage(true));
        assertNoAxeViolations();

        // The form still works from there, with the keyboard.
        page.locator("#random-journeys").focus();
        type("5");
        page.locator("#random-steps").focus();
        type("100");
        page.keyboard().press("Enter");
        page.waitForURL("**/coverage?journeys=5&seed=1&steps=100&avoid=off&by=random");
        assertThat(page.locator("main")).containsText("Random: 5 random journeys from seed 1, each cut short after 100 steps");
        assertThat(page.locator(".random-test [role=alert]")).hasCount(0);
    }

    void assertNoAxeViolations() {
        BrowserPages.assertNoAxeViolations(page, page.url());
    }
}
