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
import org.junit.jupiter.api.AfterEach;
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
    /** A story whose random journeys go round until cut short: at their bounds they play for minutes. */
    static StudioServer loop;
    static String loopBase;

    Page page;

    @BeforeAll
    static void start() throws Exception {
        Path story = Files.createDirectories(root.resolve("coverage"));
        Files.writeString(story.resolve("story.story"), CoverageTest.STORY);
        studio = StudioServer.start(new StudioServer.Config(story, "127.0.0.1", 0, null, 100_000, false), Clock.systemUTC());
        base = "http://127.0.0.1:" + studio.port();
        Path loopStory = Files.createDirectories(root.resolve("loop"));
        Files.writeString(loopStory.resolve("story.story"), StudioBenchmark.LOOP);
        loop = StudioServer.start(new StudioServer.Config(loopStory, "127.0.0.1", 0, null, 100_000, false), Clock.systemUTC());
        loopBase = "http://127.0.0.1:" + loop.port();
    }

    /** A run at the bounds left going would take a core from the tests after it until the class ends: fewer journeys replace it. */
    @AfterEach
    void stopTheLoopsRun() throws Exception {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(loopBase + "/coverage?journeys=1&steps=1")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
    }

    @AfterAll
    static void stop() {
        if (studio != null) studio.close();
        if (loop != null) loop.close();
    }

    Page open(String path) {
        return open(base + path, true);
    }

    Page open(String address, boolean javaScript) {
        page = CHROMIUM.open(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900).setJavaScriptEnabled(javaScript));
        page.navigate(address);
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

    /**
     * Journeys that take longer than a request should wait are played in the background: the page
     * shows their progress, moved by the event stream; a save of the story stops them (and the
     * page asks again, with the new story); fewer journeys asked for replace them, and the page
     * shows their figures when they are done.
     */
    @Test
    void longRandomJourneysShowTheirProgressAndThenTheirFigures() throws Exception {
        open(loopBase + "/coverage?by=random", true);
        page.locator("#random-journeys").focus();
        type("10000");
        page.locator("#random-steps").focus();
        type("10000");
        page.locator("input[name=avoid][type=checkbox]").focus();
        page.keyboard().press("Space");
        page.locator("#random-steps").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/coverage?journeys=10000&seed=1&steps=10000&avoid=on&avoid=off&by=random");
        assertThat(page.locator(".coverage-run h2")).hasText(
                "Playing 10,000 random journeys from seed 1, preferring ways on not taken yet, each cut short after 10,000 steps");
        assertThat(page.locator(".coverage-run")).containsText("until they are done, the figures below are those of the 200 random journeys"
                + " from seed 1, each cut short after 2,000 steps; then this page shows theirs.");
        assertThat(page.locator("#random-journeys")).hasValue("10000");
        int first = playedNow();
        page.waitForCondition(() -> playedNow() > first, new Page.WaitForConditionOptions().setTimeout(60_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserPages.file("studio-coverage-running")).setFullPage(true));
        assertNoAxeViolations();

        // a save stops them; the page, following the save, asks for them again against the new story
        // what the page hears of runs, heard beside its own script
        page.evaluate("base => new Promise(heard => { window.runs = []; const events = new EventSource(base + '/events');"
                + " events.addEventListener('coverage', e => window.runs.push(JSON.parse(e.data)));"
                + " events.addEventListener('hello', () => heard()); })", loopBase);
        Files.writeString(root.resolve("loop/story.story"), StudioBenchmark.LOOP.replace("Here.", "Here again."));
        loop.workspace().reload();
        String atTheBounds = "journeys=10000&seed=1&steps=10000&avoid=on";
        page.waitForCondition(() -> heardAfterItsStop(atTheBounds, "stopped"), new Page.WaitForConditionOptions().setTimeout(60_000));
        assertThat(page.locator(".rev")).containsText("Revision 2", SOON);
        page.waitForCondition(() -> heardAfterItsStop(atTheBounds, "running"), new Page.WaitForConditionOptions().setTimeout(60_000));
        // the page has followed the save to its end: the check done, and no fetch of it still coming
        assertThat(page.locator("#status .check.running")).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(page.locator("main[aria-busy]")).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(page.locator(".coverage-run h2")).hasText(
                "Playing 10,000 random journeys from seed 1, preferring ways on not taken yet, each cut short after 10,000 steps");

        // fewer: played at once or in the background, and the page shows their figures when they are done
        page.locator("#random-journeys").focus();
        type("30");
        page.locator("#random-steps").focus();
        type("500");
        page.keyboard().press("Enter");
        page.waitForURL("**/coverage?journeys=30&seed=1&steps=500&avoid=on&avoid=off&by=random");
        assertThat(page.locator(".coverage-figures thead")).containsText("Random journeys (30)", SOON);
        assertThat(page.locator(".coverage-run")).hasCount(0);
        assertThat(page.locator("main")).containsText(
                "Random: 30 random journeys from seed 1, preferring ways on not taken yet, each cut short after 500 steps; 30 of them were cut short");
    }

    /**
     * Whether the page heard that a run of {@code settings} stopped and, {@code state} being
     * "running", that one of them was running after that.
     */
    boolean heardAfterItsStop(String settings, String state) {
        return (Boolean) page.evaluate("""
                ([settings, state]) => {
                  const stop = window.runs.findIndex(r => r.settings === settings && r.state === 'stopped');
                  return stop >= 0 && (state === 'stopped' || window.runs.slice(stop + 1).some(r => r.settings === settings && r.state === state));
                }""", java.util.List.of(settings, state));
    }

    int playedNow() {
        return ((Number) page.evaluate("() => { const p = document.querySelector('.coverage-run progress'); return p ? p.value : -1; }")).intValue();
    }

    /** Without JavaScript the page says how far the journeys have gone each time its link is followed. */
    @Test
    void withoutJavaScriptALinkShowsHowFarTheJourneysHaveGone() {
        open(loopBase + "/coverage?journeys=10000&seed=9&steps=10000&avoid=on", false);
        assertThat(page.locator(".coverage-run h2")).hasText(
                "Playing 10,000 random journeys from seed 9, preferring ways on not taken yet, each cut short after 10,000 steps");
        int before = playedNow();
        page.locator(".coverage-run a").focus();
        assertThat(focused()).isEqualTo("See how far they have gone");
        page.waitForTimeout(1_000);
        page.keyboard().press("Enter");
        page.waitForLoadState();
        assertThat(page).hasURL(loopBase + "/coverage?journeys=10000&seed=9&steps=10000&avoid=on");
        assertThat(playedNow()).isGreaterThan(before);
        assertThat(page.locator("[data-run-played]")).containsText(" of 10,000");
        // axe runs as a script, so it is run on the page with JavaScript (the test above): the markup is the same
    }

    void assertNoAxeViolations() {
        BrowserPages.assertNoAxeViolations(page, page.url());
    }
}
